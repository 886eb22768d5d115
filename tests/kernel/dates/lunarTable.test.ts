import { FIRST_LUNAR_YEAR, LAST_LUNAR_YEAR } from '../../../src/kernel/dates/lunarTable';
import { lunarMonths, lunarToIso } from '../../../src/kernel/dates/lunarDate';

// lunar-javascript (a devDependency only: ~325 KB minified, far too big for the Apps Script bundle)
// computes the calendar astronomically from new moons and solar terms, independently of our
// table. It ships no types; these are the calls used here.
interface LjMonth { getMonth(): number; getDayCount(): number; getFirstJulianDay(): number }
const lj = require('lunar-javascript') as {
  LunarYear: { fromYear(y: number): { getMonthsInYear(): LjMonth[] } };
  Solar: { fromJulianDay(jd: number): { toYmd(): string } };
};

describe('the compact lunar table', () => {
  it('covers the lunar years 2000–2101 that festivals for plan years 2000–2100 need', () => {
    expect(FIRST_LUNAR_YEAR).toBe(2000);
    expect(LAST_LUNAR_YEAR).toBe(2101);
  });

  it('agrees month by month with an astronomical computation for every year', () => {
    const mismatches: string[] = [];
    for (let year = FIRST_LUNAR_YEAR; year <= LAST_LUNAR_YEAR; year++) {
      // lunar-javascript numbers a leap month negatively (-11 = 闰十一月).
      const theirs = lj.LunarYear.fromYear(year).getMonthsInYear().map((m) =>
        `${m.getMonth() < 0 ? '闰' : ''}${Math.abs(m.getMonth())}月 ${m.getDayCount()}天 ${lj.Solar.fromJulianDay(m.getFirstJulianDay()).toYmd()}`);
      const ours = lunarMonths(year).map((m) =>
        `${m.leap ? '闰' : ''}${m.month}月 ${m.days}天 ${lunarToIso(year, m.month, 1, m.leap)}`);
      if (ours.join(', ') !== theirs.join(', ')) mismatches.push(`${year}: ours ${ours.join(', ')}; theirs ${theirs.join(', ')}`);
    }
    expect(mismatches).toEqual([]);
  });
});
