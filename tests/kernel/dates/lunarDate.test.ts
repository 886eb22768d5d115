import { lunarMonths, lunarToIso } from '../../../src/kernel/dates/lunarDate';

describe('lunar to Gregorian dates', () => {
  it('starts the table on 春节 2000', () => {
    expect(lunarToIso(2000, 1, 1)).toBe('2000-02-05');
  });

  it('knows 2033 has a leap 11th month (闰十一月), the year older tables got wrong', () => {
    const months = lunarMonths(2033);
    expect(months).toHaveLength(13);
    expect(months.filter((m) => m.leap)).toEqual([{ month: 11, leap: true, days: 29 }]);
    expect(lunarToIso(2033, 11, 1, true)).toBe('2033-12-22');
    expect(lunarToIso(2033, 8, 15)).toBe('2033-09-08');
    expect(lunarToIso(2034, 1, 1)).toBe('2034-02-19');
  });

  it('counts the leap month after its namesake (2101 has 闰七月, so 中秋 moves into October)', () => {
    expect(lunarToIso(2101, 7, 1, true)).toBe('2101-08-25');
    expect(lunarToIso(2101, 8, 15)).toBe('2101-10-07');
  });

  it('has 2025 with its 闰六月', () => {
    expect(lunarToIso(2025, 6, 1, true)).toBe('2025-07-25');
  });

  it('refuses dates outside the table or the month rather than guessing', () => {
    expect(() => lunarToIso(1999, 1, 1)).toThrow(RangeError);
    expect(() => lunarToIso(2102, 1, 1)).toThrow(RangeError);
    expect(() => lunarToIso(2024, 6, 1, true)).toThrow(/闰6月/); // 2024 has no leap month
    const small = lunarMonths(2025).find((m) => m.days === 29)!;
    expect(() => lunarToIso(2025, small.month, 30, small.leap)).toThrow(RangeError);
  });
});
