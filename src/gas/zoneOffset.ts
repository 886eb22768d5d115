import type { UtcOffset } from '../kernel/dates/timeZoneRules';

/**
 * Zone rules from Utilities.formatDate ('Z' → '+0800'), the zone support Apps Script guarantees.
 * Remembered per instant: a plan's events share a few dozen dates, and each formatDate is a
 * service call.
 */
export function utilitiesUtcOffset(utilities: GoogleAppsScript.Utilities.Utilities = Utilities): UtcOffset {
  const known = new Map<string, number>();
  return (timeZone, epochMs) => {
    const key = `${timeZone} ${epochMs}`;
    let minutes = known.get(key);
    if (minutes === undefined) {
      const z = utilities.formatDate(new Date(epochMs), timeZone, 'Z');
      const abs = Number(z.slice(1, 3)) * 60 + Number(z.slice(3, 5));
      minutes = z.startsWith('-') ? -abs : abs;
      known.set(key, minutes);
    }
    return minutes;
  };
}

export function scriptTimeZone(session: GoogleAppsScript.Base.Session = Session): string {
  return session.getScriptTimeZone();
}
