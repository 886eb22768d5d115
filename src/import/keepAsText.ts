import { escapeFormula } from '../kernel/values/formulaEscape';

// Sheets turns a written string that looks like a number or a date into one: '001001' loses its
// zeros and a 18-digit 身份证号 its last digits. The apostrophe Sheets itself uses keeps such text
// as typed (and, like Sheets, the runner strips it on read). Over-escaping costs nothing visible.
const NUMBER_OR_DATE_LIKE = /^(?=.*\d)[\d\s.,:/%¥$()年月日eE+-]+$/;

/** A value about to be written into a text column, formula-escaped and kept as text. */
export function keepAsText<T>(value: T): T | string {
  const escaped = escapeFormula(value);
  if (escaped !== value || typeof value !== 'string') return escaped;
  return NUMBER_OR_DATE_LIKE.test(value) ? `'${value}` : value;
}
