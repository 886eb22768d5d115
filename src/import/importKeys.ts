// How an imported row finds its row in the sheet. 工号 are compared the way the roster reads
// them (001051 = 1051), and a numeric 工号 an export stripped of its zeros gets the roster's
// width back when every roster 工号 has that one width: the preview says so ("1051 → 001051").
import { type Cell, cellText, isFormulaError } from '../kernel/values/cell';
import type { Table } from '../kernel/sheets/table';
import { alignMemberId, fixedIdWidth, memberIdKey } from '../kernel/values/memberIdValue';
import type { Problem } from '../kernel/problem';

export interface ExistingRow {
  readonly key: string;
  readonly row: number;
  readonly cells: readonly Cell[];
}

export interface KeyIndex {
  /** The sheet's row for an imported key, and the key as the sheet spells it. */
  find(key: string): ExistingRow | undefined;
  /** The key an imported key is stored under: the sheet's spelling, or padded to the roster's width. */
  align(key: string): string;
  readonly rows: readonly ExistingRow[];
}

export function indexExisting(table: Table, key: string, problems: Problem[]): KeyIndex {
  const memberIds = key === '工号';
  const norm = (k: string) => (memberIds ? memberIdKey(k) : k);
  const byKey = new Map<string, ExistingRow>();
  const column = table.columns.get(key);
  if (column !== undefined) {
    for (const r of table.rows) {
      const cell = r.cells[column] ?? '';
      const k = cellText(cell);
      if (k === '') continue;
      if (isFormulaError(cell)) {
        // The row's real key is unknown: importing could add the same person a second time.
        problems.push({ sheet: table.sheet, row: r.row, column: key, message: `单元格显示公式错误“${k}”，无法按${key}与导入的数据对应；请先在${table.sheet}中改正后再导入` });
        continue;
      }
      const first = byKey.get(norm(k));
      if (first) {
        problems.push({ sheet: table.sheet, row: r.row, column: key, message: `${key} ${k} 与第 ${first.row} 行${first.key === k ? '' : `的 ${first.key} `}重复，请先在${table.sheet}中处理重复再导入` });
        continue;
      }
      byKey.set(norm(k), { key: k, row: r.row, cells: r.cells });
    }
  }
  const rows = [...byKey.values()];
  const width = memberIds ? fixedIdWidth(rows.map((r) => r.key)) : null;
  return {
    rows,
    find: (k) => byKey.get(norm(k)),
    align: (k) => byKey.get(norm(k))?.key ?? (memberIds ? alignMemberId(k, width) : k),
  };
}
