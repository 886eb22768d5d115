import type { Problem } from '../problem';
import type { HolidayEntry } from './workingDays';
import { type Cell, cellText } from '../values/cell';
import { readDateCell } from '../values/readDateCell';
import { HOLIDAYS_SPEC } from '../sheets/schema';
import { cellAt, readTable } from '../sheets/table';

export interface HolidaysRead {
  readonly entries: HolidayEntry[];
  readonly problems: Problem[];
}

/** 节假日 → the clerk's day entries. The sheet is optional: missing or empty means none. */
export function readHolidays(values: readonly (readonly Cell[])[] | null): HolidaysRead {
  if (values === null || values.length === 0) return { entries: [], problems: [] };
  const { table, problems } = readTable(HOLIDAYS_SPEC, values, ['日期', '类型']);
  const entries: HolidayEntry[] = [];
  if (problems.length) return { entries, problems };
  const bad = (row: number, column: string, message: string) => problems.push({ sheet: HOLIDAYS_SPEC.name, row, column, message });
  for (const r of table.rows) {
    const date = readDateCell(cellAt(table, r, '日期'));
    const kind = cellText(cellAt(table, r, '类型'));
    if (!date.ok) bad(r.row, '日期', date.reason);
    else if (date.value === null) bad(r.row, '日期', '缺少日期');
    if (kind !== '休' && kind !== '班') bad(r.row, '类型', `应为“休”（放假）或“班”（上班），现为“${kind}”`);
    if (date.ok && date.value && (kind === '休' || kind === '班')) entries.push({ date: date.value.date, kind });
  }
  return { entries, problems };
}
