import type { Problem } from '../kernel/problem';
import { type Cell, cellText, isBlank } from '../kernel/values/cell';
import { type IgnoredColumn, type MappedColumn, mapHeaders, namesFor } from './headerSynonyms';
import type { BlockWrite } from '../kernel/sheets/ownedWrites';
import { AID_LEDGER_SPEC, type ColumnSpec, ROSTER_SPEC, type SheetSpec } from '../kernel/sheets/schema';
import { type Table, readTable } from '../kernel/sheets/table';
import { precisionOf, readDate, refines } from '../kernel/values/dateValue';
import { missingColumn } from '../kernel/values/missingColumn';
import { findLayout, footerReason } from './importLayout';
import { indexExisting } from './importKeys';
import { planWrite } from './importWrite';
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
  /** 1-based source rows forming the header (two when a group header sits above the names). */
  readonly headerRows: readonly number[];
  /** Rows below the header that are not data (合计, 制表人, totals only): listed, never imported. */
  readonly footers: readonly { readonly sourceRow: number; readonly text: string }[];
  /** Imported keys stored in the sheet's spelling (1051 → 001051). */
  readonly aligned: readonly { readonly sourceRow: number; readonly from: string; readonly to: string }[];
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
  const empty = { target: spec.name, key, source: source.name, headerRow: 0, headerRows: [], footers: [], aligned: [], mapped: [], ignored: [], added: [], changed: [], unchanged: 0, missing: [], duplicates: [], withoutKey: [], write: null, textRanges: [] };
  const fail = (message: string, extra: Partial<Problem> = {}): ImportPlan => ({ ...empty, problems: [{ sheet: source.name, message, ...extra }] });

  if (source.rows.every((r) => r.every((c) => isBlank(c)))) return fail('没有数据（是空的）');
  const layout = findLayout(target, IMPORT_TARGETS.filter((t) => t !== target), source.rows, source.name);
  if (!layout.found && layout.wrongTarget) {
    return fail(`这看起来是${layout.wrongTarget.spec.name}（有“${layout.wrongTarget.key}”列），不是${spec.name}，请换一个导入目标`, { row: layout.row });
  }
  if (!layout.found) {
    return fail(`找不到表头行：看了前 ${layout.looked.length} 行（${layout.looked.join('；')}），都没有“${key}”列（也认：${namesFor(key).slice(1).join('、')}），这份数据不像${spec.name}`);
  }
  const headerRow = layout.headerRows[0];
  const mapping = mapHeaders(spec, layout.header, source.name, headerRow);
  const problems: Problem[] = [...mapping.problems];

  const { table, problems: tableProblems } = readTable(spec, sheetValues, [key]);
  problems.push(...tableProblems);
  const existing = indexExisting(table, key, problems);

  // Normalise every source row; group by key.
  const columnOf = new Map(spec.columns.map((c) => [c.header, c]));
  const keyColumn = mapping.mapped.find((m) => m.header === key)!.index;
  const byKey = new Map<string, { sourceRow: number; values: Map<string, Cell> }[]>();
  const withoutKey: { sourceRow: number; name: string }[] = [];
  const footers: { sourceRow: number; text: string }[] = [];
  const aligned: { sourceRow: number; from: string; to: string }[] = [];
  for (let i = layout.dataFrom; i < source.rows.length; i++) {
    const cells = source.rows[i];
    if (cells.every((c) => isBlank(c))) continue;
    const sourceRow = i + 1;
    const footer = footerReason(cells, keyColumn);
    if (footer) {
      footers.push({ sourceRow, text: footer });
      continue;
    }
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
    const given = cellText(values.get(key) ?? '');
    if (given === '') {
      if (!keyUnreadable) withoutKey.push({ sourceRow, name: cellText(values.get(NAME) ?? '') });
      continue;
    }
    const k = existing.align(given);
    if (k !== given) {
      aligned.push({ sourceRow, from: given, to: k });
      values.set(key, k);
    }
    const list = byKey.get(k);
    if (list) list.push({ sourceRow, values });
    else byKey.set(k, [{ sourceRow, values }]);
  }
  if (key === '工号' && !mapping.mapped.some((m) => m.header === NAME) && [...byKey.keys()].some((k) => !existing.find(k))) {
    // New members cannot be added without a name; updating known ones by 工号 needs none.
    problems.push(missingColumn(source.name, NAME, layout.header.map((c) => cellText(c)), headerRow));
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
    const old = existing.find(k);
    if (!old) {
      const nameColumn = mapping.mapped.find((m) => m.header === NAME);
      if (key === '工号' && nameColumn && name.trim() === '') {
        problems.push({ sheet: source.name, row: sourceRow, column: nameColumn.source, message: `新会员（工号 ${k}）没有姓名，无法添加到${spec.name}；请在导入的表中补上姓名` });
        continue;
      }
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
      const coarser = lessPrecise(column, before, value);
      if (coarser) {
        if (coarser !== 'same') problems.push({ sheet: source.name, row: sourceRow, column: header, severity: 'warning', message: `导入的“${cellText(value)}”比${spec.name}第 ${old.row} 行的“${cellText(before)}”粗略且不一致，未修改；如需更改请直接在${spec.name}中修改` });
        continue;
      }
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
  const missing = existing.rows
    .filter((r) => !byKey.has(r.key))
    .map((r) => ({ key: r.key, name: cellText(cellOf(table, r.cells, NAME)), row: r.row }));

  const blocked = problems.some((p) => p.severity !== 'warning');
  const { write, textRanges } = blocked ? { write: null, textRanges: [] } : planWrite(spec, table, sheetValues ?? [], cellWrites, appended);
  return {
    target: spec.name, key, source: source.name, headerRow, headerRows: layout.headerRows, footers, aligned, mapped: mapping.mapped, ignored: mapping.ignored,
    added, changed, unchanged, missing, duplicates, withoutKey, problems, write, textRanges,
  };
}

/**
 * Never downgrade: a year-month (1967-02) does not replace a full date (1967-02-08). 'same' when
 * it agrees with the date, 'conflict' when it does not (shown, still not written); null when
 * the imported value is at least as precise.
 */
function lessPrecise(column: ColumnSpec, before: Cell, value: Cell): 'same' | 'conflict' | null {
  if (column.kind !== 'date' && column.kind !== 'datetime') return null;
  const old = readDate(before);
  const given = readDate(value);
  if (precisionOf(given) >= precisionOf(old)) return null;
  return refines(old, given) ? 'same' : 'conflict';
}

function cellOf(table: Table, cells: readonly Cell[], header: string): Cell {
  const i = table.columns.get(header);
  return i === undefined ? '' : cells[i] ?? '';
}
