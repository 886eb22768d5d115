import { addDays, isoParts, isWeekend, type IsoDate } from './isoDate';
import { officialDays, OFFICIAL_SCHEDULES, type DayKind, type OfficialSchedule } from './officialHolidays';
import { statutoryHolidays } from './statutoryHolidays';

export type { DayKind } from './officialHolidays';

/** A row of the clerk's 节假日 sheet. */
export interface HolidayEntry {
  readonly date: IsoDate;
  readonly kind: DayKind;
}

/** Where a day's status came from: the clerk's sheet, the official schedule, or the fallback rule. */
export type DaySource = 'clerk' | 'official' | 'fallback';

export interface DayStatus {
  readonly working: boolean;
  readonly source: DaySource;
}

export type DayStatusOf = (d: IsoDate) => DayStatus;

/**
 * Mainland China's working days: the clerk's 节假日 entries first (the later of two entries for
 * the same date wins), then the official schedule of the day's year, and for a year without one
 * Monday–Friday less the statutory festival days.
 */
export function workingDays(entries: readonly HolidayEntry[], schedules: Readonly<Record<number, OfficialSchedule>> = OFFICIAL_SCHEDULES): DayStatusOf {
  const clerk = new Map<IsoDate, DayKind>();
  for (const e of entries) clerk.set(e.date, e.kind);
  const fallbackOff = new Map<number, ReadonlySet<IsoDate>>();
  return (d) => {
    const own = clerk.get(d);
    if (own) return { working: own === '班', source: 'clerk' };
    const weekend = isWeekend(d);
    const { year } = isoParts(d);
    const official = officialDays(year, schedules);
    if (official) {
      const kind = official.get(d);
      return { working: kind ? kind === '班' : !weekend, source: 'official' };
    }
    let off = fallbackOff.get(year);
    if (!off) fallbackOff.set(year, (off = statutoryHolidays(year)));
    return { working: !weekend && !off.has(d), source: 'fallback' };
  };
}

// A clerk could mark a whole season 休; the searches stop there rather than loop for ever.
const SEARCH_LIMIT = 366;

/** The first working day on or after d. */
export function workingDayOnOrAfter(status: DayStatusOf, d: IsoDate): IsoDate {
  return step(status, d, 1);
}

/** The last working day on or before d. */
export function workingDayOnOrBefore(status: DayStatusOf, d: IsoDate): IsoDate {
  return step(status, d, -1);
}

function step(status: DayStatusOf, d: IsoDate, direction: 1 | -1): IsoDate {
  let day = d;
  for (let i = 0; i < SEARCH_LIMIT && !status(day).working; i++) day = addDays(day, direction);
  return day;
}
