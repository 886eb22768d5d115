import { instantToWall, wallToInstant, offsetAt, dateAtMidnight } from '../../runner/timeZone';

/** Reference: Intl directly. */
const refs = new Map<string, Intl.DateTimeFormat>();
function intl(d: Date, tz: string): string {
  if (!refs.has(tz)) refs.set(tz, new Intl.DateTimeFormat('sv-SE', { timeZone: tz, year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit', second: '2-digit', hourCycle: 'h23' }));
  return refs.get(tz)!.format(d);
}
function fmt(w: ReturnType<typeof instantToWall>): string {
  const p = (n: number, l = 2) => String(n).padStart(l, '0');
  return `${p(w.y, 4)}-${p(w.mo)}-${p(w.d)} ${p(w.h)}:${p(w.mi)}:${p(w.s)}`;
}

test.each(['Asia/Shanghai', 'America/Los_Angeles', 'Europe/London', 'Australia/Lord_Howe', 'Asia/Kolkata', 'UTC'])(
  'instantToWall agrees with Intl every 31 hours 1980–1995 and around today in %s',
  (tz) => {
    const mismatches: string[] = [];
    const check = (t: number) => {
      const got = fmt(instantToWall(new Date(t), tz));
      const want = intl(new Date(t), tz);
      if (got !== want) mismatches.push(`${new Date(t).toISOString()}: ${got} ≠ ${want}`);
    };
    for (let t = Date.UTC(1980, 0, 1); t < Date.UTC(1995, 0, 1); t += 31 * 3_600_000 + 13_000) check(t);
    for (let t = Date.UTC(2023, 0, 1); t < Date.UTC(2025, 0, 1); t += 11 * 3_600_000 + 7_000) check(t);
    expect(mismatches).toEqual([]);
  },
);

test('wall ⇄ instant round-trips for every day 1950–2030 in Asia/Shanghai', () => {
  const bad: string[] = [];
  for (let t = Date.UTC(1950, 0, 1); t < Date.UTC(2030, 0, 1); t += 86_400_000) {
    const d = new Date(t);
    const w = { y: d.getUTCFullYear(), mo: d.getUTCMonth() + 1, d: d.getUTCDate() };
    const back = instantToWall(wallToInstant(w, 'Asia/Shanghai'), 'Asia/Shanghai');
    if (back.y !== w.y || back.mo !== w.mo || back.d !== w.d || back.h !== 0 || back.mi !== 0) bad.push(d.toISOString());
  }
  expect(bad).toEqual([]);
});

test('a midnight that did not exist (DST began at 00:00 on 1940-06-01) becomes 01:00', () => {
  expect(instantToWall(dateAtMidnight('1940-06-01', 'Asia/Shanghai'), 'Asia/Shanghai')).toMatchObject({ y: 1940, mo: 6, d: 1, h: 1, mi: 0 });
});

test('China observed daylight saving 1986–1991: midnight was 15:00 UTC in summer', () => {
  expect(dateAtMidnight('1988-06-22', 'Asia/Shanghai').toISOString()).toBe('1988-06-21T15:00:00.000Z');
  expect(dateAtMidnight('1988-12-22', 'Asia/Shanghai').toISOString()).toBe('1988-12-21T16:00:00.000Z');
  expect(offsetAt(Date.UTC(1990, 6, 1), 'Asia/Shanghai')).toBe(9 * 3_600_000);
});

test('a wall time in a spring-forward gap moves forward; in a fall-back overlap the earlier instant wins', () => {
  expect(wallToInstant({ y: 2024, mo: 3, d: 10, h: 2, mi: 30 }, 'America/New_York').toISOString()).toBe('2024-03-10T07:30:00.000Z');
  expect(wallToInstant({ y: 2024, mo: 11, d: 3, h: 1, mi: 30 }, 'America/New_York').toISOString()).toBe('2024-11-03T05:30:00.000Z');
});

test('milliseconds and dates before 1900 survive', () => {
  const d = new Date(Date.UTC(2023, 5, 21, 16, 5, 9, 7));
  expect(instantToWall(d, 'Asia/Shanghai')).toEqual({ y: 2023, mo: 6, d: 22, h: 0, mi: 5, s: 9, ms: 7 });
  const epoch = wallToInstant({ y: 1899, mo: 12, d: 30, h: 9 }, 'Asia/Shanghai');
  expect(instantToWall(epoch, 'Asia/Shanghai')).toMatchObject({ y: 1899, mo: 12, d: 30, h: 9, mi: 0 });
});
