import { officialDays, OFFICIAL_SCHEDULES, scheduleDates } from '../../../src/kernel/dates/officialHolidays';
import { addDays, weekday } from '../../../src/kernel/dates/isoDate';

// chinese-days (a devDependency only) carries the State Council notices as data; our table was
// transcribed from it, and this keeps the two equal for every year both have.
const chineseDays = require('chinese-days/dist/chinese-days.json') as {
  holidays: Record<string, string>;
  workdays: Record<string, string>;
};

const years = Object.keys(OFFICIAL_SCHEDULES).map(Number);

describe('the official holiday schedule data', () => {
  it('covers every year from 2020 through at least 2026, without gaps', () => {
    expect(Math.min(...years)).toBe(2020);
    expect(Math.max(...years)).toBeGreaterThanOrEqual(2026);
    expect(years).toHaveLength(Math.max(...years) - 2020 + 1);
  });

  it('answers null for a year it does not have, so callers fall back', () => {
    expect(officialDays(2019)).toBeNull();
    expect(officialDays(2026, { 2025: OFFICIAL_SCHEDULES[2025] })).toBeNull();
  });

  it('parses every entry, with 调休 working days only on weekends and no day both off and working', () => {
    for (const year of years) {
      const off = scheduleDates(year, OFFICIAL_SCHEDULES[year].off);
      const work = scheduleDates(year, OFFICIAL_SCHEDULES[year].work);
      expect(off.length).toBeGreaterThan(0);
      for (const d of work) expect([0, 6]).toContain(weekday(d));
      expect(off.filter((d) => work.includes(d))).toEqual([]);
    }
  });

  it('matches chinese-days day by day for every year both have', () => {
    const differences: string[] = [];
    for (const year of years) {
      const ours = officialDays(year)!;
      for (let d = `${year}-01-01`; d <= `${year}-12-31`; d = addDays(d, 1)) {
        const theirs = chineseDays.holidays[d] ? '休' : chineseDays.workdays[d] ? '班' : undefined;
        if (ours.get(d) !== theirs) differences.push(`${d}: ours ${ours.get(d) ?? '-'}, chinese-days ${theirs ?? '-'}`);
      }
    }
    expect(differences).toEqual([]);
  });

  it('spells out 2024 as the notice did: 春节 8 days with two 调休 Sundays', () => {
    const days = officialDays(2024)!;
    expect(scheduleDates(2024, '02-10~02-17').every((d) => days.get(d) === '休')).toBe(true);
    expect([days.get('2024-02-04'), days.get('2024-02-18')]).toEqual(['班', '班']);
  });

  it('rejects a mistyped entry instead of reading it some other way', () => {
    expect(() => scheduleDates(2027, '02-30')).toThrow(/日期无效/);
    expect(() => scheduleDates(2027, '2-3')).toThrow(/格式错误/);
    expect(() => scheduleDates(2027, '02-10~02-01')).toThrow(/颠倒/);
    expect(scheduleDates(2027, '01-30~02-02')).toEqual(['2027-01-30', '2027-01-31', '2027-02-01', '2027-02-02']);
  });
});
