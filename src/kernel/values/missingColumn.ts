import type { Problem } from '../problem';
import { headerKey, namesFor } from './headerNames';

/**
 * A required column the sheet lacks, said so that the clerk can fix it: the sheet, the missing
 * column, the headers that are there, and the header that probably meant it (a synonym such as
 * 电子邮箱 for 邮箱, or a header differing only in spaces or case).
 */
export function missingColumn(sheet: string, column: string, found: readonly string[], headerRow = 1): Problem {
  const names = new Set(namesFor(column).map(headerKey));
  const guess = found.find((h) => h !== '' && names.has(headerKey(h)));
  const listed = found.filter((h) => h !== '');
  return {
    sheet,
    row: headerRow,
    column,
    message: `缺少表头“${column}”` +
      (guess ? `；是不是“${guess}”？请把它改为“${column}”` : '') +
      `（表头行现有：${listed.length ? listed.join('、') : '无'}）`,
  };
}
