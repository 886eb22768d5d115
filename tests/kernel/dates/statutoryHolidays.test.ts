import { statutoryHolidays } from '../../../src/kernel/dates/statutoryHolidays';
import { officialDays, OFFICIAL_SCHEDULES } from '../../../src/kernel/dates/officialHolidays';

describe('statutory festival days (for years without a notice)', () => {
  it('gives 2027 its 元旦, 除夕 to 初三, 劳动节, 端午, 中秋 and 国庆 days', () => {
    expect([...statutoryHolidays(2027)].sort()).toEqual([
      '2027-01-01',
      '2027-02-05', '2027-02-06', '2027-02-07', '2027-02-08',
      '2027-05-01', '2027-05-02',
      '2027-06-09',
      '2027-09-15',
      '2027-10-01', '2027-10-02', '2027-10-03',
    ]);
  });

  it('are days off in every notice issued under the 2025 rules', () => {
    const years = Object.keys(OFFICIAL_SCHEDULES).map(Number).filter((y) => y >= 2025);
    expect(years.length).toBeGreaterThanOrEqual(2);
    for (const year of years) {
      const official = officialDays(year)!;
      const notOff = [...statutoryHolidays(year)].filter((d) => official.get(d) !== '休');
      expect(notOff).toEqual([]);
    }
  });

  it('counts a 中秋 that falls in the 国庆 days once', () => {
    expect(statutoryHolidays(2028).has('2028-10-03')).toBe(true);
    expect(statutoryHolidays(2028).size).toBe(11);
  });
});
