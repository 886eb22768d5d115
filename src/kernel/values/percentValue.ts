import { numberText, scaleDecimal, toHalfWidth } from './decimalText';
import { type Cell, cellText, isBlank } from './cell';

/** Parts per million: 60% is 600,000. */
export const PERCENT_SCALE = 1_000_000;

export type PercentValue =
  | { readonly ok: true; readonly rate: number | null; readonly warning?: string }
  | { readonly ok: false; readonly reason: string };

/**
 * A 比例 cell as the clerk sees it. A cell formatted as percent (its number format holds %)
 * shows 60% and holds 0.6: it means 60%, as Excel shows it. Otherwise the number is the
 * percentage itself (the column is headed 比例(%)): 60 → 60%, and text 60% or ６０％ too.
 * At most 4 decimals of a percent; 0–100%. Blank → rate null.
 */
export function readPercent(v: Cell | undefined, numberFormat = ''): PercentValue {
  if (v === undefined || isBlank(v)) return { ok: true, rate: null };
  const percentFormat = typeof v === 'number' && numberFormat.includes('%');
  const text = typeof v === 'number'
    ? numberText(percentFormat ? v * 100 : v)
    : typeof v === 'string' ? toHalfWidth(v).trim().replace(/\s*%$/, '') : null;
  const scaled = text === null ? null : scaleDecimal(text, 4);
  if (scaled === null) {
    const negative = text !== null && /^-/.test(text) && scaleDecimal(text.slice(1), 4) !== null;
    return { ok: false, reason: negative ? '比例不能为负数' : `“${cellText(v)}”不是有效的比例，请填写如 60 表示 60%` };
  }
  if (!scaled.exact) return { ok: false, reason: '比例最多保留 4 位小数' };
  if (scaled.value > 100 * 10_000) return { ok: false, reason: `比例 ${percentText(scaled.value)}% 超过 100%` };
  if (typeof v === 'number' && !percentFormat && v > 0 && v < 1) {
    // An unformatted 0.6 may be a percent pasted as its value: say which reading is used.
    return { ok: true, rate: scaled.value, warning: `比例按 ${percentText(scaled.value)}% 计算；如果本意是 ${percentText(scaled.value * 100)}%，请填写 ${percentText(scaled.value * 100)}` };
  }
  return { ok: true, rate: scaled.value };
}

/** 600000 → '60', 125000 → '12.5'. */
export function percentText(rate: number): string {
  return String(rate / 10_000);
}
