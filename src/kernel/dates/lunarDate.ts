import { addDays, type IsoDate } from './isoDate';
import { FIRST_LUNAR_YEAR, FIRST_NEW_YEAR, LAST_LUNAR_YEAR, LUNAR_YEARS } from './lunarTable';

// Lunar → Gregorian by counting days from FIRST_NEW_YEAR: pure integer arithmetic plus one
// Date.UTC step in addDays, so the answer is the same in every process time zone.

export interface LunarMonth {
  /** 1–12 */
  readonly month: number;
  /** The leap month that follows `month` (闰月). */
  readonly leap: boolean;
  readonly days: 29 | 30;
}

function entry(year: number): number {
  if (!Number.isInteger(year) || year < FIRST_LUNAR_YEAR || year > LAST_LUNAR_YEAR) {
    throw new RangeError(`农历年份须在 ${FIRST_LUNAR_YEAR}–${LAST_LUNAR_YEAR} 之间：${year}`);
  }
  return LUNAR_YEARS[year - FIRST_LUNAR_YEAR];
}

/** The months of a lunar year in order, the leap month (if any) after its namesake. */
export function lunarMonths(year: number): LunarMonth[] {
  const info = entry(year);
  const leapMonth = info & 0xf;
  const months: LunarMonth[] = [];
  for (let m = 1; m <= 12; m++) {
    months.push({ month: m, leap: false, days: info & (0x10000 >> m) ? 30 : 29 });
    if (m === leapMonth) months.push({ month: m, leap: true, days: info & 0x10000 ? 30 : 29 });
  }
  return months;
}

function yearLength(year: number): number {
  return lunarMonths(year).reduce((sum, m) => sum + m.days, 0);
}

/** The Gregorian date of a lunar date (leap = the day is in the leap month named `month`). */
export function lunarToIso(year: number, month: number, day: number, leap = false): IsoDate {
  const months = lunarMonths(year);
  const index = months.findIndex((m) => m.month === month && m.leap === leap);
  if (index < 0 || !Number.isInteger(day) || day < 1 || day > months[index].days) {
    throw new RangeError(`农历${year}年${leap ? '闰' : ''}${month}月没有第${day}天`);
  }
  let offset = 0;
  for (let y = FIRST_LUNAR_YEAR; y < year; y++) offset += yearLength(y);
  for (let i = 0; i < index; i++) offset += months[i].days;
  return addDays(FIRST_NEW_YEAR, offset + day - 1);
}
