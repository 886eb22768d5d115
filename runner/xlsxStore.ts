import * as fs from 'node:fs';
import { resolve } from 'node:path';
import ExcelJS from 'exceljs';
import { MemorySheet, MemoryWorkbook, type CellValue, type ValidationRule } from './workbook';
import { instantToWall, wallToInstant } from './timeZone';
import { isDate, DATE_FORMAT, DATETIME_FORMAT } from './cellInput';
import { isDateFormat } from './numberFormat';
import { writeFileAtomic } from './atomicWrite';
import { zipEntryNames } from './zipEntries';

/** Parts of an .xlsx that ExcelJS cannot carry through a load/save. */
const LOSSY_PARTS: readonly [RegExp, string][] = [
  [/^xl\/charts\//, '图表'],
  [/^xl\/pivotTables\//, '数据透视表'],
  [/^xl\/pivotCache\//, '数据透视表'],
  [/^xl\/media\//, '图片'],
  // Notes live in xl/drawings/vmlDrawing*.vml and survive; drawingN.xml holds shapes and images.
  [/^xl\/drawings\/drawing\d*\.xml$/, '绘图对象'],
];

const ERRORS = new Set(['#N/A', '#REF!', '#VALUE!', '#DIV/0!', '#NAME?', '#NUM!', '#NULL!', '#ERROR!']);

/** Sheets measures column widths in pixels, Excel in character widths. */
const pxToExcel = (px: number) => Math.max(0, (px - 5) / 7);
const excelToPx = (w: number) => Math.round(w * 7 + 5);

export interface LoadedXlsx {
  workbook: MemoryWorkbook;
  warnings: string[];
}

/** A new, empty spreadsheet as Google creates one (one sheet, 1000 × 26). */
export function newWorkbook(opts: { timeZone?: string; name?: string } = {}): MemoryWorkbook {
  const wb = new MemoryWorkbook();
  if (opts.timeZone) wb.timeZone = opts.timeZone;
  if (opts.name) wb.name = opts.name;
  wb.addSheet('工作表1');
  return wb;
}

/** A wall-clock Date as ExcelJS uses them (UTC fields = the wall time) → the instant in tz. */
function fromExcelDate(d: Date, tz: string): Date {
  return wallToInstant({ y: d.getUTCFullYear(), mo: d.getUTCMonth() + 1, d: d.getUTCDate(), h: d.getUTCHours(), mi: d.getUTCMinutes(), s: d.getUTCSeconds(), ms: d.getUTCMilliseconds() }, tz);
}

function toExcelDate(d: Date, tz: string): Date {
  const w = instantToWall(d, tz);
  const out = new Date(Date.UTC(2000, w.mo - 1, w.d, w.h, w.mi, w.s, w.ms));
  out.setUTCFullYear(w.y, w.mo - 1, w.d);
  return out;
}

function plainText(v: unknown): string {
  if (v === null || v === undefined) return '';
  if (typeof v === 'object' && 'richText' in (v as object)) return ((v as ExcelJS.CellRichTextValue).richText ?? []).map((r) => r.text).join('');
  return String(v);
}

function stripApostrophe(s: string): string {
  return s.startsWith("'") ? s.slice(1) : s;
}

function cellContent(cell: ExcelJS.Cell, tz: string): { value?: CellValue; formula?: string } {
  const v = cell.value;
  switch (cell.type) {
    case ExcelJS.ValueType.Null:
    case ExcelJS.ValueType.Merge:
      return {};
    case ExcelJS.ValueType.Number:
      return { value: v as number };
    case ExcelJS.ValueType.Boolean:
      return { value: v as boolean };
    case ExcelJS.ValueType.Date:
      return { value: fromExcelDate(v as Date, tz) };
    case ExcelJS.ValueType.String:
    case ExcelJS.ValueType.SharedString: {
      const s = stripApostrophe(String(v));
      return s === '' ? {} : { value: s };
    }
    case ExcelJS.ValueType.RichText: {
      const s = stripApostrophe(plainText(v));
      return s === '' ? {} : { value: s };
    }
    case ExcelJS.ValueType.Hyperlink: {
      const s = plainText((v as ExcelJS.CellHyperlinkValue).text);
      return s === '' ? {} : { value: s };
    }
    case ExcelJS.ValueType.Error:
      return { value: String((v as ExcelJS.CellErrorValue).error) };
    case ExcelJS.ValueType.Formula: {
      const formula = '=' + cell.formula;
      const r = cell.result as unknown;
      if (r === undefined || r === null || r === '') return { formula };
      if (isDate(r)) return { formula, value: fromExcelDate(r, tz) };
      if (typeof r === 'object' && 'error' in (r as object)) return { formula, value: String((r as ExcelJS.CellErrorValue).error) };
      if (typeof r === 'number' || typeof r === 'boolean') return { formula, value: r };
      return { formula, value: String(r) };
    }
    default:
      return { value: plainText(v) };
  }
}

function argbToCss(argb: string | undefined): string | undefined {
  if (!argb || !/^[0-9a-f]{8}$/i.test(argb)) return undefined;
  const css = '#' + argb.slice(2).toLowerCase();
  return css === '#ffffff' ? undefined : css;
}

function ruleFromExcel(dv: ExcelJS.DataValidation): ValidationRule | null {
  const allowInvalid = dv.showErrorMessage === false || dv.errorStyle === 'warning' || dv.errorStyle === 'information';
  const helpText = dv.prompt ?? '';
  const f = dv.formulae ?? [];
  switch (dv.type) {
    case 'list': {
      const src = String(f[0] ?? '');
      if (!src.startsWith('"')) return null; // a range reference: not kept
      return { type: 'VALUE_IN_LIST', values: src.slice(1, -1).split(','), showDropdown: true, allowInvalid, helpText };
    }
    case 'date':
      return { type: 'DATE_IS_VALID_DATE', values: [], showDropdown: false, allowInvalid, helpText };
    case 'decimal':
    case 'whole':
      if (dv.operator === 'greaterThanOrEqual') return { type: 'NUMBER_GREATER_THAN_OR_EQUAL_TO', values: [Number(f[0])], showDropdown: false, allowInvalid, helpText };
      if (dv.operator === 'between' || dv.operator === undefined) return { type: 'NUMBER_BETWEEN', values: [Number(f[0]), Number(f[1])], showDropdown: false, allowInvalid, helpText };
      return null;
    default:
      return null;
  }
}

function ruleToExcel(rule: ValidationRule): ExcelJS.DataValidation | null {
  const base = {
    allowBlank: true,
    showErrorMessage: true,
    errorStyle: rule.allowInvalid ? ('warning' as const) : ('stop' as const),
    ...(rule.helpText ? { showInputMessage: true, prompt: rule.helpText } : {}),
  };
  switch (rule.type) {
    case 'VALUE_IN_LIST':
      return { ...base, type: 'list', formulae: [`"${rule.values.map(String).join(',')}"`] };
    case 'CHECKBOX':
      return { ...base, type: 'list', formulae: ['"TRUE,FALSE"'] };
    case 'DATE_IS_VALID_DATE':
      return { ...base, type: 'date', operator: 'greaterThan', formulae: [new Date(Date.UTC(1900, 0, 1))] };
    case 'NUMBER_BETWEEN':
      return { ...base, type: 'decimal', operator: 'between', formulae: [rule.values[0], rule.values[1]] };
    case 'NUMBER_GREATER_THAN_OR_EQUAL_TO':
      return { ...base, type: 'decimal', operator: 'greaterThanOrEqual', formulae: [rule.values[0]] };
    default:
      return null;
  }
}

function decodeAddress(a: string): { row: number; col: number } | null {
  const m = /^\$?([A-Z]+)\$?(\d+)$/.exec(a);
  if (!m) return null;
  let col = 0;
  for (const ch of m[1]) col = col * 26 + ch.charCodeAt(0) - 64;
  return { row: Number(m[2]), col };
}

function loadSheet(ws: ExcelJS.Worksheet, wb: MemoryWorkbook, warnings: string[]): void {
  const tz = wb.timeZone;
  const sheet = wb.addSheet(ws.name);
  sheet.maxRows = Math.max(1000, ws.rowCount);
  sheet.maxColumns = Math.max(26, ws.columnCount);
  const columnFmt = new Map<number, string>();
  for (let c = 1; c <= ws.columnCount; c++) {
    const col = ws.getColumn(c);
    const fmt = col.numFmt;
    if (fmt && fmt !== 'General') {
      columnFmt.set(c, fmt);
      sheet.columnFormats.set(c, fmt);
    }
    if (col.width !== undefined && col.width !== null) sheet.columnWidths.set(c, excelToPx(col.width));
  }
  ws.eachRow({ includeEmpty: true }, (row, r) => {
    row.eachCell({ includeEmpty: true }, (cell, c) => {
      const content = cellContent(cell, tz);
      if (content.value !== undefined) sheet.values.set(r, c, content.value);
      if (content.formula !== undefined) sheet.formulas.set(r, c, content.formula);
      // A cell without a style of its own is General even in a styled column (Excel's rule).
      const fmt = cell.numFmt || 'General';
      if (fmt !== (columnFmt.get(c) ?? 'General')) {
        // ExcelJS's built-in date format 14 means "the locale's short date"; Sheets shows ISO.
        sheet.formats.set(r, c, fmt === 'mm-dd-yy' ? DATE_FORMAT : fmt);
      }
      if (cell.font?.bold) sheet.bold.set(r, c, true);
      const fill = cell.fill as ExcelJS.FillPattern | undefined;
      if (fill && fill.type === 'pattern' && fill.pattern === 'solid') {
        const bg = argbToCss(fill.fgColor?.argb);
        if (bg) sheet.backgrounds.set(r, c, bg);
      }
      const note = cell.note as string | ExcelJS.Comment | undefined;
      if (note) {
        const text = typeof note === 'string' ? note : (note.texts ?? []).map((t) => (typeof t === 'string' ? t : t.text)).join('');
        if (text) sheet.notes.set(r, c, text);
      }
    });
  });
  const dvModel = (ws as unknown as { dataValidations: { model: Record<string, ExcelJS.DataValidation | undefined> } }).dataValidations.model;
  const rules = new Map<ExcelJS.DataValidation, ValidationRule | null>();
  let dropped = 0;
  for (const [address, dv] of Object.entries(dvModel)) {
    if (!dv) continue;
    const at = decodeAddress(address);
    if (!at || at.row > sheet.maxRows || at.col > sheet.maxColumns) continue;
    let rule = rules.get(dv);
    if (rule === undefined) {
      rule = ruleFromExcel(dv);
      rules.set(dv, rule);
      if (!rule) dropped++;
    }
    if (rule) sheet.validations.set(at.row, at.col, rule);
  }
  if (dropped > 0) warnings.push(`工作表“${ws.name}”有 ${dropped} 条数据验证规则（引用区域或公式）离线运行器无法保留`);
  const view = ws.views?.[0] as (Partial<ExcelJS.WorksheetView> & { ySplit?: number; xSplit?: number }) | undefined;
  if (view?.state === 'frozen') {
    sheet.frozenRows = view.ySplit ?? 0;
    sheet.frozenColumns = view.xSplit ?? 0;
  }
  const tab = ws.properties?.tabColor as { argb?: string } | undefined;
  if (tab?.argb) sheet.tabColor = '#' + tab.argb.slice(2).toLowerCase();
}

/**
 * Reads an .xlsx into a MemoryWorkbook. Date cells (wall-clock dates in ExcelJS) become instants
 * in `timeZone`, so they read back as the same calendar date whatever the process time zone.
 */
export async function loadXlsx(path: string, opts: { timeZone?: string } = {}): Promise<LoadedXlsx> {
  const warnings: string[] = [];
  const lost = new Set<string>();
  for (const name of zipEntryNames(path)) for (const [re, what] of LOSSY_PARTS) if (re.test(name)) lost.add(what);
  if (lost.size > 0) {
    warnings.push(`工作簿含有${[...lost].join('、')}，离线运行器（ExcelJS）无法保留；保存后这些内容会丢失（原文件已备份为 .bak）`);
  }
  const xl = new ExcelJS.Workbook();
  try {
    await xl.xlsx.readFile(path);
  } catch (e) {
    throw new Error(`无法读取工作簿 ${path}：${(e as Error).message}`);
  }
  const wb = new MemoryWorkbook();
  if (opts.timeZone) wb.timeZone = opts.timeZone;
  wb.name = path.replace(/^.*[\\/]/, '').replace(/\.xlsx$/i, '');
  for (const ws of xl.worksheets) loadSheet(ws, wb, warnings);
  if (wb.sheets.length === 0) wb.addSheet('工作表1');
  const active = (xl.views?.[0] as { activeTab?: number } | undefined)?.activeTab;
  if (active !== undefined && active < wb.sheets.length) wb.activeSheet = active;
  return { workbook: wb, warnings };
}

/**
 * A format set on a column from some row down to the last row (what 初始化工作簿 does for 工号
 * with setNumberFormat('@')) is written once as the column's style, not once per cell: Excel
 * and later loads then apply it to every row, and big sheets stay small and fast.
 */
function compactFormats(sheet: MemorySheet): { columnFormats: Map<number, string>; cellFormats: [number, number, string][] } {
  const columnFormats = new Map(sheet.columnFormats);
  const promotedFrom = new Map<number, number>();
  for (let c = 1; c <= sheet.maxColumns; c++) {
    const f = sheet.formats.get(sheet.maxRows, c);
    if (f === undefined) continue;
    let r0 = sheet.maxRows;
    while (r0 > 1 && sheet.formats.get(r0 - 1, c) === f) r0--;
    if (sheet.maxRows - r0 + 1 < 100) continue;
    columnFormats.set(c, f);
    promotedFrom.set(c, r0);
  }
  const cellFormats: [number, number, string][] = [];
  for (const [r, c, f] of sheet.formats.entries()) {
    const from = promotedFrom.get(c);
    if (from === undefined || r < from) cellFormats.push([r, c, f]);
  }
  // Rows above a promoted run keep their own format explicitly (usually the header: General).
  for (const [c, from] of promotedFrom) {
    for (let r = 1; r < from; r++) {
      if (sheet.formats.get(r, c) === undefined) cellFormats.push([r, c, sheet.columnFormats.get(c) ?? 'General']);
    }
  }
  return { columnFormats, cellFormats };
}

function saveSheet(sheet: MemorySheet, xl: ExcelJS.Workbook, tz: string): void {
  const ws = xl.addWorksheet(sheet.name, {
    views: sheet.frozenRows || sheet.frozenColumns ? [{ state: 'frozen', ySplit: sheet.frozenRows, xSplit: sheet.frozenColumns }] : [],
    properties: sheet.tabColor ? { tabColor: { argb: 'FF' + sheet.tabColor.replace('#', '').toUpperCase() } } : {},
  });
  const { columnFormats, cellFormats } = compactFormats(sheet);
  const cols = new Set<number>([...sheet.columnWidths.keys(), ...columnFormats.keys()]);
  for (const c of [...cols].sort((a, b) => a - b)) {
    const col = ws.getColumn(c);
    const px = sheet.columnWidths.get(c);
    if (px !== undefined) col.width = pxToExcel(px);
    const fmt = columnFormats.get(c);
    if (fmt !== undefined) col.numFmt = fmt;
  }
  for (const [r, c, v] of sheet.values.entries()) {
    const cell = ws.getCell(r, c);
    const formula = sheet.formulas.get(r, c);
    const value: ExcelJS.CellValue = isDate(v) ? toExcelDate(v, tz) : typeof v === 'string' && ERRORS.has(v) ? { error: v as ExcelJS.CellErrorValue['error'] } : v;
    if (formula !== undefined) cell.value = { formula: formula.slice(1), result: value as ExcelJS.CellFormulaValue['result'] } as ExcelJS.CellFormulaValue;
    else cell.value = value;
    if (isDate(v) && !isDateFormat(sheet.formatAt(r, c))) {
      const w = instantToWall(v, tz);
      cell.numFmt = w.h || w.mi || w.s ? DATETIME_FORMAT : DATE_FORMAT;
    }
  }
  for (const [r, c, f] of sheet.formulas.entries()) {
    if (sheet.values.get(r, c) === undefined) ws.getCell(r, c).value = { formula: f.slice(1) } as ExcelJS.CellFormulaValue;
  }
  for (const [r, c, f] of cellFormats) ws.getCell(r, c).numFmt = f;
  for (const [r, c] of sheet.bold.entries()) ws.getCell(r, c).font = { bold: true };
  for (const [r, c, bg] of sheet.backgrounds.entries()) {
    if (!/^#[0-9a-f]{6}$/i.test(bg)) continue;
    ws.getCell(r, c).fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FF' + bg.slice(1).toUpperCase() } };
  }
  for (const [r, c, note] of sheet.notes.entries()) ws.getCell(r, c).note = note;
  // Validations are written as column ranges (A2:A1000), not per cell: a whole-column rule
  // per cell costs seconds to write and to read back.
  const converted = new Map<string, ExcelJS.DataValidation | null>();
  const dataValidations = (ws as unknown as { dataValidations: { add(address: string, dv: ExcelJS.DataValidation): void } }).dataValidations;
  const runs = new Map<number, { from: number; to: number; key: string }[]>();
  for (const [r, c, rule] of sheet.validations.entries()) {
    const key = JSON.stringify(rule);
    if (!converted.has(key)) converted.set(key, ruleToExcel(rule));
    const list = runs.get(c) ?? [];
    const last = list[list.length - 1];
    if (last && last.key === key && last.to === r - 1) last.to = r;
    else list.push({ from: r, to: r, key });
    runs.set(c, list);
  }
  for (const [c, list] of runs) {
    const letter = ws.getColumn(c).letter;
    for (const run of list) {
      const dv = converted.get(run.key);
      if (dv) dataValidations.add(run.from === run.to ? `${letter}${run.from}` : `${letter}${run.from}:${letter}${run.to}`, dv);
    }
  }
}

// Paths each loaded workbook (one per run) already backed up, so WORKBOOK.bak keeps the file as
// it was before the run, not as the run's first save left it.
const backedUp = new WeakMap<MemoryWorkbook, Set<string>>();

/**
 * Writes the workbook atomically (temp file beside it, fsync, rename). Before this workbook's
 * (this run's) first write to an existing file, the old file is kept as `<path>.bak`.
 */
export async function saveXlsx(workbook: MemoryWorkbook, path: string): Promise<void> {
  const xl = new ExcelJS.Workbook();
  xl.creator = 'UnionDesk 工会助手';
  for (const sheet of workbook.sheets) saveSheet(sheet, xl, workbook.timeZone);
  xl.views = [{ x: 0, y: 0, width: 20000, height: 12000, firstSheet: 0, activeTab: workbook.activeSheet, visibility: 'visible' }];
  const data = Buffer.from(await xl.xlsx.writeBuffer());
  const exists = fs.existsSync(path);
  const key = exists ? fs.realpathSync(path) : resolve(path);
  let done = backedUp.get(workbook);
  if (!done) backedUp.set(workbook, (done = new Set()));
  if (!done.has(key) && exists) writeFileAtomic(`${path}.bak`, fs.readFileSync(path));
  done.add(key);
  writeFileAtomic(path, data);
  workbook.dirty = false;
}
