import { addDays, isoDate, isValidDate, type IsoDate } from './isoDate';

// Mainland China's official holiday schedule, one entry per year, from the State Council's yearly
// notice 国务院办公厅关于<年>部分节假日安排的通知 (published each November or December):
//   off   days off (放假), 'MM-DD' or 'MM-DD~MM-DD', the weekends inside a holiday included
//   work  the Saturdays and Sundays that are working days (调休上班)
// Every other day of a listed year is a working day from Monday to Friday. A year not listed
// falls back to Monday–Friday plus the statutory festival days (statutoryHolidays.ts), and
// generated campaigns then carry a note; a clerk's 节假日 sheet overrides both.
//
// To add a year, add one line with the dates of that year's notice, e.g.
//   2027: { off: '01-01~01-03 …', work: '… …' },
// tests/kernel/dates/officialHolidays.test.ts checks the format, and compares with the chinese-days
// package for the years it has.
// 2020–2026 were transcribed from chinese-days 1.5.7 (its data follows the notices) and are
// compared day by day with it in that test; 2023–2026 were also checked against the notices.
// chinese-days goes back to 2004, but nobody plans gifts for a past year, and every byte here is
// loaded on every menu click.

export interface OfficialSchedule {
  readonly off: string;
  readonly work: string;
}

export const OFFICIAL_SCHEDULES: Readonly<Record<number, OfficialSchedule>> = {
  2026: { off: '01-01~01-03 02-15~02-23 04-04~04-06 05-01~05-05 06-19~06-21 09-25~09-27 10-01~10-07', work: '01-04 02-14 02-28 05-09 09-20 10-10' },
  2025: { off: '01-01 01-28~02-04 04-04~04-06 05-01~05-05 05-31~06-02 10-01~10-08', work: '01-26 02-08 04-27 09-28 10-11' },
  2024: { off: '01-01 02-10~02-17 04-04~04-06 05-01~05-05 06-10 09-15~09-17 10-01~10-07', work: '02-04 02-18 04-07 04-28 05-11 09-14 09-29 10-12' },
  2023: { off: '01-01~01-02 01-21~01-27 04-05 04-29~05-03 06-22~06-24 09-29~10-06', work: '01-28~01-29 04-23 05-06 06-25 10-07~10-08' },
  2022: { off: '01-01~01-03 01-31~02-06 04-03~04-05 04-30~05-04 06-03~06-05 09-10~09-12 10-01~10-07 12-31', work: '01-29~01-30 04-02 04-24 05-07 10-08~10-09' },
  2021: { off: '01-01~01-03 02-11~02-17 04-03~04-05 05-01~05-05 06-12~06-14 09-19~09-21 10-01~10-07', work: '02-07 02-20 04-25 05-08 09-18 09-26 10-09' },
  2020: { off: '01-01 01-24~02-02 04-04~04-06 05-01~05-05 06-25~06-27 10-01~10-08', work: '01-19 04-26 05-09 06-28 09-27 10-10' },
};

export type DayKind = '休' | '班';

const parsed = new WeakMap<object, Map<number, ReadonlyMap<IsoDate, DayKind>>>();

/**
 * The listed days of a year's official schedule (days not listed follow Monday–Friday), or null
 * when the year has no schedule. Each year is parsed once.
 */
export function officialDays(year: number, schedules = OFFICIAL_SCHEDULES): ReadonlyMap<IsoDate, DayKind> | null {
  const schedule = schedules[year];
  if (!schedule) return null;
  let years = parsed.get(schedules);
  if (!years) parsed.set(schedules, (years = new Map()));
  let days = years.get(year);
  if (!days) {
    const kinds = new Map<IsoDate, DayKind>();
    for (const d of scheduleDates(year, schedule.off)) kinds.set(d, '休');
    for (const d of scheduleDates(year, schedule.work)) kinds.set(d, '班');
    years.set(year, (days = kinds));
  }
  return days;
}

/** Expands 'MM-DD MM-DD~MM-DD …' to the dates it names in `year`. */
export function scheduleDates(year: number, spec: string): IsoDate[] {
  const dates: IsoDate[] = [];
  for (const part of spec.split(/\s+/).filter(Boolean)) {
    const m = /^(\d\d)-(\d\d)(?:~(\d\d)-(\d\d))?$/.exec(part);
    if (!m) throw new Error(`节假日数据格式错误（${year}年）：${part}`);
    const [from, to] = [[+m[1], +m[2]], m[3] ? [+m[3], +m[4]] : [+m[1], +m[2]]];
    if (!isValidDate(year, from[0], from[1]) || !isValidDate(year, to[0], to[1])) {
      throw new Error(`节假日数据中的日期无效（${year}年）：${part}`);
    }
    const first = isoDate(year, from[0], from[1]);
    const last = isoDate(year, to[0], to[1]);
    if (last < first) throw new Error(`节假日数据中的日期范围颠倒（${year}年）：${part}`);
    for (let d = first; d <= last; d = addDays(d, 1)) dates.push(d);
  }
  return dates;
}
