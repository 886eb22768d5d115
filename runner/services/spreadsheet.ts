import type { CallLog } from './callLog';
import { makeEnum, enumName } from './enums';
import { offline, unwrap } from './offline';
import type { OfflineUi } from './ui';
import { MemorySheet, MemoryWorkbook, type CellValue, type ProtectionModel, type ValidationRule } from '../workbook';
import { parseA1, splitSheetName, toA1, type Area } from '../a1';
import { interpretInput, isDate } from '../cellInput';
import { displayValue } from '../numberFormat';
import { checkTimeZone } from '../timeZone';

const G = 'spreadsheet';

export const ProtectionType = makeEnum('ProtectionType', ['RANGE', 'SHEET']);
export const DataValidationCriteria = makeEnum('DataValidationCriteria', [
  'DATE_AFTER', 'DATE_BEFORE', 'DATE_BETWEEN', 'DATE_EQUAL_TO', 'DATE_IS_VALID_DATE', 'DATE_NOT_BETWEEN',
  'DATE_ON_OR_AFTER', 'DATE_ON_OR_BEFORE', 'NUMBER_BETWEEN', 'NUMBER_EQUAL_TO', 'NUMBER_GREATER_THAN',
  'NUMBER_GREATER_THAN_OR_EQUAL_TO', 'NUMBER_LESS_THAN', 'NUMBER_LESS_THAN_OR_EQUAL_TO', 'NUMBER_NOT_BETWEEN',
  'NUMBER_NOT_EQUAL_TO', 'TEXT_CONTAINS', 'TEXT_DOES_NOT_CONTAIN', 'TEXT_EQUAL_TO', 'TEXT_IS_VALID_EMAIL',
  'TEXT_IS_VALID_URL', 'VALUE_IN_LIST', 'VALUE_IN_RANGE', 'CUSTOM_FORMULA', 'CHECKBOX',
]);
export const Dimension = makeEnum('Dimension', ['COLUMNS', 'ROWS']);
export const WrapStrategy = makeEnum('WrapStrategy', ['WRAP', 'OVERFLOW', 'CLIP']);

/** Default width of a column in pixels, as in a new Google Sheet. */
const DEFAULT_COLUMN_WIDTH = 100;
/** What getNumberFormat() returns for a cell never formatted ("Automatic"). */
const AUTOMATIC_FORMAT = '0.###############';

interface Ctx {
  wb: MemoryWorkbook;
  log: CallLog;
  ui: OfflineUi;
  user: string;
  /** SpreadsheetApp.flush(): the CLI makes the writes so far durable (see runner/unsavedChanges.ts). */
  onFlush?: () => void;
}

function signatureError(method: string, args: unknown[]): Error {
  const types = args.map((a) => (a === null || a === undefined ? 'null' : Array.isArray(a) ? 'Object[]' : isDate(a) ? 'Date' : typeof a === 'object' ? 'Object' : typeof a));
  return new Error(`The parameters (${types.join(',')}) don't match the method signature for ${method}.`);
}

function isInt(v: unknown): v is number {
  return typeof v === 'number' && Number.isFinite(v);
}

// ---------------------------------------------------------------------------------------------
// DataValidation

class DataValidationImpl {
  constructor(readonly rule: ValidationRule, private readonly ctx: Ctx) {}
  getCriteriaType(): GoogleAppsScript.Spreadsheet.DataValidationCriteria {
    return DataValidationCriteria[this.rule.type === 'CUSTOM' ? 'CUSTOM_FORMULA' : this.rule.type] as unknown as GoogleAppsScript.Spreadsheet.DataValidationCriteria;
  }
  getCriteriaValues(): unknown[] {
    return this.rule.type === 'VALUE_IN_LIST' ? [[...this.rule.values], this.rule.showDropdown] : [...this.rule.values];
  }
  getAllowInvalid(): boolean { return this.rule.allowInvalid; }
  getHelpText(): string { return (this.rule.helpText || null) as string; }
  copy(): GoogleAppsScript.Spreadsheet.DataValidationBuilder { return validationBuilder(this.ctx, { ...this.rule }); }
}
interface DataValidationImpl extends GoogleAppsScript.Spreadsheet.DataValidation {}

class DataValidationBuilderImpl {
  constructor(private rule: ValidationRule | null, private readonly ctx: Ctx) {}
  private set(patch: Partial<ValidationRule>): this {
    this.rule = { type: 'CUSTOM', values: [], showDropdown: false, allowInvalid: true, helpText: '', ...this.rule, ...patch };
    return this;
  }
  requireValueInList(values: unknown[], showDropdown?: boolean): this {
    if (!Array.isArray(values)) throw signatureError('DataValidationBuilder.requireValueInList', [values]);
    if (values.length > 500) throw new Error('The data validation rule has more than 500 items.');
    return this.set({ type: 'VALUE_IN_LIST', values: values.map(String), showDropdown: showDropdown ?? true });
  }
  requireDate(): this { return this.set({ type: 'DATE_IS_VALID_DATE', values: [] }); }
  requireNumberBetween(start: number, end: number): this { return this.set({ type: 'NUMBER_BETWEEN', values: [start, end] }); }
  requireNumberGreaterThanOrEqualTo(n: number): this { return this.set({ type: 'NUMBER_GREATER_THAN_OR_EQUAL_TO', values: [n] }); }
  requireCheckbox(): this { return this.set({ type: 'CHECKBOX', values: [] }); }
  setAllowInvalid(allow: boolean): this { return this.set({ allowInvalid: Boolean(allow) }); }
  setHelpText(text: string): this { return this.set({ helpText: String(text) }); }
  getAllowInvalid(): boolean { return this.rule?.allowInvalid ?? true; }
  getHelpText(): string { return (this.rule?.helpText || null) as string; }
  build(): GoogleAppsScript.Spreadsheet.DataValidation {
    if (!this.rule || this.rule.type === 'CUSTOM') throw new Error('You must specify a criteria type for the data validation rule.');
    return offline(new DataValidationImpl({ ...this.rule }, this.ctx), G, 'DataValidation', this.ctx.log);
  }
}
interface DataValidationBuilderImpl extends GoogleAppsScript.Spreadsheet.DataValidationBuilder {}

function validationBuilder(ctx: Ctx, rule: ValidationRule | null): GoogleAppsScript.Spreadsheet.DataValidationBuilder {
  return offline(new DataValidationBuilderImpl(rule, ctx), G, 'DataValidationBuilder', ctx.log);
}

function validationOf(ctx: Ctx, rule: ValidationRule | undefined): GoogleAppsScript.Spreadsheet.DataValidation | null {
  return rule ? offline(new DataValidationImpl(rule, ctx), G, 'DataValidation', ctx.log) : null;
}

function ruleOf(v: unknown): ValidationRule | undefined {
  if (v === null || v === undefined) return undefined;
  const impl = unwrap<DataValidationImpl>(v);
  if (!(impl instanceof DataValidationImpl)) throw signatureError('SpreadsheetApp.Range.setDataValidation', [v]);
  return impl.rule;
}

function satisfies(rule: ValidationRule, v: CellValue): boolean {
  switch (rule.type) {
    case 'VALUE_IN_LIST': return rule.values.some((x) => String(x) === (isDate(v) ? '' : String(v)));
    case 'DATE_IS_VALID_DATE': return isDate(v);
    case 'NUMBER_BETWEEN': return typeof v === 'number' && v >= Number(rule.values[0]) && v <= Number(rule.values[1]);
    case 'NUMBER_GREATER_THAN_OR_EQUAL_TO': return typeof v === 'number' && v >= Number(rule.values[0]);
    case 'CHECKBOX': return typeof v === 'boolean';
    default: return true;
  }
}

// ---------------------------------------------------------------------------------------------
// Protection

class UserImpl {
  constructor(private readonly email: string) {}
  getEmail(): string { return this.email; }
  getUserLoginId(): string { return this.email; }
  toString(): string { return this.email; }
}
interface UserImpl extends GoogleAppsScript.Base.User {}

export function offlineUser(email: string, log: CallLog, group = G): GoogleAppsScript.Base.User {
  return offline(new UserImpl(email), group, 'User', log);
}

function emailOf(v: unknown): string {
  if (typeof v === 'string') return v.trim();
  const impl = unwrap<UserImpl>(v);
  if (impl instanceof UserImpl) return impl.getEmail();
  throw signatureError('SpreadsheetApp.Protection.addEditor', [v]);
}

class ProtectionImpl {
  constructor(readonly model: ProtectionModel, private readonly sheet: MemorySheet, private readonly ctx: Ctx) {}
  private removed(): boolean { return !this.sheet.protections.includes(this.model); }
  getProtectionType(): GoogleAppsScript.Spreadsheet.ProtectionType {
    return ProtectionType[this.model.type] as unknown as GoogleAppsScript.Spreadsheet.ProtectionType;
  }
  getDescription(): string { return this.model.description; }
  setDescription(d: string): this { this.model.description = String(d); this.ctx.wb.dirty = true; return this; }
  addEditor(user: unknown): this { return this.addEditors([user]); }
  addEditors(users: unknown[]): this {
    for (const u of users) {
      const e = emailOf(u);
      if (e && !this.model.editors.includes(e)) this.model.editors.push(e);
    }
    return this;
  }
  removeEditor(user: unknown): this { return this.removeEditors([user]); }
  removeEditors(users: unknown[]): this {
    // The owner and the user running the script can never lose access (Sheets keeps them).
    const drop = new Set(users.map(emailOf).filter((e) => e !== this.ctx.user));
    this.model.editors = this.model.editors.filter((e) => !drop.has(e));
    return this;
  }
  getEditors(): GoogleAppsScript.Base.User[] { return this.model.editors.map((e) => offlineUser(e, this.ctx.log)); }
  setWarningOnly(w: boolean): this { this.model.warningOnly = Boolean(w); return this; }
  isWarningOnly(): boolean { return this.model.warningOnly; }
  setDomainEdit(d: boolean): this { this.model.domainEdit = Boolean(d); return this; }
  canDomainEdit(): boolean { return this.model.domainEdit; }
  // The offline user owns the workbook, and owners can always edit.
  canEdit(): boolean { return !this.removed(); }
  remove(): void {
    const i = this.sheet.protections.indexOf(this.model);
    if (i >= 0) this.sheet.protections.splice(i, 1);
  }
  getRange(): GoogleAppsScript.Spreadsheet.Range {
    const r = this.model.range ?? { row: 1, column: 1, numRows: this.sheet.maxRows, numColumns: this.sheet.maxColumns };
    return rangeOf(this.ctx, this.sheet, r);
  }
}
interface ProtectionImpl extends GoogleAppsScript.Spreadsheet.Protection {}

function protectionOf(ctx: Ctx, sheet: MemorySheet, model: ProtectionModel): GoogleAppsScript.Spreadsheet.Protection {
  return offline(new ProtectionImpl(model, sheet, ctx), G, 'Protection', ctx.log);
}

// ---------------------------------------------------------------------------------------------
// Range

function rangeOf(ctx: Ctx, sheet: MemorySheet, area: Area): GoogleAppsScript.Spreadsheet.Range {
  return offline(new RangeImpl(ctx, sheet, area), G, 'Range', ctx.log);
}

function checkArea(sheet: MemorySheet, row: unknown, col: unknown, numRows: unknown, numCols: unknown, method: string): Area {
  if (!isInt(row) || !isInt(col) || !isInt(numRows) || !isInt(numCols)) throw signatureError(method, [row, col, numRows, numCols]);
  const a = { row: Math.trunc(row), column: Math.trunc(col), numRows: Math.trunc(numRows), numColumns: Math.trunc(numCols) };
  if (a.row < 1) throw new Error('The starting row of the range is too small.');
  if (a.column < 1) throw new Error('The starting column of the range is too small.');
  if (a.numRows < 1) throw new Error('The number of rows in the range must be at least 1.');
  if (a.numColumns < 1) throw new Error('The number of columns in the range must be at least 1.');
  if (a.row + a.numRows - 1 > sheet.maxRows || a.column + a.numColumns - 1 > sheet.maxColumns) {
    throw new Error('The coordinates of the range are outside the dimensions of the sheet.');
  }
  return a;
}

function areaFromA1(sheet: MemorySheet, a1: string): Area {
  const a = parseA1(a1, sheet.maxRows, sheet.maxColumns);
  if (!a) throw new Error(`Range not found`);
  return checkArea(sheet, a.row, a.column, a.numRows, a.numColumns, 'SpreadsheetApp.Sheet.getRange');
}

class RangeImpl {
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
  // Cosmetic settings the offline workbook does not keep; accepted so layout code runs.
  setHorizontalAlignment(_a: string | null): this { return this; }
  setVerticalAlignment(_a: string | null): this { return this; }
  setWrap(_w: boolean): this { return this; }
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
  getSheet(): GoogleAppsScript.Spreadsheet.Sheet { return sheetOf(this.ctx, this.sheet); }
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
interface RangeImpl extends GoogleAppsScript.Spreadsheet.Range {}

// ---------------------------------------------------------------------------------------------
// Sheet

function sheetOf(ctx: Ctx, sheet: MemorySheet): GoogleAppsScript.Spreadsheet.Sheet {
  return offline(new SheetImpl(ctx, sheet), G, 'Sheet', ctx.log);
}

class SheetImpl {
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
  getParent(): GoogleAppsScript.Spreadsheet.Spreadsheet { return spreadsheetOf(this.ctx); }

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
      for (const g of [s.formats, s.backgrounds, s.bold, s.validations] as const) (g as { copyRow(a: number, b: number): void }).copyRow(afterPosition, afterPosition + i);
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
      for (const g of [s.formats, s.backgrounds, s.bold, s.validations]) (g as { copyRow(a: number, b: number): void }).copyRow(beforePosition + howMany, beforePosition + i);
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
interface SheetImpl extends GoogleAppsScript.Spreadsheet.Sheet {}

// ---------------------------------------------------------------------------------------------
// Spreadsheet

function spreadsheetOf(ctx: Ctx): GoogleAppsScript.Spreadsheet.Spreadsheet {
  return offline(new SpreadsheetImpl(ctx), G, 'Spreadsheet', ctx.log);
}

function sheetImplOf(v: unknown): SheetImpl {
  const impl = unwrap<SheetImpl>(v);
  if (!(impl instanceof SheetImpl)) throw signatureError('SpreadsheetApp.Spreadsheet.deleteSheet', [v]);
  return impl;
}

class SpreadsheetImpl {
  constructor(private readonly ctx: Ctx) {}
  private get wb(): MemoryWorkbook { return this.ctx.wb; }

  getId(): string { return this.wb.id; }
  getName(): string { return this.wb.name; }
  rename(name: string): void { this.wb.name = String(name); }
  getUrl(): string { return `https://docs.google.com/spreadsheets/d/${this.wb.id}/edit`; }
  getSpreadsheetTimeZone(): string { return this.wb.timeZone; }
  setSpreadsheetTimeZone(tz: string): void {
    checkTimeZone(tz);
    this.wb.timeZone = tz;
    this.wb.dirty = true;
  }
  getSpreadsheetLocale(): string { return this.wb.locale; }
  getSheetByName(name: string): GoogleAppsScript.Spreadsheet.Sheet | null {
    const s = this.wb.sheet(String(name));
    return s ? sheetOf(this.ctx, s) : null;
  }
  getSheetById(id: number): GoogleAppsScript.Spreadsheet.Sheet | null {
    const s = this.wb.sheets.find((x) => x.sheetId === id);
    return s ? sheetOf(this.ctx, s) : null;
  }
  getSheets(): GoogleAppsScript.Spreadsheet.Sheet[] {
    return this.wb.sheets.map((s) => sheetOf(this.ctx, s));
  }
  getNumSheets(): number { return this.wb.sheets.length; }
  insertSheet(a?: unknown, b?: unknown): GoogleAppsScript.Spreadsheet.Sheet {
    let name: string | undefined;
    let index: number | undefined;
    if (typeof a === 'string') {
      name = a;
      if (typeof b === 'number') index = b;
    } else if (typeof a === 'number') index = a;
    else if (a !== undefined) throw signatureError('SpreadsheetApp.Spreadsheet.insertSheet', [a, b]);
    if (name === undefined) {
      let n = this.wb.sheets.length + 1;
      while (this.wb.sheet(`Sheet${n}`)) n++;
      name = `Sheet${n}`;
    }
    if (this.wb.sheet(name)) throw new Error(`A sheet with the name "${name}" already exists. Please enter another name.`);
    const sheet = this.wb.addSheet(name, index);
    // The new sheet becomes the active one, as in Sheets.
    this.wb.activeSheet = this.wb.sheets.indexOf(sheet);
    this.wb.dirty = true;
    return sheetOf(this.ctx, sheet);
  }
  deleteSheet(sheet: GoogleAppsScript.Spreadsheet.Sheet): void {
    const impl = sheetImplOf(sheet);
    const i = this.wb.sheets.indexOf(impl.sheet);
    if (i < 0) throw new Error(`The sheet ${impl.sheet.name} has been deleted.`);
    if (this.wb.sheets.length === 1) throw new Error("You can't remove all the sheets in a document.");
    this.wb.sheets.splice(i, 1);
    if (this.wb.activeSheet >= this.wb.sheets.length) this.wb.activeSheet = 0;
    this.wb.dirty = true;
  }
  getActiveSheet(): GoogleAppsScript.Spreadsheet.Sheet {
    return sheetOf(this.ctx, activeSheet(this.wb));
  }
  setActiveSheet(sheet: GoogleAppsScript.Spreadsheet.Sheet): GoogleAppsScript.Spreadsheet.Sheet {
    const impl = sheetImplOf(sheet);
    this.wb.activeSheet = this.wb.sheets.indexOf(impl.sheet);
    this.wb.selection = { sheet: impl.sheet.name, a1: 'A1' };
    return sheetOf(this.ctx, impl.sheet);
  }
  getActiveRange(): GoogleAppsScript.Spreadsheet.Range {
    return activeRange(this.ctx);
  }
  getActiveCell(): GoogleAppsScript.Spreadsheet.Range {
    const r = activeRange(this.ctx);
    const sheet = activeSheet(this.wb);
    const a = unwrap<RangeImpl>(r)!.area;
    return rangeOf(this.ctx, sheet, { row: a.row, column: a.column, numRows: 1, numColumns: 1 });
  }
  setActiveRange(range: GoogleAppsScript.Spreadsheet.Range): GoogleAppsScript.Spreadsheet.Range {
    const impl = unwrap<RangeImpl>(range);
    if (!(impl instanceof RangeImpl)) throw signatureError('SpreadsheetApp.Spreadsheet.setActiveRange', [range]);
    impl.activate();
    return rangeOf(this.ctx, impl.sheet, impl.area);
  }
  getRange(a1: string): GoogleAppsScript.Spreadsheet.Range {
    const { sheet, ref } = splitSheetName(String(a1));
    const s = sheet === null ? activeSheet(this.wb) : this.wb.sheet(sheet);
    if (!s) throw new Error('Range not found');
    return rangeOf(this.ctx, s, areaFromA1(s, ref));
  }
  getRangeByName(_name: string): GoogleAppsScript.Spreadsheet.Range | null { return null; }
  toast(msg: string, title?: string, _timeoutSeconds?: number | null): void {
    this.ctx.ui.toast(String(msg), title === undefined ? '' : String(title));
  }
  getProtections(type: unknown): GoogleAppsScript.Spreadsheet.Protection[] {
    const t = enumName(type);
    return this.wb.sheets.flatMap((s) => s.protections.filter((p) => p.type === t).map((p) => protectionOf(this.ctx, s, p)));
  }
}
interface SpreadsheetImpl extends GoogleAppsScript.Spreadsheet.Spreadsheet {}

function activeSheet(wb: MemoryWorkbook): MemorySheet {
  const s = wb.sheets[wb.activeSheet] ?? wb.sheets[0];
  if (!s) throw new Error('工作簿中没有工作表');
  return s;
}

function activeRange(ctx: Ctx): GoogleAppsScript.Spreadsheet.Range {
  const sel = ctx.wb.selection;
  const sheet = activeSheet(ctx.wb);
  if (!sel || sel.sheet !== sheet.name) return rangeOf(ctx, sheet, { row: 1, column: 1, numRows: 1, numColumns: 1 });
  return rangeOf(ctx, sheet, areaFromA1(sheet, sel.a1));
}

// ---------------------------------------------------------------------------------------------
// SpreadsheetApp

class SpreadsheetAppImpl {
  readonly ProtectionType = ProtectionType as unknown as typeof GoogleAppsScript.Spreadsheet.ProtectionType;
  readonly DataValidationCriteria = DataValidationCriteria as unknown as typeof GoogleAppsScript.Spreadsheet.DataValidationCriteria;
  readonly Dimension = Dimension as unknown as typeof GoogleAppsScript.Spreadsheet.Dimension;
  readonly WrapStrategy = WrapStrategy as unknown as typeof GoogleAppsScript.Spreadsheet.WrapStrategy;
  constructor(private readonly ctx: Ctx, private readonly ui: GoogleAppsScript.Base.Ui) {}
  getActiveSpreadsheet(): GoogleAppsScript.Spreadsheet.Spreadsheet { return spreadsheetOf(this.ctx); }
  getActive(): GoogleAppsScript.Spreadsheet.Spreadsheet { return spreadsheetOf(this.ctx); }
  getActiveSheet(): GoogleAppsScript.Spreadsheet.Sheet { return sheetOf(this.ctx, activeSheet(this.ctx.wb)); }
  getActiveRange(): GoogleAppsScript.Spreadsheet.Range { return activeRange(this.ctx); }
  setActiveSheet(sheet: GoogleAppsScript.Spreadsheet.Sheet): GoogleAppsScript.Spreadsheet.Sheet {
    return new SpreadsheetImpl(this.ctx).setActiveSheet(sheet);
  }
  getUi(): GoogleAppsScript.Base.Ui { return this.ui; }
  flush(): void { this.ctx.onFlush?.(); }
  newDataValidation(): GoogleAppsScript.Spreadsheet.DataValidationBuilder { return validationBuilder(this.ctx, null); }
}
interface SpreadsheetAppImpl extends GoogleAppsScript.Spreadsheet.SpreadsheetApp {}

/**
 * SpreadsheetApp over an in-memory workbook. `user` is the effective user (protections list them
 * as editors). Every call of every object it hands out is counted in `log`.
 */
export function createSpreadsheetApp(wb: MemoryWorkbook, log: CallLog, ui: OfflineUi, user = '', onFlush?: () => void): GoogleAppsScript.Spreadsheet.SpreadsheetApp {
  const ctx: Ctx = { wb, log, ui, user, onFlush };
  return offline(new SpreadsheetAppImpl(ctx, ui.attach(log)), G, 'SpreadsheetApp', log);
}
