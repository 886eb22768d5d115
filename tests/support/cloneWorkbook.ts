// A deep copy of an in-memory workbook, so a world built once (e.g. by 初始化工作簿 with the sample)
// can be the starting state of hundreds of crash-sweep runs without rebuilding it each time.
import type { Grid } from '../../runner/grid';
import { MemoryWorkbook } from '../../runner/workbook';

function copyGrid<T>(from: Grid<T>, to: Grid<T>, copy: (v: T) => T = (v) => v): void {
  for (const [r, c, v] of from.entries()) to.set(r, c, copy(v));
}

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
    copyGrid(s.values, t.values, (v) => (v instanceof Date ? new Date(v.getTime()) : v));
    copyGrid(s.formulas, t.formulas);
    copyGrid(s.formats, t.formats);
    copyGrid(s.backgrounds, t.backgrounds);
    copyGrid(s.bold, t.bold);
    copyGrid(s.notes, t.notes);
    // Rules are never mutated in place (setDataValidation stores a new one), so they are shared.
    copyGrid(s.validations, t.validations);
    for (const [c, f] of s.columnFormats) t.columnFormats.set(c, f);
    for (const [c, w] of s.columnWidths) t.columnWidths.set(c, w);
    for (const p of s.protections) t.protections.push({ ...p, editors: [...p.editors], range: p.range && { ...p.range } });
    t.frozenRows = s.frozenRows;
    t.frozenColumns = s.frozenColumns;
    t.tabColor = s.tabColor;
  }
  return out;
}
