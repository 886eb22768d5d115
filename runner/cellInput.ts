import type { CellValue } from './workbook';
import { wallToInstant } from './timeZone';

/** What a written value becomes in the cell, as when a person types it into Sheets. */
export interface StoredInput {
  value?: CellValue;
  formula?: string;
  /** A number format Sheets picks by itself for what was typed (e.g. a date). */
  autoFormat?: string;
}

export const DATE_FORMAT = 'yyyy-mm-dd';
export const DATETIME_FORMAT = 'yyyy-mm-dd hh:mm:ss';
export const TIME_FORMAT = 'hh:mm:ss';

export function isDate(v: unknown): v is Date {
  // Works across vm realms, unlike instanceof.
  return Object.prototype.toString.call(v) === '[object Date]';
}

const NUMBER = /^[+-]?(?:\d+(?:\.\d*)?|\.\d+)(?:[eE][+-]?\d+)?$/;
const GROUPED = /^[+-]?\d{1,3}(?:,\d{3})+(?:\.\d*)?$/;
const DATE = /^(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})(?:[ T](\d{1,2}):(\d{2})(?::(\d{2}))?)?$/;
const CN_DATE = /^(\d{4})年(\d{1,2})月(\d{1,2})日$/;
const TIME = /^(\d{1,2}):(\d{2})(?::(\d{2}))?$/;

/**
 * Sheets parses what setValue/setValues/appendRow write like typed input (USER_ENTERED):
 * '00123' becomes the number 123 and '2023-06-22' a date — unless the cell is formatted as plain
 * text ('@'). A leading apostrophe forces text and is not kept; '=…' is a formula; a non-numeric
 * string starting with + or - is a formula that does not parse (#ERROR!).
 */
export function interpretInput(input: unknown, format: string, tz: string): StoredInput {
  if (input === null || input === undefined || input === '') return {};
  if (isDate(input)) {
    if (Number.isNaN(input.getTime())) return { value: String(input) };
    return { value: new Date(input.getTime()) };
  }
  if (typeof input === 'number') return Number.isFinite(input) ? { value: input } : { value: '#NUM!' };
  if (typeof input === 'boolean') return { value: input };
  const s = String(input);
  if (s.startsWith("'")) return s.length > 1 ? { value: s.slice(1) } : {};
  if (format === '@') return { value: s };
  if (s.startsWith('=') && s.length > 1) return { formula: s };
  const t = s.trim();
  const n = parseNumber(t);
  if (n !== null) return n;
  if (/^(true|false)$/i.test(t)) return { value: t.toUpperCase() === 'TRUE' };
  const d = parseDate(t, tz);
  if (d) return d;
  if (/^[+-]./.test(t)) return { formula: `=${t}`, value: '#ERROR!' };
  return { value: s };
}

function parseNumber(t: string): StoredInput | null {
  let s = t;
  let autoFormat: string | undefined;
  const currency = /^([+-]?)[$¥￥](.+)$/.exec(s);
  if (currency) {
    s = currency[1] + currency[2];
    autoFormat = '"¥"#,##0.00';
  }
  let percent = false;
  if (s.endsWith('%')) {
    percent = true;
    s = s.slice(0, -1);
    autoFormat = '0.00%';
  }
  if (GROUPED.test(s)) {
    s = s.replace(/,/g, '');
    autoFormat ??= '#,##0.00';
  }
  if (!NUMBER.test(s)) return null;
  const n = Number(s) / (percent ? 100 : 1);
  return autoFormat ? { value: n, autoFormat } : { value: n };
}

function parseDate(t: string, tz: string): StoredInput | null {
  const m = DATE.exec(t) ?? CN_DATE.exec(t);
  if (m) {
    const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
    const probe = new Date(Date.UTC(2000, mo - 1, d));
    if (mo < 1 || mo > 12 || d < 1 || probe.getUTCMonth() !== mo - 1) return null;
    if (mo === 2 && d === 29 && !(y % 4 === 0 && (y % 100 !== 0 || y % 400 === 0))) return null;
    const h = m[4] !== undefined ? Number(m[4]) : 0;
    const mi = m[5] !== undefined ? Number(m[5]) : 0;
    const s = m[6] !== undefined ? Number(m[6]) : 0;
    if (h > 23 || mi > 59 || s > 59) return null;
    return { value: wallToInstant({ y, mo, d, h, mi, s }, tz), autoFormat: m[4] !== undefined ? DATETIME_FORMAT : DATE_FORMAT };
  }
  const tm = TIME.exec(t);
  if (tm) {
    const [h, mi, s] = [Number(tm[1]), Number(tm[2]), Number(tm[3] ?? 0)];
    if (h > 23 || mi > 59 || s > 59) return null;
    // A time alone is a date-time on Sheets' epoch day, 1899-12-30.
    return { value: wallToInstant({ y: 1899, mo: 12, d: 30, h, mi, s }, tz), autoFormat: TIME_FORMAT };
  }
  return null;
}
