import { type Cell, cellText, isWallClock } from './cell';

export type TextRead = { ok: true; text: string } | { ok: false; reason: string };

/**
 * 工号 and 手机 are identifiers written with digits, not quantities: they are kept as text.
 * A number cell becomes its integer digits (13812345678 → '13812345678', never 1.38E+10).
 * Text in scientific notation means Excel already rounded the digits away before the export,
 * so the true value is gone and the clerk must re-export with the column formatted as text.
 */
export function numberText(v: Cell, what: string): TextRead {
  if (isWallClock(v)) return { ok: false, reason: `${what}是日期“${cellText(v)}”，应为文本` };
  if (typeof v === 'number') {
    if (Number.isSafeInteger(v)) return { ok: true, text: String(v) };
    return { ok: false, reason: `${what}“${cellText(v)}”不是整数，请在原表中把该列设为文本后重新导出` };
  }
  const text = cellText(v);
  if (/^[+-]?\d+(\.\d+)?e[+-]?\d+$/i.test(text)) {
    return { ok: false, reason: `${what}“${text}”已被 Excel 变成科学计数法，原来的数字已丢失；请在原表中把该列设为文本、恢复号码后重新导出` };
  }
  return { ok: true, text };
}
