import type { ColumnSpec } from '../kernel/sheets/schema';
import { type Cell, cellText, isBlank, isWallClock, wallClock } from '../kernel/values/cell';
import { VALUE_SYNONYMS } from './headerSynonyms';
import { parseAmount } from '../kernel/values/parseAmount';
import { parseDateSpelling } from '../kernel/values/parseDateText';
import { numberText } from '../kernel/values/numberText';
import { halfWidth } from '../kernel/values/halfWidth';

export type ImportCell =
  | { ok: true; value: Cell; warning?: string }
  | { ok: false; reason: string };

/**
 * One imported value in the form its column stores: dates as date cells, money as yuan numbers,
 * closed lists in their canonical spelling, text as text (工号 and 手机 never become numbers).
 * Blank stays '' — the merge treats it as "not given", never as "erase".
 */
export function normaliseImportCell(column: ColumnSpec, v: Cell): ImportCell {
  if (isBlank(v)) return { ok: true, value: '' };
  switch (column.kind) {
    case 'date':
    case 'datetime': {
      if (isWallClock(v)) return { ok: true, value: wallClock(v.date) };
      if (typeof v === 'boolean') return { ok: false, reason: `“${cellText(v)}”不是日期` };
      const d = parseDateSpelling(v);
      if (!d.ok) return d;
      const value = wallClock(d.date);
      return d.precision === 'month' ? { ok: true, value, warning: `“${cellText(v)}”只有年月，按 ${d.date} 导入` } : { ok: true, value };
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
      const t = numberText(v, column.header);
      if (!t.ok) return t;
      return column.oneOf ? oneOf(column, t.text) : { ok: true, value: t.text };
    }
  }
}

function oneOf(column: ColumnSpec, text: string): ImportCell {
  const key = halfWidth(text).toLowerCase();
  const canonical = column.oneOf!.find((o) => o.toLowerCase() === key) ?? VALUE_SYNONYMS[column.header]?.[key];
  if (canonical) return { ok: true, value: canonical };
  const also = Object.keys(VALUE_SYNONYMS[column.header] ?? {});
  return { ok: false, reason: `“${text}”无法识别，应为 ${column.oneOf!.join('/')}${also.length ? `（也认 ${also.join('/')}）` : ''}` };
}

/** The form two values of a column are compared in, so 1001 equals '1001' and ¥1,000 equals 1000. */
export function comparable(column: ColumnSpec, v: Cell): string {
  if (isBlank(v)) return '';
  const n = normaliseImportCell(column, v);
  return n.ok ? cellText(n.value) : cellText(v);
}
