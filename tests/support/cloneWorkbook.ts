// A deep copy of an in-memory workbook, so a world built once (e.g. by 初始化工作簿 with the sample)
// can be the starting state of hundreds of crash-sweep runs without rebuilding it each time.
import { type MemorySheet, MemoryWorkbook } from '../../runner/workbook';

type GridName = 'values' | 'formulas' | 'formats' | 'backgrounds' | 'bold' | 'notes' | 'validations';
// Cell values are shared: Dates are never mutated in place (getValues hands out copies), and
// validation rules are replaced, not edited, by setDataValidation.
const GRIDS: readonly GridName[] = ['values', 'formulas', 'formats', 'backgrounds', 'bold', 'notes', 'validations'];

export function cloneWorkbook(wb: MemoryWorkbook): MemoryWorkbook {
  const out = new MemoryWorkbook();
  out.id = wb.id;
  out.name = wb.name;
  out.timeZone = wb.timeZone;
  out.locale = wb.locale;
  out.activeSheet = wb.activeSheet;
  out.selection = wb.selection && { ...wb.selection };
  for (const s of wb.sheets) {
    const t = out.addSheet(s.name);
    t.maxRows = s.maxRows;
    t.maxColumns = s.maxColumns;
    for (const g of GRIDS) (t as { -readonly [K in GridName]: MemorySheet[K] })[g] = s[g].clone() as never;
    for (const [c, f] of s.columnFormats) t.columnFormats.set(c, f);
    for (const [c, w] of s.columnWidths) t.columnWidths.set(c, w);
    for (const p of s.protections) t.protections.push({ ...p, editors: [...p.editors], range: p.range && { ...p.range } });
    t.frozenRows = s.frozenRows;
    t.frozenColumns = s.frozenColumns;
    t.tabColor = s.tabColor;
  }
  return out;
}
