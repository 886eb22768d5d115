import type { IsoDate } from '../kernel/dates/isoDate';

/** Today's date in the workbook's time zone (not the script's, not the machine's). */
export function today(timeZone: string, utilities: GoogleAppsScript.Utilities.Utilities = Utilities): IsoDate {
  return utilities.formatDate(new Date(), timeZone, 'yyyy-MM-dd');
}

export function currentYear(timeZone: string, utilities: GoogleAppsScript.Utilities.Utilities = Utilities): number {
  return Number(today(timeZone, utilities).slice(0, 4));
}

/** Now as wall-clock 'YYYY-MM-DD HH:mm:ss' in the time zone. */
export function nowWallClock(timeZone: string, utilities: GoogleAppsScript.Utilities.Utilities = Utilities): string {
  return utilities.formatDate(new Date(), timeZone, 'yyyy-MM-dd HH:mm:ss');
}
