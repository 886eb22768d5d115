import { offline } from './offline';
import { enumName } from './enums';
import type { MemorySheet } from '../workbook';
import { splitSheetName } from '../a1';
import { G, signatureError, type Ctx } from './spreadsheetContext';
import { areaFromA1, checkArea, isInt } from './rangeArea';
import { RangeImpl, rangeOf } from './range';
import { protectionOf } from './protection';

/** Default width of a column in pixels, as in a new Google Sheet. */
const DEFAULT_COLUMN_WIDTH = 100;

export function sheetOf(ctx: Ctx, sheet: MemorySheet): GoogleAppsScript.Spreadsheet.Sheet {
  return offline(new SheetImpl(ctx, sheet), G, 'Sheet', ctx.log);
}

export class SheetImpl {
  constructor(private readonly ctx: Ctx, readonly sheet: MemorySheet) {}

  private alive(): MemorySheet {
    if (!this.ctx.wb.sheets.includes(this.sheet)) throw new Error(`The sheet ${this.sheet.name} has been deleted.`);
    return this.sheet;
  }

  getName(): string { return this.sheet.name; }
  setName(name: string): this {
    const n = String(name);
    if (this.ctx.wb.sheets.some((s) => s !== this.sheet && s.name === n)) {
      throw new Error(`A sheet with the name "${n}" already exists. Please enter another name.`);
    }
    this.alive().name = n;
    this.ctx.wb.dirty = true;
    return this;
  }
  getSheetId(): number { return this.sheet.sheetId; }
  getIndex(): number { return this.ctx.wb.sheets.indexOf(this.sheet) + 1; }
  getParent(): GoogleAppsScript.Spreadsheet.Spreadsheet { return this.ctx.spreadsheetOf(); }

  getRange(a: unknown, b?: unknown, c?: unknown, d?: unknown): GoogleAppsScript.Spreadsheet.Range {
    const s = this.alive();
    if (typeof a === 'string' && b === undefined) {
      const { sheet, ref } = splitSheetName(a);
      if (sheet !== null && sheet !== s.name) throw new Error('Range not found');
      return rangeOf(this.ctx, s, areaFromA1(s, ref));
    }
    const area = checkArea(s, a, b, c ?? 1, d ?? 1, 'SpreadsheetApp.Sheet.getRange');
    return rangeOf(this.ctx, s, area);
  }
  getDataRange(): GoogleAppsScript.Spreadsheet.Range {
    const s = this.alive();
    return rangeOf(this.ctx, s, { row: 1, column: 1, numRows: Math.max(s.lastRow(), 1), numColumns: Math.max(s.lastColumn(), 1) });
  }
  getLastRow(): number { return this.alive().lastRow(); }
  getLastColumn(): number { return this.alive().lastColumn(); }
  getMaxRows(): number { return this.alive().maxRows; }
  getMaxColumns(): number { return this.alive().maxColumns; }

  insertRowsAfter(afterPosition: number, howMany: number): this {
    const s = this.alive();
    if (!isInt(afterPosition) || !isInt(howMany) || howMany < 1) throw signatureError('SpreadsheetApp.Sheet.insertRowsAfter', [afterPosition, howMany]);
    if (afterPosition < 1 || afterPosition > s.maxRows) throw new Error('Those rows are out of bounds.');
    for (const g of s.grids()) g.insertRows(afterPosition + 1, howMany);
    // New rows take the formatting of the row above them, as in Sheets.
    for (let i = 1; i <= howMany; i++) {
      for (const g of [s.formats, s.backgrounds, s.bold, s.wrap, s.validations] as const) (g as { copyRow(a: number, b: number): void }).copyRow(afterPosition, afterPosition + i);
    }
    s.maxRows += howMany;
    this.ctx.wb.dirty = true;
    return this;
  }
  insertRowAfter(afterPosition: number): this { return this.insertRowsAfter(afterPosition, 1); }
  insertRowsBefore(beforePosition: number, howMany: number): this {
    const s = this.alive();
    if (beforePosition < 1 || beforePosition > s.maxRows) throw new Error('Those rows are out of bounds.');
    for (const g of s.grids()) g.insertRows(beforePosition, howMany);
    for (let i = 0; i < howMany; i++) {
      for (const g of [s.formats, s.backgrounds, s.bold, s.wrap, s.validations]) (g as { copyRow(a: number, b: number): void }).copyRow(beforePosition + howMany, beforePosition + i);
    }
    s.maxRows += howMany;
    this.ctx.wb.dirty = true;
    return this;
  }
  insertRowBefore(beforePosition: number): this { return this.insertRowsBefore(beforePosition, 1); }
  insertColumnsAfter(afterPosition: number, howMany: number): this {
    const s = this.alive();
    if (afterPosition < 1 || afterPosition > s.maxColumns) throw new Error('Those columns are out of bounds.');
    for (const g of s.grids()) g.insertColumns(afterPosition + 1, howMany);
    const shifted = new Map<number, string>();
    for (const [c, f] of s.columnFormats) shifted.set(c > afterPosition ? c + howMany : c, f);
    const inherited = s.columnFormats.get(afterPosition);
    if (inherited !== undefined) for (let i = 1; i <= howMany; i++) shifted.set(afterPosition + i, inherited);
    s.columnFormats.clear();
    for (const [c, f] of shifted) s.columnFormats.set(c, f);
    for (let r = 1; r <= s.maxRows; r++) {
      const f = s.formats.get(r, afterPosition);
      if (f !== undefined) for (let i = 1; i <= howMany; i++) s.formats.set(r, afterPosition + i, f);
    }
    s.maxColumns += howMany;
    this.ctx.wb.dirty = true;
    return this;
  }
  insertColumnAfter(afterPosition: number): this { return this.insertColumnsAfter(afterPosition, 1); }
  deleteRows(rowPosition: number, howMany: number): void {
    const s = this.alive();
    if (rowPosition < 1 || howMany < 1 || rowPosition + howMany - 1 > s.maxRows) throw new Error('Those rows are out of bounds.');
    if (howMany >= s.maxRows) throw new Error("You can't delete all the rows on the sheet.");
    for (const g of s.grids()) g.deleteRows(rowPosition, howMany);
    s.maxRows -= howMany;
    this.ctx.wb.dirty = true;
  }
  deleteRow(rowPosition: number): this {
    this.deleteRows(rowPosition, 1);
    return this;
  }
  appendRow(rowContents: unknown[]): this {
    const s = this.alive();
    if (!Array.isArray(rowContents)) throw signatureError('SpreadsheetApp.Sheet.appendRow', [rowContents]);
    const row = s.lastRow() + 1;
    if (row > s.maxRows) s.maxRows = row;
    if (rowContents.length > s.maxColumns) s.maxColumns = rowContents.length;
    if (rowContents.length === 0) return this;
    const range = new RangeImpl(this.ctx, s, { row, column: 1, numRows: 1, numColumns: rowContents.length });
    range.setValues([rowContents]);
    return this;
  }

  setFrozenRows(rows: number): void {
    const s = this.alive();
    if (rows < 0 || rows > s.maxRows) throw new Error('Those rows are out of bounds.');
    s.frozenRows = rows;
    this.ctx.wb.dirty = true;
  }
  getFrozenRows(): number { return this.sheet.frozenRows; }
  setFrozenColumns(columns: number): void {
    this.alive().frozenColumns = columns;
    this.ctx.wb.dirty = true;
  }
  getFrozenColumns(): number { return this.sheet.frozenColumns; }
  setColumnWidth(column: number, width: number): this {
    this.alive().columnWidths.set(column, width);
    this.ctx.wb.dirty = true;
    return this;
  }
  setColumnWidths(startColumn: number, numColumns: number, width: number): this {
    for (let c = startColumn; c < startColumn + numColumns; c++) this.alive().columnWidths.set(c, width);
    this.ctx.wb.dirty = true;
    return this;
  }
  getColumnWidth(column: number): number { return this.sheet.columnWidths.get(column) ?? DEFAULT_COLUMN_WIDTH; }
  autoResizeColumn(_column: number): this { return this; }
  autoResizeColumns(_start: number, _n: number): this { return this; }
  setTabColor(color: string | null): this {
    this.alive().tabColor = color;
    this.ctx.wb.dirty = true;
    return this;
  }
  getTabColor(): string | null { return this.sheet.tabColor; }
  activate(): GoogleAppsScript.Spreadsheet.Sheet {
    this.ctx.wb.activeSheet = this.ctx.wb.sheets.indexOf(this.alive());
    this.ctx.wb.selection = { sheet: this.sheet.name, a1: 'A1' };
    return sheetOf(this.ctx, this.sheet);
  }
  clear(): this {
    const s = this.alive();
    new RangeImpl(this.ctx, s, { row: 1, column: 1, numRows: s.maxRows, numColumns: s.maxColumns }).clear();
    return this;
  }
  clearContents(): this {
    const s = this.alive();
    new RangeImpl(this.ctx, s, { row: 1, column: 1, numRows: s.maxRows, numColumns: s.maxColumns }).clearContent();
    return this;
  }
  protect(): GoogleAppsScript.Spreadsheet.Protection {
    const s = this.alive();
    // Sheet.protect() returns the sheet's existing protection when there is one.
    let model = s.protections.find((p) => p.type === 'SHEET');
    if (!model) {
      model = { type: 'SHEET', description: '', editors: this.ctx.user ? [this.ctx.user] : [], warningOnly: false, domainEdit: true };
      s.protections.push(model);
      this.ctx.wb.dirty = true;
    }
    return protectionOf(this.ctx, s, model);
  }
  getProtections(type: unknown): GoogleAppsScript.Spreadsheet.Protection[] {
    const t = enumName(type);
    if (t !== 'SHEET' && t !== 'RANGE') throw signatureError('SpreadsheetApp.Sheet.getProtections', [type]);
    return this.alive().protections.filter((p) => p.type === t).map((p) => protectionOf(this.ctx, this.sheet, p));
  }
}
export interface SheetImpl extends GoogleAppsScript.Spreadsheet.Sheet {}
