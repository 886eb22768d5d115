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

/** Zone ids that are UTC all year round, which a zero offset cannot tell from an unknown id. */
const UTC_NAMES = new Set(['UTC', 'GMT', 'Etc/UTC', 'Etc/GMT', 'Etc/UCT', 'Etc/Universal', 'Etc/Zulu', 'UCT', 'Universal', 'Zulu', 'Africa/Abidjan', 'Atlantic/Reykjavik']);

/**
 * Whether Apps Script knows the zone, asked of Utilities.formatDate (the zone support it
 * guarantees) rather than of Intl: java.util.TimeZone reads an unknown id as GMT without a word,
 * so a zone is known when it is a name of UTC or is off UTC in January or July.
 */
export function isKnownTimeZone(timeZone: string, utilities: GoogleAppsScript.Utilities.Utilities = Utilities): boolean {
  if (UTC_NAMES.has(timeZone)) return true;
  if (!/^[A-Za-z][\w+-]*(\/[\w+-]+)*$/.test(timeZone)) return false;
  return ['2024-01-15T00:00:00Z', '2024-07-15T00:00:00Z'].some((at) => utilities.formatDate(new Date(at), timeZone, 'Z') !== '+0000');
}
