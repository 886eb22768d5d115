import { type Cell, type WallClock, isWallClock } from '../kernel/values/cell';

// Date instants exist only here, at the edge: Sheets hands out a date cell as the instant of its
// wall-clock time in the spreadsheet's time zone, so we convert with that zone both ways.
// Utilities.formatDate is used instead of Intl because it is what Apps Script guarantees.

const PATTERN = 'yyyy-MM-dd HH:mm:ss';

export function dateToWallClock(d: Date, timeZone: string, utilities: GoogleAppsScript.Utilities.Utilities): WallClock {
  const s = utilities.formatDate(d, timeZone, PATTERN);
  return { kind: 'wallclock', date: s.slice(0, 10), time: s.slice(11, 19) };
}

export function wallClockToDate(w: WallClock, timeZone: string, utilities: GoogleAppsScript.Utilities.Utilities): Date {
  const wanted = wallMillis(`${w.date} ${w.time}`);
  // Two rounds of "guess, see how far off the zone puts us, correct" settle any fixed offset
  // and the usual DST transitions.
  let t = wanted;
  for (let i = 0; i < 3; i++) {
    const seen = wallMillis(utilities.formatDate(new Date(t), timeZone, PATTERN));
    if (seen === wanted) break;
    t += wanted - seen;
  }
  return new Date(t);
}

function wallMillis(s: string): number {
  return Date.UTC(+s.slice(0, 4), +s.slice(5, 7) - 1, +s.slice(8, 10), +s.slice(11, 13), +s.slice(14, 16), +s.slice(17, 19));
}

/** A value from getValues(): Dates become WallClock, everything else passes. */
export function fromSheetValue(v: unknown, timeZone: string, utilities: GoogleAppsScript.Utilities.Utilities): Cell {
  if (isDate(v)) return dateToWallClock(v, timeZone, utilities);
  if (typeof v === 'string' || typeof v === 'number' || typeof v === 'boolean') return v;
  return v === null || v === undefined ? '' : String(v);
}

export function toSheetValue(v: Cell, timeZone: string, utilities: GoogleAppsScript.Utilities.Utilities): string | number | boolean | Date {
  return isWallClock(v) ? wallClockToDate(v, timeZone, utilities) : v;
}

/** Works across realms (the offline runner's Dates come from outside the bundle's vm context). */
function isDate(v: unknown): v is Date {
  return Object.prototype.toString.call(v) === '[object Date]';
}
