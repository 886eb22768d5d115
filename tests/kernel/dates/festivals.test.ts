import { festivals, FIRST_FESTIVAL_YEAR, LAST_FESTIVAL_YEAR } from '../../../src/kernel/dates/festivals';
import { runInTimeZone } from '../../support/runInTimeZone';

describe('festival dates', () => {
  it('gives the 端午, 中秋 and 春节 dates clerks know', () => {
    const dates = (name: '端午' | '中秋' | '春节', years: number[]) => years.map((y) => festivals(y)[name]);
    expect(dates('端午', [2023, 2024, 2025, 2026])).toEqual(['2023-06-22', '2024-06-10', '2025-05-31', '2026-06-19']);
    expect(dates('中秋', [2023, 2024, 2025, 2026])).toEqual(['2023-09-29', '2024-09-17', '2025-10-06', '2026-09-25']);
    expect(dates('春节', [2024, 2025, 2026])).toEqual(['2024-02-10', '2025-01-29', '2026-02-17']);
  });

  it('gives all six festivals of a year, the fixed ones included', () => {
    expect(festivals(2025)).toEqual({
      元旦: '2025-01-01', 春节: '2025-01-29', 三八: '2025-03-08', 端午: '2025-05-31', 教师节: '2025-09-10', 中秋: '2025-10-06',
    });
  });

  it('works across the whole range: 2000, 2033 with its leap month, 2100', () => {
    expect(festivals(2000)).toMatchObject({ 春节: '2000-02-05', 端午: '2000-06-06', 中秋: '2000-09-12' });
    expect(festivals(2033)).toMatchObject({ 春节: '2033-01-31', 端午: '2033-06-01', 中秋: '2033-09-08' });
    expect(festivals(2034).春节).toBe('2034-02-19'); // after 2033's 闰十一月
    expect(festivals(2100)).toMatchObject({ 春节: '2100-02-09', 端午: '2100-06-12', 中秋: '2100-09-18' });
    expect(festivals(2101).春节).toBe('2101-01-29'); // plan year 2100's 春节 gift
    expect([FIRST_FESTIVAL_YEAR, LAST_FESTIVAL_YEAR]).toEqual([2000, 2101]);
    expect(() => festivals(1999)).toThrow(RangeError);
  });

  it('gives the same dates for every year whatever the time zone of the process', () => {
    const here: Record<number, unknown> = {};
    for (let y = FIRST_FESTIVAL_YEAR; y <= LAST_FESTIVAL_YEAR; y++) here[y] = festivals(y);
    for (const [zone, offset] of [['Asia/Shanghai', 480], ['America/Los_Angeles', -480], ['Pacific/Kiritimati', 840]] as const) {
      const there = runInTimeZone<Record<number, unknown>>(zone, `
        import { festivals, FIRST_FESTIVAL_YEAR, LAST_FESTIVAL_YEAR } from './src/kernel/dates/festivals';
        const all: Record<number, unknown> = {};
        for (let y = FIRST_FESTIVAL_YEAR; y <= LAST_FESTIVAL_YEAR; y++) all[y] = festivals(y);
        report(all);`);
      expect(there.offsetMinutes).toBe(offset);
      expect(there.value).toEqual(here);
    }
    expect(here[2024]).toMatchObject({ 端午: '2024-06-10', 中秋: '2024-09-17', 春节: '2024-02-10' });
  });
});
