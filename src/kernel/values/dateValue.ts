import { type IsoDate, isoDate, isValidDate } from '../dates/isoDate';
import { halfWidth } from './halfWidth';
import { parseDateSpelling, parseDateText } from './parseDateText';
import { type Cell, cellText, isBlank, isWallClock } from './cell';

/**
 * The plan year a date written without a year belongs to: 6月20日 is in 计划年度, and a month
 * before 计划起始月份 (1月2日 with start 2) in 计划年度 + 1, as the 月份 column reads months.
 */
export interface PlanYearContext {
  readonly planYear: number;
  readonly planStartMonth: number;
}

/**
 * One date cell, read the same way by every feature. `day`: a calendar date (with the time of
 * day when the cell holds one, 'HH:mm'); `month`: only a year and a month were given
 * (出生年月 1985.03, 1985年2月), kept as 'YYYY-MM' and never turned into the 1st of the month.
 */
export type DateValue =
  | { readonly ok: true; readonly kind: 'blank' }
  | { readonly ok: true; readonly kind: 'day'; readonly date: IsoDate; readonly time: string | null }
  | { readonly ok: true; readonly kind: 'month'; readonly yearMonth: string; readonly month: number }
  | { readonly ok: false; readonly reason: string };

const MONTH_DAY = /^(\d{1,2})\s*月\s*(\d{1,2})\s*[日号]?$/;
// 1985.03 and 1985.3 alike: a year-month typed with a point (a number cell 1985.03 is the same text).
const YEAR_MONTH = /^(\d{4})\s*[-/.年]\s*(\d{1,2})\s*月?$/;

/**
 * Every spelling: date cells, Excel serial numbers, 2023-06-20, 2023/6/20, 2023.6.20, 20230620,
 * 2023年6月20日 (an optional 'HH:mm' may follow), full-width digits, 6月20日 (only with a plan
 * year), and the year-months 1985-03, 1985.03, 198503, 1985年2月.
 */
export function readDate(v: Cell | undefined, plan?: PlanYearContext): DateValue {
  if (v === undefined || isBlank(v)) return { ok: true, kind: 'blank' };
  if (isWallClock(v)) return { ok: true, kind: 'day', date: v.date, time: v.time === '00:00:00' ? null : v.time.slice(0, 5) };
  if (typeof v === 'boolean') return { ok: false, reason: `“${cellText(v)}”不是日期` };
  if (typeof v === 'number') {
    // A number cell showing 1985.03 arrives as 1985.03; 1985.1 cannot be told from 1985.10 and is refused below.
    const ym = /^(\d{4})\.(\d{2})$/.exec(cellText(v));
    if (ym && Number(ym[1]) >= 1900) return yearMonth(Number(ym[1]), Number(ym[2]), cellText(v));
    return fromSpelling(parseDateSpelling(v), v);
  }
  const text = halfWidth(v).trim();
  const timed = parseDateText(text);
  if (timed) return { ok: true, kind: 'day', date: timed.date, time: timed.time };
  const md = MONTH_DAY.exec(text);
  if (md) return monthDay(Number(md[1]), Number(md[2]), text, plan);
  const ym = YEAR_MONTH.exec(text);
  if (ym) return yearMonth(Number(ym[1]), Number(ym[2]), text);
  return fromSpelling(parseDateSpelling(text), v);
}

/** A date where a day is needed (plan dates, pick-up dates, payment dates): a year-month is refused. */
export function readFullDate(v: Cell | undefined, plan?: PlanYearContext): DateValue {
  const d = readDate(v, plan);
  if (d.ok && d.kind === 'month') return { ok: false, reason: `“${cellText(v)}”只有年月，缺少日（例如 ${d.yearMonth}-20）` };
  // Words (下周一, 十一月) get the plain example of the dates these columns hold.
  if (!d.ok && typeof v === 'string' && !/\d/.test(halfWidth(v))) return { ok: false, reason: `“${cellText(v)}”不是有效日期（例如 2023-06-20）` };
  return d;
}

/** The birth month a birthday quarter needs, from either precision; null when unknown. */
export function monthOf(d: DateValue): number | null {
  if (!d.ok || d.kind === 'blank') return null;
  return d.kind === 'month' ? d.month : Number(d.date.slice(5, 7));
}

/** How precise a reading is, for "never replace a full date by a year-month". */
export function precisionOf(d: DateValue): number {
  return !d.ok || d.kind === 'blank' ? 0 : d.kind === 'month' ? 1 : 2;
}

/** Whether `finer` (a full date) agrees with `coarser` (a year-month) on the year and month. */
export function refines(finer: DateValue, coarser: DateValue): boolean {
  return finer.ok && finer.kind === 'day' && coarser.ok && coarser.kind === 'month' && finer.date.slice(0, 7) === coarser.yearMonth;
}

function monthDay(month: number, day: number, shown: string, plan: PlanYearContext | undefined): DateValue {
  if (!plan) return { ok: false, reason: `“${shown}”缺少年份（例如 2023-06-20）` };
  const year = month < plan.planStartMonth ? plan.planYear + 1 : plan.planYear;
  if (!isValidDate(year, month, day)) return { ok: false, reason: `“${shown}”不是有效日期` };
  return { ok: true, kind: 'day', date: isoDate(year, month, day), time: null };
}

function yearMonth(year: number, month: number, shown: string): DateValue {
  if (year < 1900 || !isValidDate(year, month, 1)) return { ok: false, reason: `“${shown}”不是有效的年月` };
  return { ok: true, kind: 'month', yearMonth: `${year}-${String(month).padStart(2, '0')}`, month };
}

function fromSpelling(d: ReturnType<typeof parseDateSpelling>, v: Cell): DateValue {
  if (!d.ok) return d;
  if (d.precision === 'month') return yearMonth(Number(d.date.slice(0, 4)), Number(d.date.slice(5, 7)), cellText(v));
  return { ok: true, kind: 'day', date: d.date, time: null };
}
