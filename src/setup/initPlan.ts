import { escapeFormula } from '../kernel/values/formulaEscape';
import { parseDateText } from '../kernel/values/parseDateText';
import { type Cell, wallClock } from '../kernel/values/cell';
import { ALL_SHEETS, type ColumnSpec, type SheetSpec } from '../kernel/sheets/schema';
import type { SheetSetup } from '../kernel/sheets/sheetLayout';

export type { SheetSetup };

/** Rows of sample or default data, keyed by header (dates as 'YYYY-MM-DD[ HH:mm]' text). */
export type RecordRows = ReadonlyArray<Readonly<Record<string, string | number | boolean | null | undefined>>>;

export interface InitPlan {
  readonly setups: SheetSetup[];
  /** Sheets that already hold data: never changed. */
  readonly kept: string[];
}

/**
 * Which sheets 初始化工作簿 creates or fills. `existing` maps each existing sheet to whether it
 * holds any value; a sheet with data is never touched, so running it twice changes nothing.
 */
export function planWorkbookInit(existing: ReadonlyMap<string, boolean>, data: ReadonlyMap<string, RecordRows>): InitPlan {
  const setups: SheetSetup[] = [];
  const kept: string[] = [];
  for (const spec of ALL_SHEETS) {
    const hasData = existing.get(spec.name);
    if (hasData) {
      kept.push(spec.name);
      continue;
    }
    // An existing free-form sheet (导入区) has no header to write.
    if (hasData === false && spec.columns.length === 0) continue;
    const header = spec.columns.map((c) => c.header);
    const rows = (data.get(spec.name) ?? []).map((record) => spec.columns.map((c) => toCell(c, record[c.header])));
    setups.push({ spec, create: hasData === undefined, values: header.length ? [header, ...rows] : [] });
  }
  return { setups, kept };
}

function toCell(column: ColumnSpec, v: string | number | boolean | null | undefined): Cell {
  if (v === null || v === undefined) return '';
  if ((column.kind === 'date' || column.kind === 'datetime') && typeof v === 'string' && v !== '') {
    const parsed = parseDateText(v);
    if (parsed) return wallClock(parsed.date, parsed.time ? `${parsed.time}:00` : '00:00:00');
  }
  return escapeFormula(v);
}
