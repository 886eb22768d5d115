import { offline } from './offline';
import type { CellValue, MemorySheet, ProtectionModel } from '../workbook';
import { toA1, type Area } from '../a1';
import { interpretInput, isDate } from '../cellInput';
import { displayValue } from '../numberFormat';
import { G, signatureError, type Ctx } from './spreadsheetContext';
import { checkArea } from './rangeArea';
import { ruleOf, satisfies, validationOf } from './dataValidation';
import { protectionOf } from './protection';

/** What getNumberFormat() returns for a cell never formatted ("Automatic"). */
const AUTOMATIC_FORMAT = '0.###############';

export function rangeOf(ctx: Ctx, sheet: MemorySheet, area: Area): GoogleAppsScript.Spreadsheet.Range {
  return offline(new RangeImpl(ctx, sheet, area), G, 'Range', ctx.log);
}

export class RangeImpl {
  constructor(private readonly ctx: Ctx, readonly sheet: MemorySheet, readonly area: Area) {}

  private cells<T>(fn: (r: number, c: number) => T): T[][] {
    const { row, column, numRows, numColumns } = this.area;
    const out: T[][] = new Array(numRows);
    for (let i = 0; i < numRows; i++) {
      const line: T[] = new Array(numColumns);
      for (let j = 0; j < numColumns; j++) line[j] = fn(row + i, column + j);
      out[i] = line;
    }
    return out;
  }

  private forEach(fn: (r: number, c: number, i: number, j: number) => void): void {
    const { row, column, numRows, numColumns } = this.area;
    for (let i = 0; i < numRows; i++) for (let j = 0; j < numColumns; j++) fn(row + i, column + j, i, j);
  }

  /** Checks a 2-D argument's shape against the range, with Apps Script's messages. */
  private checkGrid(data: unknown, method: string): unknown[][] {
    if (!Array.isArray(data) || !data.every((r) => Array.isArray(r))) throw signatureError(`SpreadsheetApp.Range.${method}`, [data]);
    const rows = data as unknown[][];
    if (rows.length !== this.area.numRows) {
      throw new Error(`The number of rows in the data does not match the number of rows in the range. The data has ${rows.length} but the range has ${this.area.numRows}.`);
    }
    for (const r of rows) {
      if (r.length !== this.area.numColumns) {
        throw new Error(`The number of columns in the data does not match the number of columns in the range. The data has ${r.length} but the range has ${this.area.numColumns}.`);
      }
    }
    return rows;
  }

  private write(r: number, c: number, input: unknown): void {
    const s = this.sheet;
    const stored = interpretInput(input, s.formatAt(r, c), this.ctx.wb.timeZone);
    const rule = s.validations.get(r, c);
    if (rule && !rule.allowInvalid && stored.value !== undefined && stored.formula === undefined && !satisfies(rule, stored.value)) {
      throw new Error(`The data you entered in cell ${toA1({ row: r, column: c, numRows: 1, numColumns: 1 })} violates the data validation rules set on this cell.`);
    }
    s.values.set(r, c, stored.value);
    s.formulas.set(r, c, stored.formula);
    if (stored.autoFormat && s.formatAt(r, c) === 'General') s.formats.set(r, c, stored.autoFormat);
    this.ctx.wb.dirty = true;
  }

  private touched(): this {
    this.ctx.wb.dirty = true;
    return this;
  }

  // Values ------------------------------------------------------------------------------------
  getValues(): CellValue[][] {
    const v = this.sheet.values;
    return this.cells((r, c) => {
      const x = v.get(r, c);
      return x === undefined ? '' : isDate(x) ? new Date(x.getTime()) : x;
    });
  }
  getValue(): CellValue {
    const x = this.sheet.values.get(this.area.row, this.area.column);
    return x === undefined ? '' : isDate(x) ? new Date(x.getTime()) : x;
  }
  setValues(values: unknown[][]): this {
    const rows = this.checkGrid(values, 'setValues');
    this.forEach((r, c, i, j) => this.write(r, c, rows[i][j]));
    return this;
  }
  setValue(value: unknown): this {
    if (Array.isArray(value)) throw signatureError('SpreadsheetApp.Range.setValue', [value]);
    this.forEach((r, c) => this.write(r, c, value));
    return this;
  }
  getDisplayValues(): string[][] {
    const tz = this.ctx.wb.timeZone;
    return this.cells((r, c) => displayValue(this.sheet.values.get(r, c), this.sheet.formatAt(r, c), tz));
  }
  getDisplayValue(): string {
    const { row, column } = this.area;
    return displayValue(this.sheet.values.get(row, column), this.sheet.formatAt(row, column), this.ctx.wb.timeZone);
  }
  getFormulas(): string[][] {
    return this.cells((r, c) => this.sheet.formulas.get(r, c) ?? '');
  }
  getFormula(): string {
    return this.sheet.formulas.get(this.area.row, this.area.column) ?? '';
  }
  setFormula(formula: string): this {
    this.forEach((r, c) => this.write(r, c, String(formula).startsWith('=') ? formula : `=${formula}`));
    return this;
  }
  setFormulas(formulas: string[][]): this {
    const rows = this.checkGrid(formulas, 'setFormulas');
    this.forEach((r, c, i, j) => this.write(r, c, rows[i][j]));
    return this;
  }
  isBlank(): boolean {
    let blank = true;
    this.forEach((r, c) => {
      const v = this.sheet.values.get(r, c);
      if ((v !== undefined && v !== '') || this.sheet.formulas.get(r, c) !== undefined) blank = false;
    });
    return blank;
  }
  clearContent(): this {
    this.forEach((r, c) => {
      this.sheet.values.set(r, c, undefined);
      this.sheet.formulas.set(r, c, undefined);
    });
    return this.touched();
  }
  clearFormat(): this {
    this.forEach((r, c) => {
      this.sheet.formats.set(r, c, undefined);
      this.sheet.backgrounds.set(r, c, undefined);
      this.sheet.bold.set(r, c, undefined);
      this.sheet.wrap.set(r, c, undefined);
    });
    return this.touched();
  }
  clearDataValidations(): this {
    this.forEach((r, c) => this.sheet.validations.set(r, c, undefined));
    return this.touched();
  }
  clearNote(): this {
    this.forEach((r, c) => this.sheet.notes.set(r, c, undefined));
    return this.touched();
  }
  clear(options?: { contentsOnly?: boolean; formatOnly?: boolean; validationsOnly?: boolean; commentsOnly?: boolean }): this {
    const all = !options || (!options.contentsOnly && !options.formatOnly && !options.validationsOnly && !options.commentsOnly);
    if (all || options?.contentsOnly) this.clearContent();
    if (all || options?.formatOnly) this.clearFormat();
    if (all || options?.validationsOnly) this.clearDataValidations();
    if (all || options?.commentsOnly) this.clearNote();
    return this;
  }

  // Formats -----------------------------------------------------------------------------------
  setNumberFormat(format: string): this {
    const f = String(format);
    this.forEach((r, c) => this.sheet.formats.set(r, c, f === 'General' ? undefined : f));
    return this.touched();
  }
  setNumberFormats(formats: string[][]): this {
    const rows = this.checkGrid(formats, 'setNumberFormats');
    this.forEach((r, c, i, j) => this.sheet.formats.set(r, c, String(rows[i][j])));
    return this.touched();
  }
  getNumberFormat(): string {
    const f = this.sheet.formatAt(this.area.row, this.area.column);
    return f === 'General' ? AUTOMATIC_FORMAT : f;
  }
  getNumberFormats(): string[][] {
    return this.cells((r, c) => {
      const f = this.sheet.formatAt(r, c);
      return f === 'General' ? AUTOMATIC_FORMAT : f;
    });
  }
  setFontWeight(weight: string | null): this {
    const bold = weight === 'bold' ? true : undefined;
    this.forEach((r, c) => this.sheet.bold.set(r, c, bold));
    return this.touched();
  }
  setFontWeights(weights: (string | null)[][]): this {
    const rows = this.checkGrid(weights, 'setFontWeights');
    this.forEach((r, c, i, j) => this.sheet.bold.set(r, c, rows[i][j] === 'bold' ? true : undefined));
    return this.touched();
  }
  getFontWeight(): GoogleAppsScript.Spreadsheet.FontWeight {
    return this.sheet.bold.get(this.area.row, this.area.column) ? 'bold' : 'normal';
  }
  getFontWeights(): GoogleAppsScript.Spreadsheet.FontWeight[][] {
    return this.cells((r, c) => (this.sheet.bold.get(r, c) ? 'bold' : 'normal'));
  }
  setBackground(color: string | null): this {
    const bg = color === null || color === '' || color.toLowerCase() === '#ffffff' || color === 'white' ? undefined : color;
    this.forEach((r, c) => this.sheet.backgrounds.set(r, c, bg));
    return this.touched();
  }
  setBackgrounds(colors: (string | null)[][]): this {
    const rows = this.checkGrid(colors, 'setBackgrounds');
    this.forEach((r, c, i, j) => {
      const v = rows[i][j] as string | null;
      this.sheet.backgrounds.set(r, c, v === null || v === '' || v.toLowerCase() === '#ffffff' ? undefined : v);
    });
    return this.touched();
  }
  getBackground(): string {
    return this.sheet.backgrounds.get(this.area.row, this.area.column) ?? '#ffffff';
  }
  getBackgrounds(): string[][] {
    return this.cells((r, c) => this.sheet.backgrounds.get(r, c) ?? '#ffffff');
  }
  setNote(note: string | null): this {
    const n = note === null || note === '' ? undefined : String(note);
    this.forEach((r, c) => this.sheet.notes.set(r, c, n));
    return this.touched();
  }
  setNotes(notes: (string | null)[][]): this {
    const rows = this.checkGrid(notes, 'setNotes');
    this.forEach((r, c, i, j) => {
      const v = rows[i][j];
      this.sheet.notes.set(r, c, v === null || v === '' ? undefined : String(v));
    });
    return this.touched();
  }
  getNote(): string {
    return this.sheet.notes.get(this.area.row, this.area.column) ?? '';
  }
  getNotes(): string[][] {
    return this.cells((r, c) => this.sheet.notes.get(r, c) ?? '');
  }
  setDataValidation(rule: GoogleAppsScript.Spreadsheet.DataValidation | null): this {
    const model = ruleOf(rule);
    this.forEach((r, c) => this.sheet.validations.set(r, c, model));
    return this.touched();
  }
  setDataValidations(rules: (GoogleAppsScript.Spreadsheet.DataValidation | null)[][]): this {
    const rows = this.checkGrid(rules, 'setDataValidations');
    this.forEach((r, c, i, j) => this.sheet.validations.set(r, c, ruleOf(rows[i][j])));
    return this.touched();
  }
  getDataValidation(): GoogleAppsScript.Spreadsheet.DataValidation | null {
    return validationOf(this.ctx, this.sheet.validations.get(this.area.row, this.area.column));
  }
  getDataValidations(): (GoogleAppsScript.Spreadsheet.DataValidation | null)[][] {
    return this.cells((r, c) => validationOf(this.ctx, this.sheet.validations.get(r, c)));
  }
  setWrap(isWrapEnabled: boolean): this {
    const w = Boolean(isWrapEnabled);
    this.forEach((r, c) => this.sheet.wrap.set(r, c, w));
    return this.touched();
  }
  getWrap(): boolean {
    return this.sheet.wrapAt(this.area.row, this.area.column);
  }
  getWraps(): boolean[][] {
    return this.cells((r, c) => this.sheet.wrapAt(r, c));
  }
  // Cosmetic settings the offline workbook does not keep; accepted so layout code runs.
  setHorizontalAlignment(_a: string | null): this { return this; }
  setVerticalAlignment(_a: string | null): this { return this; }
  setWrapStrategy(_w: unknown): this { return this; }
  setFontColor(_c: string | null): this { return this; }
  setFontSize(_s: number): this { return this; }

  // Geometry ----------------------------------------------------------------------------------
  getRow(): number { return this.area.row; }
  getColumn(): number { return this.area.column; }
  getNumRows(): number { return this.area.numRows; }
  getNumColumns(): number { return this.area.numColumns; }
  getHeight(): number { return this.area.numRows; }
  getWidth(): number { return this.area.numColumns; }
  getLastRow(): number { return this.area.row + this.area.numRows - 1; }
  getLastColumn(): number { return this.area.column + this.area.numColumns - 1; }
  getA1Notation(): string { return toA1(this.area); }
  getSheet(): GoogleAppsScript.Spreadsheet.Sheet { return this.ctx.sheetOf(this.sheet); }
  getCell(row: number, column: number): GoogleAppsScript.Spreadsheet.Range {
    if (row < 1 || column < 1 || row > this.area.numRows || column > this.area.numColumns) {
      throw new Error('The coordinates of the range are outside the dimensions of the sheet.');
    }
    return rangeOf(this.ctx, this.sheet, { row: this.area.row + row - 1, column: this.area.column + column - 1, numRows: 1, numColumns: 1 });
  }
  offset(rowOffset: number, columnOffset: number, numRows?: number, numColumns?: number): GoogleAppsScript.Spreadsheet.Range {
    const a = checkArea(this.sheet, this.area.row + rowOffset, this.area.column + columnOffset, numRows ?? this.area.numRows, numColumns ?? this.area.numColumns, 'SpreadsheetApp.Range.offset');
    return rangeOf(this.ctx, this.sheet, a);
  }
  activate(): this {
    this.ctx.wb.activeSheet = this.ctx.wb.sheets.indexOf(this.sheet);
    this.ctx.wb.selection = { sheet: this.sheet.name, a1: toA1(this.area) };
    return this;
  }
  protect(): GoogleAppsScript.Spreadsheet.Protection {
    const model: ProtectionModel = { type: 'RANGE', description: '', editors: this.ctx.user ? [this.ctx.user] : [], warningOnly: false, domainEdit: true, range: { ...this.area } };
    this.sheet.protections.push(model);
    this.ctx.wb.dirty = true;
    return protectionOf(this.ctx, this.sheet, model);
  }
}
export interface RangeImpl extends GoogleAppsScript.Spreadsheet.Range {}
