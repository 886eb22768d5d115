import type { IsoDate } from '../dates/isoDate';
import { type PlanYearContext, readFullDate } from './dateValue';
import type { Cell } from './cell';

/** A date with an optional time of day ('HH:mm'), in the workbook's 时区. */
export interface PlanDateTime {
  readonly date: IsoDate;
  readonly time: string | null;
}

/** A date with an optional time of day ('HH:mm'), in the workbook's 时区. */
export interface PlanDateTime {
  readonly date: IsoDate;
  readonly time: string | null;
}

export type DateCellRead = { ok: true; value: PlanDateTime | null } | { ok: false; reason: string };

/**
 * A cell where a calendar day is needed, read by the kernel's one date reader; blank → null.
 * Midnight means "no time of day". `plan` places a date written without a year (6月20日).
 */
export function readDateCell(v: Cell, plan?: PlanYearContext): DateCellRead {
  const d = readFullDate(v, plan);
  if (!d.ok) return d;
  if (d.kind === 'blank') return { ok: true, value: null };
  if (d.kind === 'day') return { ok: true, value: { date: d.date, time: d.time } };
  return { ok: false, reason: `“${d.yearMonth}”只有年月` };
}
