import { addDays, chineseDate, daysInMonth, firstOfNextMonth, isValidDate, isWeekend, lastDayOfMonth, weekday } from '../../../src/kernel/dates/isoDate';
import { runInTimeZone } from '../../support/runInTimeZone';

// The calendar walk a plan year needs: month and year ends, leap days, weekends, and the way
// notices write a date.
const walk = `
  import { addDays, chineseDate, firstOfNextMonth, isWeekend, lastDayOfMonth, weekday } from './src/kernel/dates/isoDate';
  report({
    forward: [addDays('2023-12-31', 1), addDays('2024-02-28', 1), addDays('2011-12-29', 1), addDays('2024-03-31', -31)],
    weekdays: [weekday('2024-06-10'), weekday('2011-12-30'), isWeekend('2024-06-08'), isWeekend('2024-06-10')],
    months: [firstOfNextMonth(2024, 12), firstOfNextMonth(2024, 2), lastDayOfMonth(2024, 2), lastDayOfMonth(2023, 2)],
    written: chineseDate('2023-06-20'),
  });`;

describe('calendar dates', () => {
  it('moves across month ends, year ends and leap days', () => {
    expect(addDays('2023-12-31', 1)).toBe('2024-01-01');
    expect(addDays('2024-02-28', 1)).toBe('2024-02-29');
    expect(addDays('2024-03-01', -1)).toBe('2024-02-29');
    expect(addDays('2023-03-01', -1)).toBe('2023-02-28');
    expect(addDays('1899-12-30', 45000)).toBe('2023-03-15');
    expect(firstOfNextMonth(2024, 12)).toBe('2025-01-01');
    expect(lastDayOfMonth(2024, 2)).toBe('2024-02-29');
    expect(daysInMonth(2100, 2)).toBe(28);
    expect([isValidDate(2024, 2, 29), isValidDate(2023, 2, 29), isValidDate(2024, 13, 1)]).toEqual([true, false, false]);
  });

  it('knows weekends and writes dates the way notices do', () => {
    expect(weekday('2024-06-10')).toBe(1);
    expect([isWeekend('2024-06-08'), isWeekend('2024-06-09'), isWeekend('2024-06-10')]).toEqual([true, true, false]);
    expect(chineseDate('2023-06-20')).toBe('2023年6月20日');
    expect(chineseDate('2024-01-05')).toBe('2024年1月5日');
  });

  it('gives the same days whatever the time zone of the process, even one that skipped a day', () => {
    // Pacific/Apia skipped 2011-12-30 when it crossed the date line; the plan's calendar did not.
    const results = ['Asia/Shanghai', 'Pacific/Apia', 'America/Sao_Paulo'].map((zone) => runInTimeZone(zone, walk).value);
    expect(results[0]).toEqual({
      forward: ['2024-01-01', '2024-02-29', '2011-12-30', '2024-02-29'],
      weekdays: [1, 5, true, false],
      months: ['2025-01-01', '2024-03-01', '2024-02-29', '2023-02-28'],
      written: '2023年6月20日',
    });
    expect(results[1]).toEqual(results[0]);
    expect(results[2]).toEqual(results[0]);
  });
});
