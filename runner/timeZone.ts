/**
 * Wall clock ⇄ instant in an IANA time zone, with Intl only (never the process time zone), so a
 * sheet in Asia/Shanghai reads the same in any TZ the runner happens to run in.
 */
export interface WallParts {
  y: number;
  /** 1–12 */
  mo: number;
  d: number;
  h: number;
  mi: number;
  s: number;
  ms: number;
}

const formatters = new Map<string, Intl.DateTimeFormat>();

function formatter(tz: string): Intl.DateTimeFormat {
  let f = formatters.get(tz);
  if (!f) {
    f = new Intl.DateTimeFormat('en-US', {
      timeZone: tz,
      hourCycle: 'h23',
      era: 'short',
      year: 'numeric',
      month: 'numeric',
      day: 'numeric',
      hour: 'numeric',
      minute: 'numeric',
      second: 'numeric',
    });
    formatters.set(tz, f);
  }
  return f;
}

/** Throws a RangeError for an unknown zone, like Intl does. */
export function checkTimeZone(tz: string): void {
  formatter(tz);
}

/** Wall time by Intl, to the second (slow: used only to build the offset tables below). */
function intlWall(t: number, tz: string): WallParts {
  const out: Record<string, number> = {};
  let bc = false;
  for (const p of formatter(tz).formatToParts(new Date(Math.floor(t / 1000) * 1000))) {
    if (p.type === 'era') bc = p.value === 'BC' || p.value === 'B';
    else if (p.type !== 'literal') out[p.type] = Number(p.value);
  }
  return { y: bc ? 1 - out.year : out.year, mo: out.month, d: out.day, h: out.hour, mi: out.minute, s: out.second, ms: 0 };
}

function intlOffset(t: number, tz: string): number {
  const sec = Math.floor(t / 1000) * 1000;
  return wallAsUtc(intlWall(sec, tz)) - sec;
}

interface Segment {
  from: number;
  offset: number;
}

// Per zone and UTC year: the offsets in force and the instants they start. Intl is ~10 µs a
// call; a 50,000-row sheet of dates would spend seconds in it without this table.
const yearTables = new Map<string, Segment[]>();
const SAMPLES = 48;

function segmentsFor(year: number, tz: string): Segment[] {
  const key = `${tz}|${year}`;
  let segs = yearTables.get(key);
  if (segs) return segs;
  const start = utcYearStart(year);
  const step = (utcYearStart(year + 1) - start) / SAMPLES;
  segs = [{ from: -Infinity, offset: intlOffset(start, tz) }];
  let prevT = start;
  let prevO = segs[0].offset;
  for (let i = 1; i <= SAMPLES; i++) {
    const t = Math.floor((start + i * step) / 1000) * 1000;
    const o = intlOffset(t, tz);
    if (o !== prevO) {
      // Bisect (to the second) for the instant the new offset starts.
      let lo = prevT;
      let hi = t;
      while (hi - lo > 1000) {
        const mid = Math.floor((lo + hi) / 2000) * 1000;
        if (intlOffset(mid, tz) === prevO) lo = mid;
        else hi = mid;
      }
      segs.push({ from: hi, offset: intlOffset(hi, tz) });
      if (segs[segs.length - 1].offset !== o) segs.push({ from: t, offset: o });
    }
    prevT = t;
    prevO = o;
  }
  yearTables.set(key, segs);
  return segs;
}

function utcYearStart(y: number): number {
  const d = new Date(Date.UTC(2000, 0, 1));
  d.setUTCFullYear(y, 0, 1);
  return d.getTime();
}

/** Offset (ms) of the zone from UTC at an instant. */
export function offsetAt(t: number, tz: string): number {
  const segs = segmentsFor(new Date(t).getUTCFullYear(), tz);
  let o = segs[0].offset;
  for (const s of segs) if (s.from <= t) o = s.offset;
  return o;
}

export function instantToWall(date: Date, tz: string): WallParts {
  const t = date.getTime();
  if (!Number.isFinite(t)) throw new RangeError('Invalid Date');
  const w = new Date(t + offsetAt(t, tz));
  return { y: w.getUTCFullYear(), mo: w.getUTCMonth() + 1, d: w.getUTCDate(), h: w.getUTCHours(), mi: w.getUTCMinutes(), s: w.getUTCSeconds(), ms: w.getUTCMilliseconds() };
}

function wallAsUtc(p: WallParts): number {
  const d = new Date(Date.UTC(2000, p.mo - 1, p.d, p.h, p.mi, p.s, p.ms));
  d.setUTCFullYear(p.y, p.mo - 1, p.d);
  return d.getTime();
}

/**
 * The instant a wall time denotes. In an overlap (clocks turned back) the earlier instant wins;
 * in a gap (clocks turned forward, e.g. Asia/Shanghai 1986–1991) the time is moved forward by
 * the gap, as java.util.Calendar and Sheets do.
 */
export function wallToInstant(parts: Partial<WallParts> & { y: number; mo: number; d: number }, tz: string): Date {
  const p: WallParts = { h: 0, mi: 0, s: 0, ms: 0, ...parts };
  const local = wallAsUtc(p);
  const before = offsetAt(local - 86_400_000, tz);
  const after = offsetAt(local + 86_400_000, tz);
  const candidates = [...new Set([before, after])].map((o) => local - o).sort((a, b) => a - b);
  for (const t of candidates) {
    if (wallAsUtc({ ...instantToWall(new Date(t), tz), ms: p.ms }) === local) return new Date(t);
  }
  return new Date(local - before);
}

/** Midnight of an ISO date (YYYY-MM-DD) in a zone. */
export function dateAtMidnight(iso: string, tz: string): Date {
  return wallToInstant({ y: Number(iso.slice(0, 4)), mo: Number(iso.slice(5, 7)), d: Number(iso.slice(8, 10)) }, tz);
}
