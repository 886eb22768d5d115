// A changed sheet written back: only the <c> elements of changed cells (and the rows they sit
// in) are rewritten; every other byte of the part is copied from the file as it was.
import type { MemorySheet } from '../workbook';
import { DATE_FORMAT, DATETIME_FORMAT, isDate } from '../cellInput';
import { isDateFormat } from '../numberFormat';
import { instantToWall } from '../timeZone';
import { attrs, removeAttr } from './xml';
import { cellXml, type DateSystem } from './cellXml';
import type { CellLook, Styles } from './styles';
import type { RowAt, SheetIndex } from './sheetRead';
import { changedCells, changedColumns, changedValidations, type SheetBaseline } from './sheetBaseline';
import { patchColumns, patchDimension, patchPane, patchTabColor, patchValidations } from './sheetLayout';
import { fittedRowTag, rowLines } from './rowHeight';

export interface PatchInput {
  readonly index: SheetIndex;
  readonly sheet: MemorySheet;
  readonly base: SheetBaseline;
  readonly styles: Styles;
  readonly sys: DateSystem;
}

/**
 * A run of one look from some row to the last row (初始化工作簿's setNumberFormat('@') or
 * setWrap(true) on a whole column) becomes the column's style, not a thousand styled empty cells.
 */
function promotedRuns<T>(sheet: MemorySheet, at: (r: number, c: number) => T | undefined, before: (r: number, c: number) => T): Map<number, T> {
  const out = new Map<number, T>();
  const last = sheet.maxRows;
  for (let c = 1; c <= sheet.maxColumns; c++) {
    const v = at(last, c);
    if (v === undefined || v === before(last, c)) continue;
    let r0 = last;
    while (r0 > 1 && at(r0 - 1, c) === v) r0--;
    if (last - r0 + 1 >= 100) out.set(c, v);
  }
  return out;
}

export function patchSheet(input: PatchInput): string | undefined {
  const { index, sheet, base, styles, sys } = input;
  const changed = changedCells(sheet, base);
  const formats = promotedRuns(sheet, (r, c) => sheet.formats.get(r, c), (r, c) => base.formatAt(r, c));
  const wraps = promotedRuns(sheet, (r, c) => sheet.wrap.get(r, c), (r, c) => base.wrapAt(r, c));
  const columns = [...new Set([...changedColumns(sheet, base), ...formats.keys(), ...wraps.keys()])].sort((a, b) => a - b);
  const colStyles = new Map(index.colStyles);
  for (const c of columns) {
    const baseStyle = colStyles.get(c) ?? 0;
    const have = styles.look(baseStyle);
    const format = formats.get(c) ?? sheet.columnFormats.get(c);
    const wrap = wraps.get(c) ?? (sheet.columnWraps.has(c) || undefined);
    if (format !== undefined || wrap !== undefined || colStyles.has(c)) colStyles.set(c, styles.derive(baseStyle, { ...have, format: format ?? have.format, wrap: wrap ?? have.wrap }));
  }
  const rowsAt = new Map(index.rows.map((r) => [r.row, r]));
  const headerRows = Math.max(1, sheet.frozenRows);
  const written = new Map<number, Map<number, number>>();
  // An appended row takes the style of the row above (not the header's); else the column's.
  const styleAbove = (r: number, c: number): number | undefined => {
    if (r - 1 <= headerRows) return undefined;
    return written.get(r - 1)?.get(c) ?? rowsAt.get(r - 1)?.cells.find((x) => x.col === c)?.style;
  };
  const newRows = new Map<number, string>();
  for (const r of [...changed.keys()].sort((a, b) => a - b)) {
    const row = rowsAt.get(r);
    const existing = new Map((row?.cells ?? []).map((x) => [x.col, x]));
    const cells = new Map<number, string | null>();
    const styleOfRow = new Map<number, number>();
    for (const c of [...changed.get(r)!].sort((a, b) => a - b)) {
      const old = existing.get(c);
      const above = old ? undefined : styleAbove(r, c);
      const from = old ? old.style : above ?? colStyles.get(c) ?? 0;
      const want = wantedLook(input, r, c, styles.look(from), !old && above === undefined);
      const style = styles.derive(from, want);
      styleOfRow.set(c, style);
      const value = sheet.values.get(r, c);
      const formula = sheet.formulas.get(r, c);
      const empty = (value === undefined || value === '') && formula === undefined;
      if (empty && !old && style === (colStyles.get(c) ?? 0)) continue;
      cells.set(c, empty && style === 0 ? null : cellXml(r, c, style, value, formula, sys));
    }
    written.set(r, styleOfRow);
    if (cells.size === 0) continue;
    let xml = rowXml(index, r, row, cells, rowsAt.get(r - 1), r - 1 > headerRows);
    // Wrapped text written: the row is fitted to it (rowHeight.ts says why); else left as it was.
    if ([...cells.keys()].some((c) => styles.look(styleOfRow.get(c)!).wrap)) {
      const wrapped = [...styleOfRow].filter(([, st]) => styles.look(st).wrap).map(([c]) => c);
      for (const x of row?.cells ?? []) if (!styleOfRow.has(x.col) && styles.look(x.style).wrap) wrapped.push(x.col);
      const tag = /^<row\b[^>]*>/.exec(xml)![0];
      xml = fittedRowTag(tag, rowLines(sheet, r, wrapped)) + xml.slice(tag.length);
    }
    newRows.set(r, xml);
  }
  let xml = index.xml;
  if (newRows.size > 0) xml = spliceRows(index, newRows);
  const layoutBefore = xml;
  xml = patchColumns(xml, sheet, columns, colStyles);
  xml = patchPane(xml, sheet, base);
  xml = patchTabColor(xml, sheet, base);
  xml = patchValidations(xml, sheet, changedValidations(sheet, base));
  if (newRows.size > 0) xml = patchDimension(xml, sheet);
  return newRows.size > 0 || xml !== layoutBefore ? xml : undefined;
}

/**
 * The look a written cell should have: what the fake changed, over the style it starts from
 * (its own, or the row above's). A new cell with nothing above takes the fake's look entirely.
 */
function wantedLook(input: PatchInput, r: number, c: number, have: CellLook, fresh: boolean): CellLook {
  const { sheet, base, sys } = input;
  let format = fresh || sheet.formatAt(r, c) !== base.formatAt(r, c) ? sheet.formatAt(r, c) : have.format;
  const bold = fresh || !!sheet.bold.get(r, c) !== !!base.bold.get(r, c) ? !!sheet.bold.get(r, c) : have.bold;
  const background = fresh || sheet.backgrounds.get(r, c) !== base.backgrounds.get(r, c) ? sheet.backgrounds.get(r, c) : have.background;
  const wrap = fresh || sheet.wrapAt(r, c) !== base.wrapAt(r, c) ? sheet.wrapAt(r, c) : have.wrap;
  const value = sheet.values.get(r, c);
  if (isDate(value) && !isDateFormat(format === 'mm-dd-yy' ? DATE_FORMAT : format)) {
    const w = instantToWall(value, sys.timeZone);
    format = w.h || w.mi || w.s ? DATETIME_FORMAT : DATE_FORMAT;
  }
  return { format, bold, background, wrap };
}

const ROW_LOOK = ['ht', 'customHeight', 's', 'customFormat'];

function rowXml(index: SheetIndex, r: number, row: RowAt | undefined, cells: Map<number, string | null>, above: RowAt | undefined, copyAbove: boolean): string {
  let tag: string;
  if (row) {
    // spans is only a hint for Excel's loader; a written cell may fall outside it.
    tag = removeAttr(row.tag.replace(/\s*\/>$/, '>'), 'spans');
  } else {
    const a = copyAbove && above ? attrs(above.tag) : {};
    tag = `<row r="${r}"${ROW_LOOK.filter((k) => a[k] !== undefined).map((k) => ` ${k}="${a[k]}"`).join('')}>`;
  }
  const parts: [number, string][] = [];
  for (const x of row?.cells ?? []) if (!cells.has(x.col)) parts.push([x.col, index.xml.slice(x.start, x.end)]);
  for (const [c, xml] of cells) if (xml !== null) parts.push([c, xml]);
  parts.sort((a, b) => a[0] - b[0]);
  return `${tag}${parts.map((p) => p[1]).join('')}</row>`;
}

/** The part with the given rows replaced or inserted in row order; the rest copied. */
function spliceRows(index: SheetIndex, rows: Map<number, string>): string {
  const { xml } = index;
  const out: string[] = [];
  const existing = new Set(index.rows.map((x) => x.row));
  const pending = [...rows.keys()].filter((r) => !existing.has(r)).sort((a, b) => a - b);
  let cursor = index.dataStart;
  let p = 0;
  out.push(index.selfClosing ? xml.slice(0, index.dataStart) + '<sheetData>' : xml.slice(0, cursor));
  if (index.selfClosing) cursor = index.dataEnd;
  for (const row of index.rows) {
    while (p < pending.length && pending[p] < row.row) {
      out.push(xml.slice(cursor, row.start), rows.get(pending[p++])!);
      cursor = row.start;
    }
    const replaced = rows.get(row.row);
    if (replaced !== undefined) {
      out.push(xml.slice(cursor, row.start), replaced);
      cursor = row.end;
    }
  }
  if (index.selfClosing) {
    while (p < pending.length) out.push(rows.get(pending[p++])!);
    out.push('</sheetData>', xml.slice(cursor));
    return out.join('');
  }
  out.push(xml.slice(cursor, index.dataEnd));
  while (p < pending.length) out.push(rows.get(pending[p++])!);
  out.push(xml.slice(index.dataEnd));
  return out.join('');
}

