import type { CellValue } from './workbook';
import { instantToWall, type WallParts } from './timeZone';
import { isDate } from './cellInput';

/** Is this Sheets/Excel number format a date or time format? */
export function isDateFormat(format: string): boolean {
  const bare = format.replace(/"[^"]*"|\\.|\[[^\]]*\]/g, '');
  return /[yd]|h|s|m(?![^;]*[#0])/i.test(bare) && !/^[#0.,%]*$/.test(bare) && !/General/i.test(bare);
}

/** What getDisplayValue() shows for a value under a number format, in the sheet's zone. */
export function displayValue(value: CellValue | undefined, format: string, tz: string): string {
  if (value === undefined || value === '') return '';
  if (typeof value === 'boolean') return value ? 'TRUE' : 'FALSE';
  if (typeof value === 'string') return value;
  if (isDate(value)) {
    const wall = instantToWall(value, tz);
    if (isDateFormat(format)) return formatWall(wall, format);
    const midnight = wall.h === 0 && wall.mi === 0 && wall.s === 0;
    return formatWall(wall, midnight ? 'yyyy-mm-dd' : 'yyyy-mm-dd hh:mm:ss');
  }
  if (format === '@' || format === 'General' || format === '') return generalNumber(value);
  if (isDateFormat(format)) {
    const t = Date.UTC(1899, 11, 30) + Math.round(value * 86_400_000);
    const d = new Date(t);
    return formatWall({ y: d.getUTCFullYear(), mo: d.getUTCMonth() + 1, d: d.getUTCDate(), h: d.getUTCHours(), mi: d.getUTCMinutes(), s: d.getUTCSeconds(), ms: d.getUTCMilliseconds() }, format);
  }
  return formatNumber(value, format);
}

/** Sheets' "Automatic" number display. */
export function generalNumber(n: number): string {
  if (Number.isInteger(n) && Math.abs(n) < 1e15) return String(n);
  if (Math.abs(n) >= 1e15 || (n !== 0 && Math.abs(n) < 1e-9)) {
    return n.toExponential(5).replace(/\.?0+e/, 'E').replace('E+', 'E+').replace(/e/, 'E');
  }
  return String(+n.toPrecision(10));
}

function formatNumber(n: number, format: string): string {
  const section = format.split(';')[n < 0 && format.includes(';') ? 1 : 0] ?? format;
  let core = '';
  let started = false;
  let suffix = '';
  let prefix = '';
  for (const tok of section.match(/"[^"]*"|\\.|\[[^\]]*\]|[#0?,.%]|./g) ?? []) {
    const lit = tok.startsWith('"') ? tok.slice(1, -1) : tok.startsWith('\\') ? tok.slice(1) : tok.startsWith('[') ? '' : null;
    if (lit === null && /[#0?,.%]/.test(tok)) {
      core += tok;
      started = true;
    } else {
      const text = lit ?? tok;
      if (started) suffix += text;
      else prefix += text;
    }
  }
  const percent = core.includes('%');
  const v = Math.abs(percent ? n * 100 : n);
  const dot = core.indexOf('.');
  const decimals = dot < 0 ? 0 : (core.slice(dot + 1).match(/[0#?]/g) ?? []).length;
  const minDecimals = dot < 0 ? 0 : (core.slice(dot + 1).match(/0/g) ?? []).length;
  let text = v.toFixed(decimals);
  if (decimals > minDecimals) text = text.replace(new RegExp(`0{1,${decimals - minDecimals}}$`), '').replace(/\.$/, '');
  const [int, frac] = text.split('.');
  const grouped = core.includes(',') ? int.replace(/\B(?=(\d{3})+(?!\d))/g, ',') : int;
  const sign = n < 0 && !format.includes(';') ? '-' : '';
  return `${sign}${prefix}${grouped}${frac !== undefined ? '.' + frac : ''}${percent ? '%' : ''}${suffix}`;
}

export const WEEKDAYS = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];
export const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

/** Formats a wall time with a Sheets date format ('yyyy-mm-dd', 'yyyy"年"m"月"d"日"', 'h:mm am/pm'). */
export function formatWall(w: WallParts, format: string): string {
  const tokens = format.match(/"[^"]*"|\\.|\[[^\]]*\]|yyyy|yy|mmmm|mmm|mm|m|dddd|ddd|dd|d|hh|h|ss|s|am\/pm|a\/p|\.0+|./gi) ?? [];
  const kinds = tokens.map((t) => t.toLowerCase());
  const twelve = kinds.some((k) => k === 'am/pm' || k === 'a/p');
  const isMinute = (i: number): boolean => {
    for (let j = i - 1; j >= 0; j--) {
      if (/^(hh?|ss?|yyyy|yy|dd?d?d?|mm?m?m?)$/.test(kinds[j])) return /^hh?$/.test(kinds[j]);
    }
    for (let j = i + 1; j < kinds.length; j++) {
      if (/^(hh?|ss?|yyyy|yy|dd?d?d?|mm?m?m?)$/.test(kinds[j])) return /^ss?$/.test(kinds[j]);
    }
    return false;
  };
  const pad = (n: number, l = 2) => String(n).padStart(l, '0');
  const hour = twelve ? ((w.h + 11) % 12) + 1 : w.h;
  const weekday = new Date(Date.UTC(2000, w.mo - 1, w.d)).getUTCDay();
  return tokens
    .map((tok, i) => {
      const k = kinds[i];
      if (tok.startsWith('"')) return tok.slice(1, -1);
      if (tok.startsWith('\\')) return tok.slice(1);
      if (tok.startsWith('[')) return '';
      switch (k) {
        case 'yyyy': return pad(w.y, 4);
        case 'yy': return pad(w.y % 100);
        case 'mmmm': return MONTHS[w.mo - 1];
        case 'mmm': return MONTHS[w.mo - 1].slice(0, 3);
        case 'mm': return isMinute(i) ? pad(w.mi) : pad(w.mo);
        case 'm': return isMinute(i) ? String(w.mi) : String(w.mo);
        case 'dddd': return WEEKDAYS[(weekday + 7) % 7];
        case 'ddd': return WEEKDAYS[(weekday + 7) % 7].slice(0, 3);
        case 'dd': return pad(w.d);
        case 'd': return String(w.d);
        case 'hh': return pad(hour);
        case 'h': return String(hour);
        case 'ss': return pad(w.s);
        case 's': return String(w.s);
        case 'am/pm': return w.h < 12 ? 'AM' : 'PM';
        case 'a/p': return w.h < 12 ? 'A' : 'P';
        default:
          if (/^\.0+$/.test(k)) return '.' + pad(w.ms, 3).slice(0, k.length - 1);
          return tok;
      }
    })
    .join('');
}
