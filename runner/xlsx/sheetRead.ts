// A worksheet part read into the fake's MemorySheet, plus where each row and cell sits in the
// XML, so a save can rewrite only the cells a command changed.
import type { MemorySheet, ValidationRule } from '../workbook';
import { DATE_FORMAT } from '../cellInput';
import { isDateFormat } from '../numberFormat';
import { lettersToColumn, parseA1 } from '../a1';
import { attrs, decodeXml, elements, firstElement } from './xml';
import { cellValue, rawCell, type DateSystem } from './cellXml';
import { shiftFormula } from './sharedFormula';
import type { Styles } from './styles';

export interface CellAt {
  readonly col: number;
  readonly start: number;
  readonly end: number;
  readonly style: number;
}

export interface RowAt {
  readonly row: number;
  readonly start: number;
  readonly end: number;
  readonly tag: string;
  readonly cells: CellAt[];
}

export interface SheetIndex {
  readonly xml: string;
  /** Where <sheetData> opens and closes (the row elements are between). */
  readonly dataStart: number;
  readonly dataEnd: number;
  /** `<sheetData/>`: dataStart and dataEnd are then the element's own bounds. */
  readonly selfClosing: boolean;
  readonly rows: RowAt[];
  readonly colStyles: Map<number, number>;
}

/** Sheets measures column widths in pixels, Excel in character widths. */
export const excelToPx = (w: number) => Math.round(w * 7 + 5);
export const pxToExcel = (px: number) => Math.max(0, (px - 5) / 7);

export interface ReadContext extends DateSystem {
  readonly shared: readonly string[];
  readonly styles: Styles;
  readonly notes: Map<string, string>;
  readonly warn: (message: string) => void;
}

/** The format the fake shows for a style: Excel's locale short date (id 14) reads as ISO. */
function formatOf(ctx: ReadContext, style: number): string {
  const f = ctx.styles.look(style).format;
  return f === 'mm-dd-yy' ? DATE_FORMAT : f;
}

export function readSheet(xml: string, sheet: MemorySheet, ctx: ReadContext): SheetIndex {
  const data = firstElement(xml, 'sheetData');
  if (!data) throw new Error(`工作表“${sheet.name}”没有 sheetData`);
  const selfClosing = data.tag.endsWith('/>');
  const dataStart = selfClosing ? data.start : data.start + data.tag.length;
  const dataEnd = selfClosing ? data.end : data.end - '</sheetData>'.length;
  const colStyles = readColumns(xml, sheet, ctx, dataStart);
  const rows: RowAt[] = [];
  const masters = new Map<string, { row: number; col: number; f: string }>();
  let lastRow = 0;
  let lastCol = 0;
  let rowNo = 0;
  // One pass over <sheetData>: rows and cells by a single sticky-free global scan (a 5,000-row
  // sheet has 40,000 cells; a regex per element would dominate the load).
  const scan = /<row\b([^>]*?)(\/?)>|<\/row>|<c\b([^>]*?)(?:\/>|>([\s\S]*?)<\/c>)/g;
  scan.lastIndex = dataStart;
  let open: { row: number; start: number; tag: string; cells: CellAt[] } | undefined;
  let colNo = 0;
  for (let m; !selfClosing && (m = scan.exec(xml)) && m.index < dataEnd; ) {
    if (m[0].startsWith('</row')) {
      if (open) rows.push({ ...open, end: m.index + m[0].length });
      open = undefined;
      continue;
    }
    if (m[1] !== undefined) {
      const r = /\br="(\d+)"/.exec(m[1]);
      rowNo = r ? Number(r[1]) : rowNo + 1;
      colNo = 0;
      const tag = m[0];
      if (m[2]) rows.push({ row: rowNo, start: m.index, end: m.index + tag.length, tag, cells: [] });
      else open = { row: rowNo, start: m.index, tag, cells: [] };
      continue;
    }
    const ca = cellAttrs(m[3]);
    colNo = ca.col ?? colNo + 1;
    const style = ca.s;
    open?.cells.push({ col: colNo, start: m.index, end: m.index + m[0].length, style });
    const raw = rawCell(ca, m[4] ?? '');
    let f = raw.f;
    if (raw.fAttrs?.t === 'shared' && raw.fAttrs.si !== undefined) {
      const master = masters.get(raw.fAttrs.si);
      if (f !== undefined && f !== '') masters.set(raw.fAttrs.si, { row: rowNo, col: colNo, f });
      else if (master) f = shiftFormula(master.f, rowNo - master.row, colNo - master.col);
    }
    const fmt = formatOf(ctx, style);
    const value = cellValue(raw, ctx.shared, raw.t === 'n' && isDateFormat(fmt), ctx);
    if (value !== undefined) sheet.values.set(rowNo, colNo, value);
    if (f !== undefined && f !== '') sheet.formulas.set(rowNo, colNo, '=' + f);
    // A cell without a style of its own is General even in a styled column (Excel's rule).
    if (fmt !== (sheet.columnFormats.get(colNo) ?? 'General')) sheet.formats.set(rowNo, colNo, fmt);
    const look = ctx.styles.look(style);
    if (look.bold) sheet.bold.set(rowNo, colNo, true);
    if (look.background) sheet.backgrounds.set(rowNo, colNo, look.background);
    if (!!look.wrap !== sheet.columnWraps.has(colNo)) sheet.wrap.set(rowNo, colNo, !!look.wrap);
    if (value !== undefined || f) {
      lastRow = Math.max(lastRow, rowNo);
      lastCol = Math.max(lastCol, colNo);
    }
  }
  for (const [ref, note] of ctx.notes) {
    const a = parseA1(ref, 1_048_576, 16_384);
    if (a) sheet.notes.set(a.row, a.column, note);
  }
  sheet.maxRows = Math.max(1000, lastRow);
  sheet.maxColumns = Math.max(26, lastCol);
  readValidations(xml, sheet, ctx);
  readView(xml, sheet);
  return { xml, dataStart, dataEnd, selfClosing, rows, colStyles };
}

const CELL_ATTR = /\b([rst])="([^"]*)"/g;

/** A cell's r, s and t (the only attributes read; cm/vm/ph are kept in the XML as they are). */
function cellAttrs(tag: string): { col?: number; s: number; t?: string } {
  const out: { col?: number; s: number; t?: string } = { s: 0 };
  CELL_ATTR.lastIndex = 0;
  for (let m; (m = CELL_ATTR.exec(tag)); ) {
    if (m[1] === 'r') out.col = lettersToColumn(m[2].replace(/[\d$]+/g, ''));
    else if (m[1] === 's') out.s = Number(m[2]);
    else out.t = m[2];
  }
  return out;
}

function readColumns(xml: string, sheet: MemorySheet, ctx: ReadContext, before: number): Map<number, number> {
  const styles = new Map<number, number>();
  for (const col of elements(xml, 'col', 0, before)) {
    const a = attrs(col.tag);
    // LibreOffice describes all 1,024 (or 16,384) columns; the fake needs the used ones.
    const min = Number(a.min);
    const max = Math.min(Number(a.max), min + 255);
    for (let c = min; c <= max; c++) {
      if (a.width !== undefined && a.customWidth !== undefined && !/^(0|false)$/.test(a.customWidth)) sheet.columnWidths.set(c, excelToPx(Number(a.width)));
      if (a.style !== undefined) {
        styles.set(c, Number(a.style));
        const fmt = formatOf(ctx, Number(a.style));
        if (fmt !== 'General') sheet.columnFormats.set(c, fmt);
        if (ctx.styles.look(Number(a.style)).wrap) sheet.columnWraps.add(c);
      }
    }
  }
  return styles;
}

function ruleOf(a: Record<string, string>, f1: string | undefined, f2: string | undefined): ValidationRule | null {
  const showError = a.showErrorMessage === undefined ? undefined : /^(1|true)$/.test(a.showErrorMessage);
  const allowInvalid = showError === false || a.errorStyle === 'warning' || a.errorStyle === 'information';
  const helpText = a.prompt ?? '';
  switch (a.type) {
    case 'list':
      if (!f1 || !f1.startsWith('"')) return null; // a range reference: not kept
      return { type: 'VALUE_IN_LIST', values: f1.slice(1, -1).split(','), showDropdown: true, allowInvalid, helpText };
    case 'date':
      return { type: 'DATE_IS_VALID_DATE', values: [], showDropdown: false, allowInvalid, helpText };
    case 'decimal':
    case 'whole':
      if (a.operator === 'greaterThanOrEqual') return { type: 'NUMBER_GREATER_THAN_OR_EQUAL_TO', values: [Number(f1)], showDropdown: false, allowInvalid, helpText };
      if (a.operator === 'between' || a.operator === undefined) return { type: 'NUMBER_BETWEEN', values: [Number(f1), Number(f2)], showDropdown: false, allowInvalid, helpText };
      return null;
    default:
      return null;
  }
}

function readValidations(xml: string, sheet: MemorySheet, ctx: ReadContext): void {
  let dropped = 0;
  for (const dv of elements(xml, 'dataValidation')) {
    const a = attrs(dv.tag);
    const f1 = /<formula1>([\s\S]*?)<\/formula1>/.exec(dv.inner)?.[1];
    const f2 = /<formula2>([\s\S]*?)<\/formula2>/.exec(dv.inner)?.[1];
    const rule = ruleOf(a, f1 && decodeXml(f1), f2 && decodeXml(f2));
    if (!rule) {
      dropped++;
      continue;
    }
    for (const ref of (a.sqref ?? '').split(/\s+/).filter(Boolean)) {
      const area = parseA1(ref, sheet.maxRows, sheet.maxColumns);
      if (!area) continue;
      const lastRow = Math.min(area.row + area.numRows - 1, sheet.maxRows);
      const lastCol = Math.min(area.column + area.numColumns - 1, sheet.maxColumns);
      for (let r = area.row; r <= lastRow; r++) for (let c = area.column; c <= lastCol; c++) sheet.validations.set(r, c, rule);
    }
  }
  if (dropped > 0) ctx.warn(`工作表“${sheet.name}”有 ${dropped} 条数据验证规则（引用区域或公式）离线运行器不会读取，但会原样保留在文件中`);
}

function readView(xml: string, sheet: MemorySheet): void {
  const pane = firstElement(xml, 'pane');
  if (pane) {
    const a = attrs(pane.tag);
    if (a.state === 'frozen' || a.state === 'frozenSplit') {
      sheet.frozenRows = Number(a.ySplit ?? 0);
      sheet.frozenColumns = Number(a.xSplit ?? 0);
    }
  }
  const tab = /<tabColor[^>]*\brgb="([0-9A-Fa-f]{8})"/.exec(xml.slice(0, 2000));
  if (tab) sheet.tabColor = '#' + tab[1].slice(2).toLowerCase();
}
