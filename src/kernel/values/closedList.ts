import { halfWidth } from './halfWidth';
import { type Cell, cellText, isBlank } from './cell';

/**
 * Values of the closed-list columns as other systems spell them; compared in lower case after
 * halfWidth. Numeric 性别 codes (1/2) are deliberately absent: systems disagree on them, and a
 * wrong 性别 sends a 三八节 notice to the wrong people. README.md documents this table.
 */
export const VALUE_SYNONYMS: Readonly<Record<string, Readonly<Record<string, string>>>> = {
  性别: { 男性: '男', m: '男', male: '男', 女性: '女', f: '女', female: '女' },
  会员状态: {
    在职: '在册', 在岗: '在册', 正常: '在册', 在编: '在册',
    离退休: '退休', 已退休: '退休', 离休: '退休', 退休人员: '退休',
    离职: '离校', 调离: '离校', 调出: '离校', 已离校: '离校',
  },
};

export type ClosedListValue =
  | { readonly ok: true; readonly value: string }
  | { readonly ok: false; readonly reason: string };

/** A cell of a closed list (`allowed`) in its canonical spelling; blank → ''. */
export function readClosedList(header: string, allowed: readonly string[], v: Cell | undefined): ClosedListValue {
  if (v === undefined || isBlank(v)) return { ok: true, value: '' };
  const text = cellText(v);
  const key = halfWidth(text).trim().toLowerCase();
  const canonical = allowed.find((o) => o.toLowerCase() === key) ?? VALUE_SYNONYMS[header]?.[key];
  if (canonical) return { ok: true, value: canonical };
  const also = Object.keys(VALUE_SYNONYMS[header] ?? {});
  return { ok: false, reason: `“${text}”无法识别，应为 ${allowed.join('/')}${also.length ? `（也认 ${also.join('/')}）` : ''}` };
}
