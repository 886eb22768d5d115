import type { Fen } from './fen';
import { isDecimalText, numberText, scaleDecimal, toHalfWidth } from './decimalText';

// Clerks type amounts every way Chinese spreadsheets allow: 12345.6, 12,345.60, ¥12,345,
// full-width digits, 1.2万, 500元. Parsing is done on the decimal text, never with float
// arithmetic, so 0.1 + 0.2 problems cannot reach the fen. Sub-fen digits are rounded half up.
// A sign is accepted here; whether a negative amount makes sense is the caller's rule.

export type AmountResult = { ok: true; fen: Fen } | { ok: false; reason: string };

export function parseAmount(value: unknown): AmountResult {
  if (typeof value === 'number') {
    const text = numberText(value);
    if (text === null) return { ok: false, reason: Number.isFinite(value) ? `“${value}”金额过大` : '不是有效的金额' };
    return parseAmount(text);
  }
  if (typeof value !== 'string') return { ok: false, reason: '不是有效的金额' };
  // Spaces may sit around the sign, the currency and the units, never between digits:
  // "1 2" is a typo, not twelve.
  let s = toHalfWidth(value).trim();
  if (s === '') return { ok: false, reason: '金额为空' };
  let negative = false;
  if (s.startsWith('-')) {
    negative = true;
    s = s.slice(1).trimStart();
  }
  s = s.replace(/^¥\s*/, '').replace(/\s*元$/, '');
  let decimals = 2;
  if (s.endsWith('万')) {
    decimals = 6;
    s = s.slice(0, -1).trimEnd();
  }
  const scaled = scaleDecimal(s, decimals);
  if (scaled !== null) return { ok: true, fen: (negative && scaled.value !== 0 ? -scaled.value : scaled.value) as Fen };
  if (isDecimalText(s)) return { ok: false, reason: `“${value}”金额过大` };
  if (/^[\d,]+(\.\d+)?$/.test(s)) return { ok: false, reason: `“${value}”的千分位逗号位置不对` };
  return { ok: false, reason: `“${value}”不是有效的金额` };
}
