import { birthdayWindow, festivalWindow } from '../../../src/kernel/dates/pickupWindow';
import { workingDays } from '../../../src/kernel/dates/workingDays';
import { festivals } from '../../../src/kernel/dates/festivals';
import { addDays } from '../../../src/kernel/dates/isoDate';
import { OFFICIAL_SCHEDULES } from '../../../src/kernel/dates/officialHolidays';

const status = workingDays([]);
const { 2027: _notice2027, ...withoutNotice2027 } = OFFICIAL_SCHEDULES;

describe('festival pick-up windows', () => {
  it('closes 中秋 2023 the day before the 8-day 中秋国庆 holiday began', () => {
    // 中秋 was Friday 09-29 and the holiday ran 09-29 to 10-06.
    expect(festivalWindow('2023-09-29', 10, status)).toEqual({ start: '2023-09-19', end: '2023-09-28', sendOn: '2023-09-18' });
  });

  it('counts the 调休 Sunday before 春节 2024 as a working day', () => {
    expect(festivalWindow('2024-02-10', 10, status)).toEqual({ start: '2024-01-31', end: '2024-02-09', sendOn: '2024-01-30' });
    // Six days before is Sunday 02-04, a make-up working day: the window may open on it, and the
    // notice goes out on Friday 02-02, the working day before.
    expect(festivalWindow('2024-02-10', 6, status)).toEqual({ start: '2024-02-04', end: '2024-02-09', sendOn: '2024-02-02' });
  });

  it('ends before the weekend that leads into a Monday festival (端午 2024)', () => {
    expect(festivalWindow('2024-06-10', 10, status)).toMatchObject({ end: '2024-06-07' });
  });

  it('may end on a 调休 Saturday right before a long holiday (春节 2026)', () => {
    expect(festivalWindow('2026-02-17', 10, status)).toEqual({ start: '2026-02-09', end: '2026-02-14', sendOn: '2026-02-06' });
  });

  it('shrinks to the last working day when the holiday swallows the whole span', () => {
    expect(festivalWindow('2026-02-17', 1, status)).toEqual({ start: '2026-02-14', end: '2026-02-14', sendOn: '2026-02-13' });
  });

  it('works on the fallback for a year without a notice (端午 2027, a Wednesday)', () => {
    const fallback = workingDays([], withoutNotice2027);
    expect(festivalWindow('2027-06-09', 10, fallback)).toEqual({ start: '2027-05-31', end: '2027-06-08', sendOn: '2027-05-28' });
  });

  it('always starts, ends and sends on working days, before the festival, in every year with a notice', () => {
    for (let year = 2021; year <= 2026; year++) {
      const f = festivals(year);
      for (const day of [f.春节, f.三八, f.端午, f.中秋, f.元旦]) {
        for (const days of [3, 10, 20]) {
          const w = festivalWindow(day, days, status);
          expect([status(w.start).working, status(w.end).working, status(w.sendOn).working]).toEqual([true, true, true]);
          expect(w.sendOn < w.start && w.start <= w.end && w.end < day).toBe(true);
          // No day off between the end and the festival holiday: the window ends right before it.
          for (let d = addDays(w.end, 1); d < day; d = addDays(d, 1)) expect(status(d).working).toBe(false);
        }
      }
    }
  });
});

describe('birthday pick-up windows', () => {
  it('uses the second half of the distribution month', () => {
    expect(birthdayWindow(2025, 6, status)).toEqual({ start: '2025-06-16', end: '2025-06-30', sendOn: '2025-06-13' });
  });

  it('moves to working days: September 2023 ends before 中秋 and opens on Monday the 18th', () => {
    expect(birthdayWindow(2023, 9, status)).toEqual({ start: '2023-09-18', end: '2023-09-28', sendOn: '2023-09-15' });
  });
});
