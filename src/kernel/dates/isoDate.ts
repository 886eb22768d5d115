import { addDays as addCalendarDays, addMonths, getDay, getDaysInMonth, isWeekend as isWeekendDay, lastDayOfMonth as lastDayOf, lightFormat } from 'date-fns';
import { UTCDateMini } from '@date-fns/utc/date/mini';

// A calendar date with no time zone, as 'YYYY-MM-DD'. Strings sort and compare correctly and
// survive JSON (sidebar) and vm boundaries, which Date objects do not.
export type IsoDate = string & { readonly __isoDate?: never };

// date-fns reads and moves a Date in the zone of its getters. A UTCDateMini's getters are the UTC
// ones, so the day stays the same whatever the process time zone (the tests run under several, Apps
// Script under the script's), and no day a zone skips (Pacific/Apia 2011-12-30) goes missing.
function dayOf(d: IsoDate): Date {
  const { year, month, day } = isoParts(d);
  return new UTCDateMini(year, month - 1, day);
}

function isoOf(date: Date): IsoDate {
  return lightFormat(date, 'yyyy-MM-dd');
}

// Parts to text, without a Date: a caller checks the parts with isValidDate, and an impossible
// day must not be rolled into the next month here.
export function isoDate(year: number, month: number, day: number): IsoDate {
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

export function isoParts(d: IsoDate): { year: number; month: number; day: number } {
  return { year: Number(d.slice(0, 4)), month: Number(d.slice(5, 7)), day: Number(d.slice(8, 10)) };
}

export function isValidDate(year: number, month: number, day: number): boolean {
  return Number.isInteger(year) && Number.isInteger(month) && Number.isInteger(day) &&
    month >= 1 && month <= 12 && day >= 1 && day <= daysInMonth(year, month);
}

export function daysInMonth(year: number, month: number): number {
  return getDaysInMonth(new UTCDateMini(year, month - 1, 1));
}

export function lastDayOfMonth(year: number, month: number): IsoDate {
  return isoOf(lastDayOf(new UTCDateMini(year, month - 1, 1)));
}

export function addDays(d: IsoDate, days: number): IsoDate {
  return isoOf(addCalendarDays(dayOf(d), days));
}

/** 0 = Sunday … 6 = Saturday. */
export function weekday(d: IsoDate): number {
  return getDay(dayOf(d));
}

export function isWeekend(d: IsoDate): boolean {
  return isWeekendDay(dayOf(d));
}

export function firstOfNextMonth(year: number, month: number): IsoDate {
  return isoOf(addMonths(new UTCDateMini(year, month - 1, 1), 1));
}

/** '2023年6月20日', the way notices and messages write dates. */
export function chineseDate(d: IsoDate): string {
  return lightFormat(dayOf(d), 'y年M月d日');
}
