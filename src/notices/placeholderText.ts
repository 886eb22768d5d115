import { chineseDate } from '../kernel/dates/isoDate';
import { type Cell, cellText, isWallClock } from '../kernel/values/cell';

/** How a cell reads inside a notice: dates as 2023年6月20日 (with HH:mm when a time is set). */
export function placeholderText(value: Cell): string {
  if (isWallClock(value)) {
    const day = chineseDate(value.date);
    return value.time === '00:00:00' ? day : `${day} ${value.time.slice(0, 5)}`;
  }
  if (typeof value === 'boolean') return value ? '是' : '否';
  return cellText(value);
}
