// The height of a row the tool wrote wrapped text into. Sheets fits such a row to its text by
// itself; Excel stores the fitted height in the file (<row ht="45"> without customHeight, fitted
// again when a cell is edited), and LibreOffice shows a row at the stored height: without one, a
// wrapped 正文 or 工作内容 shows a single line. So the writer stores the height Excel would.
import type { MemorySheet } from '../workbook';
import { attrs, removeAttr, setAttr } from './xml';
import { pxToExcel } from './sheetRead';

/** Points per line of 11-point text (the default row height of a new sheet). */
const LINE_POINTS = 15;
/** A new sheet's column width in pixels (8.43 characters). */
const DEFAULT_COLUMN_PX = 64;
/** Rendered in Excel or LibreOffice, a CJK or full-width character is about 1.6 digit widths. */
const WIDE = /[\u1100-\u115f\u2018-\u201d\u2e80-\ua4cf\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6]/;

function units(text: string): number {
  let n = 0;
  for (const ch of text) n += WIDE.test(ch) ? 1.6 : 1;
  return n;
}

/** Lines a text takes in a column of `px` pixels when wrapped (each line break starts a new one). */
export function wrappedLines(text: string, px: number): number {
  const perLine = Math.max(1, pxToExcel(px));
  return text.split(/\r?\n/).reduce((sum, para) => sum + Math.max(1, Math.ceil(units(para) / perLine)), 0);
}

/** Lines the tallest wrapped cell of a row needs (1 when none needs more). */
export function rowLines(sheet: MemorySheet, r: number, wrapped: readonly number[]): number {
  let lines = 1;
  for (const c of wrapped) {
    const v = sheet.values.get(r, c);
    if (typeof v === 'string' && v !== '') lines = Math.max(lines, wrappedLines(v, sheet.columnWidths.get(c) ?? DEFAULT_COLUMN_PX));
  }
  return lines;
}

/** The row's start tag fitted to `lines`; a height the clerk set (customHeight) stays hers. */
export function fittedRowTag(tag: string, lines: number): string {
  const a = attrs(tag);
  if (a.customHeight !== undefined && /^(1|true)$/.test(a.customHeight)) return tag;
  return lines > 1 ? setAttr(tag, 'ht', String(lines * LINE_POINTS)) : removeAttr(tag, 'ht');
}
