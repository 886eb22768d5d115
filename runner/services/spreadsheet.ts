import type { CallLog } from './callLog';
import { makeEnum, enumName } from './enums';
import { offline, unwrap } from './offline';
import type { OfflineUi } from './ui';
import type { MemorySheet, MemoryWorkbook } from '../workbook';
import { splitSheetName } from '../a1';
import { checkTimeZone } from '../timeZone';
import { G, signatureError, type Ctx } from './spreadsheetContext';
import { areaFromA1 } from './rangeArea';
import { DataValidationCriteria, validationBuilder } from './dataValidation';
import { ProtectionType, protectionOf } from './protection';
import { RangeImpl, rangeOf } from './range';
import { SheetImpl, sheetOf } from './sheet';

export { DataValidationCriteria, ProtectionType };
export const Dimension = makeEnum('Dimension', ['COLUMNS', 'ROWS']);
export const WrapStrategy = makeEnum('WrapStrategy', ['WRAP', 'OVERFLOW', 'CLIP']);

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
    // Only the runner's new file has no sheet yet (a Google spreadsheet always has one): nothing is shown.
    if (this.wb.sheets.length === 0) return null as unknown as GoogleAppsScript.Spreadsheet.Sheet;
    return sheetOf(this.ctx, activeSheet(this.wb));
  }
  setActiveSheet(sheet: GoogleAppsScript.Spreadsheet.Sheet): GoogleAppsScript.Spreadsheet.Sheet {
    const impl = sheetImplOf(sheet);
    const index = this.wb.sheets.indexOf(impl.sheet);
    // Offline the shown tab is what the file opens on: a change is worth saving.
    if (index !== this.wb.activeSheet) this.wb.dirty = true;
    this.wb.activeSheet = index;
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
  const ctx: Ctx = {
    wb, log, ui, user, onFlush,
    rangeOf: (sheet, area) => rangeOf(ctx, sheet, area),
    sheetOf: (sheet) => sheetOf(ctx, sheet),
    spreadsheetOf: () => spreadsheetOf(ctx),
  };
  return offline(new SpreadsheetAppImpl(ctx, ui.attach(log)), G, 'SpreadsheetApp', log);
}
