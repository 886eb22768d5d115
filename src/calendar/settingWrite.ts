import type { Cell } from '../kernel/values/cell';
import { cellText } from '../kernel/values/cell';
import type { BlockWrite } from '../kernel/sheets/ownedWrites';
import { SETTINGS_SPEC } from '../kernel/sheets/schema';
import { cellAt, readTable } from '../kernel/sheets/table';

const [KEY, VALUE] = SETTINGS_SPEC.columns.map((c) => c.header);

/**
 * The one cell write that sets a 设置 value the clerk agreed to have filled in (共享日历ID after
 * creating the calendar): the 值 of its row, or a new row below the last one.
 */
export function planSettingWrite(values: readonly (readonly Cell[])[] | null, key: string, value: string): BlockWrite {
  const { table } = readTable(SETTINGS_SPEC, values ?? [[KEY, VALUE]]);
  const keyColumn = table.columns.get(KEY) ?? 0;
  const valueColumn = table.columns.get(VALUE) ?? 1;
  const row = table.rows.find((r) => cellText(cellAt(table, r, KEY)) === key);
  if (row) return { row: row.row, column: valueColumn + 1, values: [[value]] };
  const cells: Cell[] = [];
  cells[keyColumn] = key;
  cells[valueColumn] = value;
  const first = Math.min(keyColumn, valueColumn);
  return { row: Math.max(table.lastRow, 1) + 1, column: first + 1, values: [Array.from({ length: Math.max(keyColumn, valueColumn) - first + 1 }, (_, i) => cells[first + i] ?? '')] };
}
