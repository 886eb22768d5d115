import type { IsoDate } from '../dates/isoDate';
import { parseDateText } from './parseDateText';
import { type Cell, isBlank, isWallClock } from './cell';

/** A date with an optional time of day ('HH:mm'), in the workbook's 时区. */
export interface PlanDateTime {
  readonly date: IsoDate;
  readonly time: string | null;
}

export type DateCellRead = { ok: true; value: PlanDateTime | null } | { ok: false; reason: string };

/** A date cell, or a date typed as text; blank → null. Midnight means "no time of day". */
export function readDateCell(v: Cell): DateCellRead {
  if (isBlank(v)) return { ok: true, value: null };
  if (isWallClock(v)) return { ok: true, value: { date: v.date, time: v.time === '00:00:00' ? null : v.time.slice(0, 5) } };
  if (typeof v === 'string') {
    const parsed = parseDateText(v);
    if (parsed) return { ok: true, value: parsed };
  }
  return { ok: false, reason: `“${String(v)}”不是有效日期（例如 2023-06-20）` };
}
