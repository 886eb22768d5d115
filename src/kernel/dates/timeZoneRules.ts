import { addDays, type IsoDate, isoDate, isoParts } from './isoDate';

// The plan's 时区 decides what a wall-clock time in the sheet means, whatever the script's or the
// machine's zone. The zone rules come from a UtcOffset function: Intl by default (V8 carries the
// IANA data), and in Apps Script the adapters pass one built on Utilities.formatDate, the call
// Apps Script guarantees. Results are plain numbers, never Date objects handed around.

export interface LocalDateTime {
  readonly date: IsoDate;
  /** 'HH:mm' */
  readonly time: string;
}

export interface OffsetTransition {
  /** The instant, in milliseconds since the epoch. */
  readonly atMs: number;
  /** UTC offsets in minutes before and after. */
  readonly from: number;
  readonly to: number;
}

const formatters = new Map<string, Intl.DateTimeFormat>();

function formatter(timeZone: string): Intl.DateTimeFormat {
  let f = formatters.get(timeZone);
  if (!f) {
    f = new Intl.DateTimeFormat('en-US', {
      timeZone, hourCycle: 'h23', year: 'numeric', month: 'numeric', day: 'numeric',
      hour: 'numeric', minute: 'numeric', second: 'numeric',
    });
    formatters.set(timeZone, f);
  }
  return f;
}

/** Minutes east of UTC in `timeZone` at the instant `epochMs` (Shanghai: 480). */
export type UtcOffset = (timeZone: string, epochMs: number) => number;

export const utcOffsetMinutes: UtcOffset = (timeZone, epochMs) => {
  const parts: Record<string, number> = {};
  for (const p of formatter(timeZone).formatToParts(epochMs)) if (p.type !== 'literal') parts[p.type] = Number(p.value);
  const asUtc = Date.UTC(parts.year, parts.month - 1, parts.day, parts.hour % 24, parts.minute, parts.second);
  return Math.round((asUtc - Math.floor(epochMs / 1000) * 1000) / 60000);
};

/** The instant a wall-clock time in `timeZone` names (a time skipped by a DST jump moves forward). */
export function wallClockToEpochMs(at: LocalDateTime, timeZone: string, offset: UtcOffset = utcOffsetMinutes): number {
  const { year, month, day } = isoParts(at.date);
  const [hour, minute] = at.time.split(':').map(Number);
  const local = Date.UTC(year, month - 1, day, hour, minute);
  let guess = local - offset(timeZone, local) * 60000;
  guess = local - offset(timeZone, guess) * 60000;
  return guess;
}

/** The wall-clock time in `timeZone` at an instant. */
export function epochMsToWallClock(epochMs: number, timeZone: string, offset: UtcOffset = utcOffsetMinutes): LocalDateTime {
  const t = new Date(epochMs + offset(timeZone, epochMs) * 60000);
  return {
    date: isoDate(t.getUTCFullYear(), t.getUTCMonth() + 1, t.getUTCDate()),
    time: `${String(t.getUTCHours()).padStart(2, '0')}:${String(t.getUTCMinutes()).padStart(2, '0')}`,
  };
}

/** `at` plus whole minutes, as a wall clock (day roll-over included). */
export function addMinutes(at: LocalDateTime, minutes: number): LocalDateTime {
  const [hour, minute] = at.time.split(':').map(Number);
  const total = hour * 60 + minute + minutes;
  const days = Math.floor(total / 1440);
  const rest = total - days * 1440;
  return {
    date: addDays(at.date, days),
    time: `${String(Math.floor(rest / 60)).padStart(2, '0')}:${String(rest % 60).padStart(2, '0')}`,
  };
}

/** Every change of UTC offset in [fromMs, toMs), found to the minute. */
export function offsetTransitions(timeZone: string, fromMs: number, toMs: number, offsetAt: UtcOffset = utcOffsetMinutes): OffsetTransition[] {
  const DAY = 86400000;
  const out: OffsetTransition[] = [];
  let prevMs = fromMs;
  let prev = offsetAt(timeZone, fromMs);
  for (let t = fromMs + DAY; prevMs < toMs; t += DAY) {
    const probe = Math.min(t, toMs);
    const offset = offsetAt(timeZone, probe);
    if (offset !== prev) {
      let lo = prevMs;
      let hi = probe;
      while (hi - lo > 60000) {
        const mid = lo + Math.max(1, Math.floor((hi - lo) / 120000)) * 60000;
        if (offsetAt(timeZone, mid) === prev) lo = mid;
        else hi = mid;
      }
      out.push({ atMs: hi, from: prev, to: offset });
      prev = offset;
    }
    prevMs = probe;
  }
  return out;
}

/**
 * An instant that falls on `date` in every one of `zones`, as near the middle of their common
 * part as can be. CalendarApp keeps only "the day" of an all-day event's Date, taken in the
 * script's zone (not the calendar's, not the sheet's); an instant on the right day in both the
 * script's and the plan's zone lands on the plan's date whichever zone the service reads it in.
 */
export function instantOnDate(date: IsoDate, zones: readonly string[], offset: UtcOffset = utcOffsetMinutes): number {
  let from = -Infinity;
  let to = Infinity;
  for (const zone of new Set(zones)) {
    from = Math.max(from, wallClockToEpochMs({ date, time: '00:00' }, zone, offset));
    to = Math.min(to, wallClockToEpochMs({ date: addDays(date, 1), time: '00:00' }, zone, offset));
  }
  // Zones more than a day apart share no instant of the date: the first zone decides.
  if (from >= to) return wallClockToEpochMs({ date, time: '12:00' }, zones[0], offset);
  return from + Math.floor((to - from) / 2 / 60000) * 60000;
}
