import { halfWidth } from './halfWidth';
import { numberText } from './numberText';
import { type Cell, cellText, isBlank, isFormulaError } from './cell';

export type MemberIdValue =
  | { readonly ok: true; readonly id: string }
  | { readonly ok: false; readonly reason: string };

/**
 * 工号 is text: a number cell (Excel dropped the zeros of 001051) becomes its digits, '' when
 * blank. A formula's error or a number Excel rounded to scientific notation is no 工号.
 */
export function readMemberId(v: Cell | undefined): MemberIdValue {
  if (v === undefined || isBlank(v)) return { ok: true, id: '' };
  if (isFormulaError(v)) return { ok: false, reason: `单元格显示公式错误“${cellText(v)}”，不是工号；请改正公式或直接填写工号` };
  const t = numberText(v, '工号');
  return t.ok ? { ok: true, id: halfWidth(t.text).trim() } : t;
}

/** The form two 工号 are compared in: 001051 and 1051 are one person to a duplicate check. */
export function memberIdKey(id: string): string {
  return /^\d+$/.test(id) ? id.replace(/^0+(?=\d)/, '') : id;
}

/**
 * The width of the roster's 工号 when they are all digits of one length and zero-padded (at
 * least one starts with 0); null otherwise, and then no 工号 is ever padded.
 */
export function fixedIdWidth(ids: Iterable<string>): number | null {
  let width: number | null = null;
  let padded = false;
  for (const id of ids) {
    if (id === '') continue;
    if (!/^\d+$/.test(id) || (width !== null && id.length !== width)) return null;
    width = id.length;
    padded ||= id.startsWith('0');
  }
  return padded ? width : null;
}

/** 1051 → 001051 when the roster's 工号 are 6 digits wide; anything else unchanged. */
export function alignMemberId(id: string, width: number | null): string {
  return width !== null && /^\d+$/.test(id) && id.length < width ? id.padStart(width, '0') : id;
}
