import { type Cell, isWallClock } from '../values/cell';
import type { ColumnKind, ColumnSpec, SheetSpec } from './schema';

/** One sheet 初始化工作簿 creates or fills. */
export interface SheetSetup {
  readonly spec: SheetSpec;
  /** false: the sheet exists but is empty, so it is filled in place. */
  readonly create: boolean;
  /** Header row first. */
  readonly values: Cell[][];
}

export const DATE_FORMAT = 'yyyy-mm-dd';
export const DATETIME_FORMAT = 'yyyy-mm-dd hh:mm';

/**
 * How a tool-created column looks: the number format that keeps the clerk's values intact and
 * reads the same in Sheets, Excel, WPS and LibreOffice.
 */
export function numberFormatFor(column: ColumnSpec): string {
  const formats: Record<ColumnKind, string> = {
    // '@' keeps 工号 '001024' and 手机 '13812345678' as text (no lost zeros, no 1.38E+10).
    text: '@',
    date: DATE_FORMAT,
    datetime: DATETIME_FORMAT,
    money: '#,##0.00',
    number: '0',
    // 比例(%) holds the percentage itself (10 = 10%). Excel shows '0.##' as "10." for a whole
    // number, and a '%' format would show 10 as 1000%; '0.0###' shows 10.0 and 12.5 everywhere.
    percent: '0.0###',
  };
  return formats[column.kind];
}

/**
 * Per-cell formats of a date column's rows written with the sheet (header excluded), when some
 * hold a time (a plan item from 09:00 to 11:30): those show it, the all-day ones stay dates.
 * null when the column's own format fits every row, so no extra call is made.
 */
export function timedCellFormats(column: ColumnSpec, rows: readonly (Cell | undefined)[]): string[][] | null {
  if (column.kind !== 'date') return null;
  const timed = (v: Cell | undefined) => isWallClock(v) && v.time !== '00:00:00';
  if (!rows.some(timed)) return null;
  return rows.map((v) => [timed(v) ? DATETIME_FORMAT : DATE_FORMAT]);
}
