import type { Problem } from '../kernel/problem';
import { type Cell, cellText, isBlank, isFormulaError } from '../kernel/values/cell';
import { type IgnoredColumn, type MappedColumn, mapHeaders, namesFor } from './headerSynonyms';
import type { BlockWrite } from '../kernel/sheets/ownedWrites';
import { AID_LEDGER_SPEC, ROSTER_SPEC, type SheetSpec } from '../kernel/sheets/schema';
import { type Table, readTable } from '../kernel/sheets/table';
import { escapeFormula } from '../kernel/values/formulaEscape';
import { keepAsText } from './keepAsText';
import { comparable, normaliseImportCell } from './normaliseImportCell';
import type { ImportSource } from '../kernel/contracts/importData';
import type { TextRange } from '../kernel/services/workbook';

/** A sheet data can be imported into, and the column rows are matched by. */
export interface ImportTarget {
  readonly spec: SheetSpec;
  readonly key: string;
}

export const ROSTER_IMPORT: ImportTarget = { spec: ROSTER_SPEC, key: '工号' };
/** One member may have several applications, so the ledger is keyed by 申请编号, not 工号. */
export const LEDGER_IMPORT: ImportTarget = { spec: AID_LEDGER_SPEC, key: '申请编号' };
export const IMPORT_TARGETS: readonly ImportTarget[] = [ROSTER_IMPORT, LEDGER_IMPORT];

export interface ImportedRow {
  readonly key: string;
  readonly name: string;
  /** 1-based row of the source. */
  readonly sourceRow: number;
}

export interface FieldChange {
  readonly header: string;
  readonly old: string;
  readonly new: string;
}

export interface ChangedRow extends ImportedRow {
  /** 1-based row of the target sheet. */
  readonly row: number;
  readonly fields: readonly FieldChange[];
}

export interface ImportPlan {
  readonly target: string;
  readonly key: string;
  readonly source: string;
  /** 0 when no header row was found. */
  readonly headerRow: number;
  readonly mapped: readonly MappedColumn[];
  readonly ignored: readonly IgnoredColumn[];
  readonly added: readonly ImportedRow[];
  readonly changed: readonly ChangedRow[];
  readonly unchanged: number;
  /** In the sheet, absent from the import: reported, never deleted (the clerk decides 离校/退休). */
  readonly missing: readonly { readonly key: string; readonly name: string; readonly row: number }[];
  /** Keys found on several source rows: none of those rows is imported. */
  readonly duplicates: readonly { readonly key: string; readonly sourceRows: readonly number[] }[];
  readonly withoutKey: readonly { readonly sourceRow: number; readonly name: string }[];
  /** Errors block the whole import (nothing is written); warnings are shown. */
  readonly problems: readonly Problem[];
  /** The single setValues of the import; null when there is nothing to write or errors block it. */
  readonly write: BlockWrite | null;
  /**
   * Ranges of the schema's text columns inside `write`, to be formatted '@' just before it (as
   * 初始化工作簿 formats them): a roster the clerk built by hand would otherwise turn 工号 '001024'
   * into 1024. One call per run of adjacent text columns, whatever the row count.
   */
  readonly textRanges: readonly TextRange[];
}

/** How far down the source a header row is looked for (exports often start with a title row). */
const HEADER_SEARCH_ROWS = 10;
const NAME = '姓名';

/**
 * Plans the upsert of `source` into the target sheet (`sheetValues` as one getValues() returns
 * it, null when the sheet is missing). Keys are compared as trimmed text. A blank imported cell
 * never erases a value, so importing a narrower export cannot lose what the clerk added. The
 * write is one rectangle covering every changed cell and every appended row: columns the import
 * does not carry inside it are rewritten with what they held. Importing the same data again
 * finds nothing to change and writes nothing.
 */
export function planImport(target: ImportTarget, source: ImportSource, sheetValues: readonly (readonly Cell[])[] | null): ImportPlan {
  const { spec, key } = target;
  const empty = { target: spec.name, key, source: source.name, headerRow: 0, mapped: [], ignored: [], added: [], changed: [], unchanged: 0, missing: [], duplicates: [], withoutKey: [], write: null, textRanges: [] };
  const fail = (message: string, extra: Partial<Problem> = {}): ImportPlan => ({ ...empty, problems: [{ sheet: source.name, message, ...extra }] });

  if (source.rows.every((r) => r.every((c) => isBlank(c)))) return fail('没有数据（是空的）');
  const found = findHeaderRow(target, source);
  if (found.wrongTarget) {
    return fail(`这看起来是${found.wrongTarget.spec.name}（有“${found.wrongTarget.key}”列），不是${spec.name}，请换一个导入目标`, { row: found.index + 1 });
  }
  if (found.index < 0) {
    return fail(`找不到表头行：前 ${HEADER_SEARCH_ROWS} 行里没有“${key}”列（也认：${namesFor(key).slice(1).join('、')}），这份数据不像${spec.name}`);
  }
  const headerRow = found.index + 1;
  const mapping = mapHeaders(spec, source.rows[found.index], source.name, headerRow);
  const problems: Problem[] = [...mapping.problems];

  const { table, problems: tableProblems } = readTable(spec, sheetValues, [key]);
  problems.push(...tableProblems);
  const existing = indexExisting(table, key, problems);

  // Normalise every source row; group by key.
  const columnOf = new Map(spec.columns.map((c) => [c.header, c]));
  const byKey = new Map<string, { sourceRow: number; values: Map<string, Cell> }[]>();
  const withoutKey: { sourceRow: number; name: string }[] = [];
  for (let i = found.index + 1; i < source.rows.length; i++) {
    const cells = source.rows[i];
    if (cells.every((c) => isBlank(c))) continue;
    const sourceRow = i + 1;
    const values = new Map<string, Cell>();
    let keyUnreadable = false;
    for (const m of mapping.mapped) {
      const n = normaliseImportCell(columnOf.get(m.header)!, cells[m.index] ?? '');
      if (!n.ok) {
        problems.push({ sheet: source.name, row: sourceRow, column: m.source, message: n.reason });
        keyUnreadable ||= m.header === key;
        continue;
      }
      if (n.warning) problems.push({ sheet: source.name, row: sourceRow, column: m.source, message: n.warning, severity: 'warning' });
      values.set(m.header, n.value);
    }
    const k = cellText(values.get(key) ?? '');
    if (k === '') {
      if (!keyUnreadable) withoutKey.push({ sourceRow, name: cellText(values.get(NAME) ?? '') });
      continue;
    }
    const list = byKey.get(k);
    if (list) list.push({ sourceRow, values });
    else byKey.set(k, [{ sourceRow, values }]);
  }

  const added: ImportedRow[] = [];
  const changed: ChangedRow[] = [];
  const duplicates: { key: string; sourceRows: number[] }[] = [];
  const cellWrites = new Map<number, Map<string, Cell>>();
  const appended: Map<string, Cell>[] = [];
  let unchanged = 0;
  for (const [k, list] of byKey) {
    if (list.length > 1) {
      duplicates.push({ key: k, sourceRows: list.map((e) => e.sourceRow) });
      continue;
    }
    const { sourceRow, values } = list[0];
    const name = cellText(values.get(NAME) ?? '');
    const old = existing.get(k);
    if (!old) {
      added.push({ key: k, name, sourceRow });
      appended.push(values);
      continue;
    }
    const fields: FieldChange[] = [];
    const writes = new Map<string, Cell>();
    for (const [header, value] of values) {
      if (header === key || isBlank(value)) continue;
      const column = columnOf.get(header)!;
      const before = cellOf(table, old.cells, header);
      if (comparable(column, before) === comparable(column, value)) continue;
      fields.push({ header, old: cellText(before), new: cellText(value) });
      writes.set(header, value);
    }
    if (fields.length === 0) {
      unchanged++;
      continue;
    }
    changed.push({ key: k, name: name || cellText(cellOf(table, old.cells, NAME)), sourceRow, row: old.row, fields });
    cellWrites.set(old.row, writes);
  }
  const missing = [...existing]
    .filter(([k]) => !byKey.has(k))
    .map(([k, r]) => ({ key: k, name: cellText(cellOf(table, r.cells, NAME)), row: r.row }));

  const blocked = problems.some((p) => p.severity !== 'warning');
  const { write, textRanges } = blocked ? { write: null, textRanges: [] } : planWrite(spec, table, sheetValues ?? [], cellWrites, appended);
  return {
    target: spec.name, key, source: source.name, headerRow, mapped: mapping.mapped, ignored: mapping.ignored,
    added, changed, unchanged, missing, duplicates, withoutKey, problems, write, textRanges,
  };
}

function findHeaderRow(target: ImportTarget, source: ImportSource): { index: number; wrongTarget?: ImportTarget } {
  const limit = Math.min(source.rows.length, HEADER_SEARCH_ROWS);
  for (let i = 0; i < limit; i++) {
    const row = source.rows[i];
    // A ledger carries 工号 too: its own key is what tells it from a roster.
    const other = IMPORT_TARGETS.find((t) => t !== target && !target.spec.columns.some((c) => c.header === t.key) &&
      mapHeaders(t.spec, row, source.name).mapped.some((m) => m.header === t.key));
    if (other) return { index: i, wrongTarget: other };
    if (mapHeaders(target.spec, row, source.name).mapped.some((m) => m.header === target.key)) return { index: i };
  }
  return { index: -1 };
}

function indexExisting(table: Table, key: string, problems: Problem[]): Map<string, { row: number; cells: readonly Cell[] }> {
  const byKey = new Map<string, { row: number; cells: readonly Cell[] }>();
  if (!table.columns.has(key)) return byKey;
  for (const r of table.rows) {
    const cell = cellOf(table, r.cells, key);
    const k = cellText(cell);
    if (k === '') continue;
    if (isFormulaError(cell)) {
      // The row's real key is unknown: importing could add the same person a second time.
      problems.push({ sheet: table.sheet, row: r.row, column: key, message: `单元格显示公式错误“${k}”，无法按${key}与导入的数据对应；请先在${table.sheet}中改正后再导入` });
      continue;
    }
    const first = byKey.get(k);
    if (first) {
      problems.push({ sheet: table.sheet, row: r.row, column: key, message: `${key} ${k} 与第 ${first.row} 行重复，请先在${table.sheet}中处理重复再导入` });
      continue;
    }
    byKey.set(k, r);
  }
  return byKey;
}

function cellOf(table: Table, cells: readonly Cell[], header: string): Cell {
  const i = table.columns.get(header);
  return i === undefined ? '' : cells[i] ?? '';
}

/**
 * One rectangle: from the first to the last touched row and column. Headers the sheet lacks are
 * appended to row 1 (which puts row 1 in the rectangle); new rows go after the last row.
 */
function planWrite(
  spec: SheetSpec,
  table: Table,
  values: readonly (readonly Cell[])[],
  cellWrites: ReadonlyMap<number, ReadonlyMap<string, Cell>>,
  appended: readonly ReadonlyMap<string, Cell>[],
): { write: BlockWrite | null; textRanges: TextRange[] } {
  if (cellWrites.size === 0 && appended.length === 0) return { write: null, textRanges: [] };
  const columns = new Map(table.columns);
  const newHeaders = new Map<number, string>();
  let next = table.headers.reduce((last, h, i) => (h !== '' ? i : last), -1) + 1;
  const carried = new Set<string>();
  for (const v of appended) for (const [h, c] of v) if (!isBlank(c)) carried.add(h);
  for (const v of cellWrites.values()) for (const h of v.keys()) carried.add(h);
  for (const c of spec.columns) {
    if (carried.has(c.header) && !columns.has(c.header)) {
      columns.set(c.header, next);
      newHeaders.set(next++, c.header);
    }
  }

  // What each touched row gets, as sheet row (1-based) → header → value; then the rectangle.
  const firstNewRow = Math.max(table.lastRow, 1) + 1;
  const rowWrites = (row: number): ReadonlyMap<string, Cell> | undefined =>
    row >= firstNewRow ? appended[row - firstNewRow] : cellWrites.get(row);
  let top = newHeaders.size ? 1 : Infinity;
  let bottom = newHeaders.size ? 1 : 0;
  const used = new Set<string>(newHeaders.values());
  for (const [row, v] of cellWrites) {
    top = Math.min(top, row);
    bottom = Math.max(bottom, row);
    for (const h of v.keys()) used.add(h);
  }
  if (appended.length) {
    top = Math.min(top, firstNewRow);
    bottom = firstNewRow + appended.length - 1;
    for (const h of carried) used.add(h);
  }
  const usedColumns = [...used].map((h) => columns.get(h)!);
  const left = Math.min(...usedColumns);
  const right = Math.max(...usedColumns);
  const headerAt = new Map([...columns].filter(([, i]) => i >= left && i <= right).map(([h, i]) => [i, h]));

  // The schema's text columns are formatted '@' before the write (textRanges), where a string stays
  // the text it is: only formulas are escaped there. Any other column (dates, money, the clerk's own
  // 身份证号) parses strings, so digit-like text keeps its apostrophe — rewritten clerk cells
  // included, since getValues() returned them without theirs.
  const textColumns = spec.columns.filter((c) => c.kind === 'text').map((c) => columns.get(c.header)).filter((i): i is number => i !== undefined && i >= left && i <= right);
  const plainText = new Set(textColumns);
  const block: Cell[][] = [];
  for (let row = top; row <= bottom; row++) {
    const writes = rowWrites(row);
    const existing = values[row - 1];
    const line: Cell[] = [];
    for (let col = left; col <= right; col++) {
      const header = headerAt.get(col);
      const given = row === 1 ? newHeaders.get(col) : header !== undefined ? writes?.get(header) : undefined;
      const v = given !== undefined && !isBlank(given) ? given : existing?.[col] ?? '';
      line.push((row > 1 && plainText.has(col) ? escapeFormula(v) : keepAsText(v)) as Cell);
    }
    block.push(line);
  }
  const bodyTop = Math.max(top, 2);
  const textRanges: TextRange[] = [];
  if (bodyTop <= bottom) {
    for (const i of textColumns.sort((a, b) => a - b)) {
      const last = textRanges[textRanges.length - 1];
      if (last && last.column + last.columns === i + 1) textRanges[textRanges.length - 1] = { ...last, columns: last.columns + 1 };
      else textRanges.push({ row: bodyTop, column: i + 1, rows: bottom - bodyTop + 1, columns: 1 });
    }
  }
  return { write: { row: top, column: left + 1, values: block }, textRanges };
}
