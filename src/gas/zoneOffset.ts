import type { UtcOffset } from '../core/timeZoneRules';

/** Zone rules from Utilities.formatDate ('Z' → '+0800'), the zone support Apps Script guarantees. */
export function utilitiesUtcOffset(utilities: GoogleAppsScript.Utilities.Utilities = Utilities): UtcOffset {
  return (timeZone, epochMs) => {
    const z = utilities.formatDate(new Date(epochMs), timeZone, 'Z');
    const minutes = Number(z.slice(1, 3)) * 60 + Number(z.slice(3, 5));
    return z.startsWith('-') ? -minutes : minutes;
  };
}

export function scriptTimeZone(session: GoogleAppsScript.Base.Session = Session): string {
  return session.getScriptTimeZone();
}
