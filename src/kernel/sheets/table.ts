import type { Problem } from '../problem';
import type { SheetSpec } from './schema';
import { type Cell, isBlank } from '../values/cell';
import { missingColumn } from '../values/missingColumn';

/** A sheet read with one getValues(): columns found by (trimmed) header name. */
export interface Table {
  readonly sheet: string;
  /** Header row as found, trimmed. */
  readonly headers: readonly string[];
  /** Header → 0-based column index (first occurrence). */
  readonly columns: ReadonlyMap<string, number>;
  /** Non-blank data rows. */
  readonly rows: readonly TableRow[];
  /** Last sheet row read (1-based), blank rows included. */
  readonly lastRow: number;
}

export interface TableRow {
  /** 1-based sheet row number. */
  readonly row: number;
  readonly cells: readonly Cell[];
}

export interface TableRead {
  readonly table: Table;
  readonly problems: Problem[];
}

/**
 * Reads a sheet's values into a Table. `values` is null when the sheet does not exist.
 * Missing headers that the spec requires (every non-owned column) are problems; owned
 * columns may be missing, the writer appends them.
 */
export function readTable(spec: SheetSpec, values: readonly (readonly Cell[])[] | null, required?: readonly string[]): TableRead {
  const problems: Problem[] = [];
  if (values === null) {
    problems.push({ sheet: spec.name, message: `找不到工作表“${spec.name}”，请先运行“初始化工作簿”` });
    return { table: { sheet: spec.name, headers: [], columns: new Map(), rows: [], lastRow: 0 }, problems };
  }
  const headerRow = values[0] ?? [];
  const headers = headerRow.map((h) => (typeof h === 'string' ? h.trim() : String(h ?? '').trim()));
  const columns = new Map<string, number>();
  headers.forEach((h, i) => {
    if (h === '') return;
    if (columns.has(h)) {
      problems.push({ sheet: spec.name, row: 1, column: h, message: `表头“${h}”重复出现（第 ${columnLetter(columns.get(h)! + 1)} 列和第 ${columnLetter(i + 1)} 列），请删除或改名其中一列` });
      return;
    }
    columns.set(h, i);
  });
  const mustHave = required ?? spec.columns.filter((c) => !c.owned).map((c) => c.header);
  const missing = mustHave.filter((h) => !columns.has(h));
  const above = missing.length ? rowsAboveHeader(values, missing) : 0;
  if (above > 0) {
    problems.push({ sheet: spec.name, row: 1, column: missing[0], message: `表头要在第 1 行，现在在第 ${above + 1} 行（${missing.join('、')}）：请删除上面的 ${above} 行（如标题行），工具只从第 1 行读表头` });
  } else {
    for (const h of missing) problems.push(missingColumn(spec.name, h, headers));
  }
  const rows: TableRow[] = [];
  for (let r = 1; r < values.length; r++) {
    const cells = values[r];
    if (cells.every((c) => isBlank(c))) continue;
    rows.push({ row: r + 1, cells });
  }
  return { table: { sheet: spec.name, headers, columns, rows, lastRow: values.length }, problems };
}

/** A clerk's title row pushes the headers down: how many rows sit above the first of rows 2–10 holding all of `headers` (0: none does). */
function rowsAboveHeader(values: readonly (readonly Cell[])[], headers: readonly string[]): number {
  for (let r = 1; r < Math.min(values.length, 10); r++) {
    const row = (values[r] ?? []).map((c) => (typeof c === 'string' ? c.trim() : ''));
    if (headers.every((h) => row.includes(h))) return r;
  }
  return 0;
}

/** The cell of `row` under `header`; '' when the column is absent. */
export function cellAt(table: Table, row: TableRow, header: string): Cell {
  const i = table.columns.get(header);
  if (i === undefined) return '';
  return row.cells[i] ?? '';
}

/** 1 → A, 27 → AA */
export function columnLetter(column: number): string {
  let s = '';
  for (let n = column; n > 0; n = Math.floor((n - 1) / 26)) s = String.fromCharCode(65 + ((n - 1) % 26)) + s;
  return s;
}
