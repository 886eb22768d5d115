// Decimal text → scaled integer, done on the digits themselves: a clerk's "0.145" must round to
// 0.15, which float arithmetic (0.145 * 100 = 14.499999…) would get wrong.
import { halfWidth } from './halfWidth';

/** Full-width digits, point, comma, minus, percent, space and the full-width yen sign as ASCII. */
export function toHalfWidth(s: string): string {
  return halfWidth(s).replace(/\uFFE5/g, '¥');
}

/**
 * A number typed into a cell as decimal text. Cells hold at most 15 significant digits, so the
 * 16th and later are float noise and dropped. null when too large to be written out plainly.
 */
export function numberText(n: number): string | null {
  if (!Number.isFinite(n)) return null;
  const s = String(+n.toPrecision(15));
  if (!s.includes('e')) return s;
  // Below 1e-6 String() switches to exponent form; toFixed(20) writes such tiny values out.
  return Math.abs(n) < 1 ? (+n.toPrecision(15)).toFixed(20) : null;
}

const DECIMAL = /^(\d{1,3}(?:,\d{3})+|\d+)(?:\.(\d+))?$/;

export interface Scaled {
  /** The value × 10^decimals, rounded half up. */
  readonly value: number;
  /** False when digits beyond `decimals` were rounded away. */
  readonly exact: boolean;
}

/**
 * Unsigned decimal text ('12345.6', '12,345.60') × 10^decimals, rounded half up.
 * null when the text is not such a number or the result is not a safe integer.
 */
export function scaleDecimal(text: string, decimals: number): Scaled | null {
  const m = DECIMAL.exec(text);
  if (!m) return null;
  const intPart = m[1].replace(/,/g, '');
  const digits = intPart + (m[2] ?? '');
  const point = intPart.length + decimals;
  const whole = digits.slice(0, point).padEnd(point, '0');
  const rest = digits.slice(point);
  const value = Number(whole) + (rest !== '' && rest[0] >= '5' ? 1 : 0);
  if (!Number.isSafeInteger(value)) return null;
  return { value, exact: /^0*$/.test(rest) };
}

/** Text scaleDecimal accepts in shape (it may still be too large). */
export function isDecimalText(text: string): boolean {
  return DECIMAL.test(text);
}
