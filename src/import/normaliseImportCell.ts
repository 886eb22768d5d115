import type { ColumnSpec } from '../kernel/sheets/schema';
import { type Cell, cellText, isBlank, wallClock } from '../kernel/values/cell';
import { readClosedList } from '../kernel/values/closedList';
import { readDate } from '../kernel/values/dateValue';
import { readMemberId } from '../kernel/values/memberIdValue';
import { normalisePhone } from '../kernel/values/phoneValue';
import { parseAmount } from '../kernel/values/parseAmount';
import { numberText } from '../kernel/values/numberText';

export type ImportCell =
  | { ok: true; value: Cell; warning?: string }
  | { ok: false; reason: string };

/**
 * One imported value in the form its column stores, read by the kernel's value readers: dates
 * as date cells (a year-month such as 出生年月 1985.03 as the text 1985-03, never the 1st), money
 * as yuan numbers, closed lists in their canonical spelling, 手机 normalised once (no +86, spaces
 * or dashes), text as text (工号 and 手机 never become numbers). Blank stays '' — the merge treats
 * it as "not given", never as "erase".
 */
export function normaliseImportCell(column: ColumnSpec, v: Cell): ImportCell {
  if (isBlank(v)) return { ok: true, value: '' };
  switch (column.kind) {
    case 'date':
    case 'datetime': {
      const d = readDate(v);
      if (!d.ok) return d;
      if (d.kind === 'month') return { ok: true, value: d.yearMonth };
      return d.kind === 'day' ? { ok: true, value: wallClock(d.date) } : { ok: true, value: '' };
    }
    case 'money': {
      const a = parseAmount(v);
      return a.ok ? { ok: true, value: a.fen / 100 } : { ok: false, reason: a.reason };
    }
    case 'number':
    case 'percent': {
      const n = typeof v === 'number' ? v : Number(cellText(v).replace(/年$/, ''));
      return Number.isFinite(n) && cellText(v) !== '' ? { ok: true, value: n } : { ok: false, reason: `“${cellText(v)}”不是数字` };
    }
    case 'text': {
      if (column.header === '工号') {
        const id = readMemberId(v);
        return id.ok ? { ok: true, value: id.id } : id;
      }
      const t = numberText(v, column.header);
      if (!t.ok) return t;
      if (column.header === '手机') return { ok: true, value: normalisePhone(t.text) };
      if (!column.oneOf) return { ok: true, value: t.text };
      const read = readClosedList(column.header, column.oneOf, t.text);
      return read.ok ? { ok: true, value: read.value } : read;
    }
  }
}

/** The form two values of a column are compared in, so 1001 equals '1001' and ¥1,000 equals 1000. */
export function comparable(column: ColumnSpec, v: Cell): string {
  if (isBlank(v)) return '';
  const n = normaliseImportCell(column, v);
  return n.ok ? cellText(n.value) : cellText(v);
}
