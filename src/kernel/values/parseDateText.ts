import { type IsoDate, addDays, isoDate, isValidDate } from '../dates/isoDate';
import { halfWidth } from './halfWidth';

/**
 * A date typed as text: 2023-06-20, 2023/6/20, 2023.06.20, 2023年6月20日 (an optional time
 * 'HH:mm' may follow). Returns null when the text is not such a date.
 */
export function parseDateText(text: string): { date: IsoDate; time: string | null } | null {
  const m = /^\s*(\d{4})\s*[-/.年]\s*(\d{1,2})\s*[-/.月]\s*(\d{1,2})\s*日?\s*(?:[T\s]\s*(\d{1,2})[:：](\d{2})(?::(\d{2}))?)?\s*$/.exec(text);
  if (!m) return null;
  const [year, month, day] = [Number(m[1]), Number(m[2]), Number(m[3])];
  if (!isValidDate(year, month, day)) return null;
  if (m[4] === undefined) return { date: isoDate(year, month, day), time: null };
  const hour = Number(m[4]);
  const minute = Number(m[5]);
  if (hour > 23 || minute > 59) return null;
  return { date: isoDate(year, month, day), time: `${String(hour).padStart(2, '0')}:${m[5]}` };
}

/**
 * A date as other systems export it. `month` precision means the source only gave a year and
 * a month (出生年月 198503, 1985年3月) and the date is the 1st: the caller says so to the clerk.
 */
export type DateSpelling =
  | { ok: true; date: IsoDate; precision: 'day' | 'month' }
  | { ok: false; reason: string };

const EXAMPLES = '例如 1985-03-07、1985/3/7、1985年3月7日、19850307';

/**
 * Every spelling HR exports and hand-kept sheets use: the separated forms above, 19850307,
 * 198503 / 1985-03 / 1985年3月 (year and month only), full-width digits, and Excel serial
 * numbers (a date cell saved as a number: 31113 = 1985-03-07). A number of 6 or 8 digits is
 * read as YYYYMM / YYYYMMDD first, since that is what a clerk typing 19850307 produced; a
 * bare year (1985, or the number 1985.1 Excel made of 1985.10) is refused, not guessed.
 * Pure: no Date instant is made, so the process time zone cannot shift a day.
 */
export function parseDateSpelling(value: string | number): DateSpelling {
  if (typeof value === 'number') return dateFromNumber(value, String(value));
  const text = halfWidth(value).trim();
  if (text === '') return { ok: false, reason: '日期为空' };
  const full = parseDateText(text);
  if (full) return { ok: true, date: full.date, precision: 'day' };
  const ym = /^(\d{4})\s*[-/.年]\s*(\d{1,2})\s*月?$/.exec(text);
  if (ym) return yearMonth(Number(ym[1]), Number(ym[2]), value.trim());
  if (/^\d+(\.\d+)?$/.test(text)) return dateFromNumber(Number(text), value.trim());
  return { ok: false, reason: `“${value.trim()}”不是可识别的日期（${EXAMPLES}）` };
}

function dateFromNumber(n: number, shown: string): DateSpelling {
  // Serials 1900–2099 are days of 1905 no roster holds; such a number is a year someone typed.
  if (n >= 1900 && n < 2100) {
    return Number.isInteger(n)
      ? { ok: false, reason: `“${shown}”只有年份，缺少月和日` }
      : { ok: false, reason: `“${shown}”是数字，看不出是几月（1985.1 可能是 1 月也可能是 10 月），请写成 1985-01-01 这样的日期` };
  }
  if (Number.isInteger(n) && n >= 19000101 && n <= 29991231) {
    const year = Math.floor(n / 10000);
    const month = Math.floor(n / 100) % 100;
    const day = n % 100;
    if (isValidDate(year, month, day)) return { ok: true, date: isoDate(year, month, day), precision: 'day' };
    return { ok: false, reason: `“${shown}”不是有效日期（按 年年年年月月日日 读作 ${year}年${month}月${day}日）` };
  }
  if (Number.isInteger(n) && n >= 190001 && n <= 299912) return yearMonth(Math.floor(n / 100), n % 100, shown);
  const serial = excelSerialDate(n);
  if (serial) return { ok: true, date: serial, precision: 'day' };
  return { ok: false, reason: `“${shown}”不是可识别的日期（${EXAMPLES}）` };
}

function yearMonth(year: number, month: number, shown: string): DateSpelling {
  if (year < 1900 || !isValidDate(year, month, 1)) return { ok: false, reason: `“${shown}”不是有效的年月` };
  return { ok: true, date: isoDate(year, month, 1), precision: 'month' };
}

/**
 * An Excel serial day number (the 1900 date system every Chinese Excel and WPS uses) as a date;
 * a time-of-day fraction is dropped. Serial 60 is Excel's fictitious 1900-02-29, so serials up to
 * it count from 1899-12-31 and later ones from 1899-12-30. Only 1900-01-01 … 2173-10-14
 * (serial 1 … 99999) are accepted: anything larger is not a date a roster holds.
 */
export function excelSerialDate(serial: number): IsoDate | null {
  if (!Number.isFinite(serial) || serial < 1 || serial >= 100000) return null;
  const day = Math.floor(serial);
  if (day === 60) return null;
  return day < 60 ? addDays(isoDate(1899, 12, 31), day) : addDays(isoDate(1899, 12, 30), day);
}
