import type { Fen } from './fen';

// Clerks type amounts every way Chinese spreadsheets allow: 12345.6, 12,345.60, ¥12,345,
// full-width digits, 1.2万. Parsing is done on the decimal text, never with float arithmetic,
// so 0.1 + 0.2 problems cannot reach the fen.

export type AmountResult = { ok: true; fen: Fen } | { ok: false; reason: string };

const FULL_WIDTH = /[\uFF10-\uFF19\uFF0E\uFF0C\uFF0D\uFFE5]/g;

function toHalfWidth(s: string): string {
  return s.replace(FULL_WIDTH, (c) => {
    const code = c.charCodeAt(0);
    if (code >= 0xff10 && code <= 0xff19) return String.fromCharCode(code - 0xff10 + 48);
    return ({ '\uFF0E': '.', '\uFF0C': ',', '\uFF0D': '-', '\uFFE5': '¥' } as Record<string, string>)[c];
  });
}

/** Decimal text 'd+(.d+)?' times 10^shift, rounded half up to an integer. */
function decimalToFen(intPart: string, fracPart: string, shift: number): number {
  const digits = intPart + fracPart;
  const point = intPart.length + shift;
  const whole = digits.slice(0, Math.max(point, 0)).padEnd(point, '0') || '0';
  const rest = point >= 0 ? digits.slice(point) : '0'.repeat(-point) + digits;
  let n = Number(whole);
  if (rest.length > 0 && rest[0] >= '5') n += 1;
  return n;
}

export function parseAmount(value: unknown): AmountResult {
  if (typeof value === 'number') {
    if (!Number.isFinite(value)) return { ok: false, reason: '不是有效的金额' };
    // Numbers typed into a cell carry at most 15 significant digits.
    return parseAmount(String(+value.toPrecision(15)));
  }
  if (typeof value !== 'string') return { ok: false, reason: '不是有效的金额' };
  let s = toHalfWidth(value).trim().replace(/\s+/g, '');
  if (s === '') return { ok: false, reason: '金额为空' };
  let negative = false;
  if (s.startsWith('-')) {
    negative = true;
    s = s.slice(1);
  }
  s = s.replace(/^[¥￥]/, '').replace(/元$/, '');
  let shift = 2;
  if (s.endsWith('万')) {
    shift = 6;
    s = s.slice(0, -1);
  }
  const m = /^(\d{1,3}(?:,\d{3})+|\d+)(?:\.(\d+))?$/.exec(s);
  if (!m) return { ok: false, reason: `“${value}”不是有效的金额` };
  const fenValue = decimalToFen(m[1].replace(/,/g, ''), m[2] ?? '', shift);
  if (!Number.isSafeInteger(fenValue)) return { ok: false, reason: `“${value}”金额过大` };
  return { ok: true, fen: (negative ? -fenValue : fenValue) as Fen };
}
