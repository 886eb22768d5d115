import { addDays, isoDate, type IsoDate } from './isoDate';
import { festivals, FIRST_FESTIVAL_YEAR, LAST_FESTIVAL_YEAR } from './festivals';

// The days off that the law itself fixes (全国年节及纪念日放假办法, as revised for 2025 on), used
// for years that have no official schedule yet. The yearly notice adds bridge days and 调休
// Saturdays/Sundays, which no rule predicts. 清明 is left out: it follows a solar term that the
// lunar table does not carry, and no campaign window comes near April.
export function statutoryHolidays(year: number): ReadonlySet<IsoDate> {
  const days = new Set<IsoDate>([
    isoDate(year, 1, 1),
    isoDate(year, 5, 1),
    isoDate(year, 5, 2),
    isoDate(year, 10, 1),
    isoDate(year, 10, 2),
    isoDate(year, 10, 3),
  ]);
  if (year >= FIRST_FESTIVAL_YEAR && year <= LAST_FESTIVAL_YEAR) {
    const f = festivals(year);
    for (let i = -1; i <= 2; i++) days.add(addDays(f.春节, i)); // 除夕 to 初三
    days.add(f.端午);
    days.add(f.中秋);
  }
  return days;
}
