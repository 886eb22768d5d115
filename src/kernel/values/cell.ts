import type { IsoDate } from '../dates/isoDate';

/**
 * A date-time cell as the clerk sees it: wall-clock date and time in the spreadsheet's time
 * zone. The Apps Script adapter converts Date values to this at the edge (and back on write),
 * so nothing past src/gas ever handles a Date instant.
 */
export interface WallClock {
  readonly kind: 'wallclock';
  readonly date: IsoDate;
  /** 'HH:mm:ss' */
  readonly time: string;
}

export type Cell = string | number | boolean | WallClock;

export function wallClock(date: IsoDate, time = '00:00:00'): WallClock {
  return { kind: 'wallclock', date, time };
}

export function isWallClock(v: unknown): v is WallClock {
  return typeof v === 'object' && v !== null && (v as WallClock).kind === 'wallclock';
}

export function isBlank(v: Cell | undefined): boolean {
  return v === undefined || v === '' || (typeof v === 'string' && v.trim() === '');
}

/** Text as the clerk typed it (numbers without float noise). */
export function cellText(v: Cell | undefined): string {
  if (v === undefined) return '';
  if (typeof v === 'string') return v.trim();
  if (typeof v === 'number') return Number.isInteger(v) ? String(v) : String(+v.toPrecision(15));
  if (typeof v === 'boolean') return v ? 'TRUE' : 'FALSE';
  return v.time === '00:00:00' ? v.date : `${v.date} ${v.time.slice(0, 5)}`;
}

// What getValues() returns for a cell whose formula failed: text, so it must be told apart.
const FORMULA_ERROR = /^#(N\/A|REF!|VALUE!|DIV\/0!|NAME\?|NUM!|NULL!|ERROR!|SPILL!|CALC!|GETTING_DATA)$/;

/** A formula's error shown in the cell (#N/A, #REF!, …), never a value the clerk meant. */
export function isFormulaError(v: Cell | undefined): v is string {
  return typeof v === 'string' && FORMULA_ERROR.test(v.trim());
}
