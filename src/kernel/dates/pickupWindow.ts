import { addDays, isoDate, lastDayOfMonth, type IsoDate } from './isoDate';
import { workingDayOnOrAfter, workingDayOnOrBefore, type DayStatusOf } from './workingDays';

/** When members collect a gift, and the day the notice goes out (at SEND_TIME). */
export interface PickupWindow {
  readonly start: IsoDate;
  readonly end: IsoDate;
  /** The working day before `start`: members hear of the gift the day before they can collect it. */
  readonly sendOn: IsoDate;
}

/** 计划发送时间's time of day, as a WallClock time. */
export const SEND_TIME = '09:00:00';

/**
 * The `days` calendar days before a festival, moved to start and end on working days: the start
 * forward to a working day, the end back to the last working day before the festival's holiday
 * (the festival and the days off right before it), so gifts are in hand before people leave.
 * A holiday that swallows the whole span leaves the one working day before it.
 */
export function festivalWindow(festival: IsoDate, days: number, status: DayStatusOf): PickupWindow {
  const end = workingDayOnOrBefore(status, addDays(festival, -1));
  const start = minDate(workingDayOnOrAfter(status, addDays(festival, -Math.max(1, Math.floor(days)))), end);
  return withSendDay(start, end, status);
}

/** Birthday gifts: the second half (16th to last day) of the distribution month, on working days. */
export function birthdayWindow(year: number, month: number, status: DayStatusOf): PickupWindow {
  const end = workingDayOnOrBefore(status, lastDayOfMonth(year, month));
  const start = minDate(workingDayOnOrAfter(status, isoDate(year, month, 16)), end);
  return withSendDay(start, end, status);
}

function withSendDay(start: IsoDate, end: IsoDate, status: DayStatusOf): PickupWindow {
  return { start, end, sendOn: workingDayOnOrBefore(status, addDays(start, -1)) };
}

function minDate(a: IsoDate, b: IsoDate): IsoDate {
  return a < b ? a : b;
}
