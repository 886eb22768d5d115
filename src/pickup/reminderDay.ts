import type { Campaign } from '../notices';
import { addDays, type IsoDate } from '../kernel/dates/isoDate';
import type { Settings } from '../kernel/sheets/settings';
import { type DayStatusOf, workingDayOnOrBefore } from '../kernel/dates/workingDays';

/**
 * The day the reminder goes: `days` working days before 领取截止 (counted from the last working
 * day on or before it, so a 领取截止 that falls on a day off still leaves `days` working days to
 * come in), by the 节假日 sheet and the official 调休 table.
 */
export function reminderDay(pickupEnd: IsoDate, days: number, status: DayStatusOf): IsoDate {
  let day = workingDayOnOrBefore(status, pickupEnd);
  for (let i = 0; i < days; i++) day = workingDayOnOrBefore(status, addDays(day, -1));
  return day;
}

/**
 * Where a campaign's reminder stands on `today`: none (no 催领模板 or no 领取截止), early (before
 * its day), due (its day up to 领取截止), over (领取截止 has passed: follow up by phone).
 */
export type ReminderPhase = 'none' | 'early' | 'due' | 'over';

export interface ReminderTiming {
  readonly phase: ReminderPhase;
  /** null when phase is none. */
  readonly dueOn: IsoDate | null;
  readonly days: number;
}

export function reminderTiming(campaign: Campaign, settings: Settings, today: IsoDate, status: DayStatusOf): ReminderTiming {
  const days = campaign.reminderDays ?? settings.reminderDays;
  if (!campaign.pickupEnd) return { phase: 'none', dueOn: null, days };
  const dueOn = reminderDay(campaign.pickupEnd, days, status);
  if (today > campaign.pickupEnd) return { phase: 'over', dueOn, days };
  if (!campaign.reminderTemplate) return { phase: 'none', dueOn, days };
  return { phase: today >= dueOn ? 'due' : 'early', dueOn, days };
}
