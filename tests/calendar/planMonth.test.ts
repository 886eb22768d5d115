import { monthNumber, planMonth } from '../../src/calendar/planMonth';

describe('the clerk writes the month of a plan row', () => {
  it.each([
    ['二月', 2], ['2月', 2], ['2', 2], ['02', 2], ['十一月', 11], ['十二月', 12], ['一月', 1], ['十月', 10], [' 三 月 ', 3], ['12', 12], ['9月份', 9],
  ])('%s is month %i', (text, n) => {
    expect(monthNumber(text)).toBe(n);
  });

  it.each(['十三月', '13', '0', '春季', '', 'abc', '2.5'])('%s is not a month', (text) => {
    expect(monthNumber(text)).toBeNull();
  });
});

describe('the plan year runs from 计划起始月份 to the month before it next year', () => {
  it('puts the seed plan’s 一月 rows in January of the following year', () => {
    expect(planMonth(1, 2023, 2)).toEqual({ year: 2024, month: 1 });
    expect(planMonth(2, 2023, 2)).toEqual({ year: 2023, month: 2 });
    expect(planMonth(12, 2023, 2)).toEqual({ year: 2023, month: 12 });
  });

  it('keeps every month in the plan year when the plan starts in January', () => {
    expect(planMonth(1, 2023, 1)).toEqual({ year: 2023, month: 1 });
  });
});
