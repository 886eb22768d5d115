import type { Cell } from '../kernel/values/cell';
import type { BlockWrite } from '../kernel/sheets/ownedWrites';
import { fromSheetValue, toSheetValue } from './wallClockDates';

type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

/**
 * The active spreadsheet, seen as named tables of Cells. Every read is one getValues() per
 * sheet and every write one setValues() per block, whatever the row count. One instance serves
 * one run: a sheet is read at most once (a server call composing two actions' reads gets the
 * same values again), and a write to a sheet forgets what was read of it.
 */
export class Workbook {
  readonly spreadsheet: GoogleAppsScript.Spreadsheet.Spreadsheet;
  readonly timeZone: string;
  private readonly sheets = new Map<string, Sheet | null>();
  private readonly values = new Map<string, Cell[][] | null>();

  constructor(
    app: GoogleAppsScript.Spreadsheet.SpreadsheetApp = SpreadsheetApp,
    private readonly utilities: GoogleAppsScript.Utilities.Utilities = Utilities,
  ) {
    this.spreadsheet = app.getActiveSpreadsheet();
    this.timeZone = this.spreadsheet.getSpreadsheetTimeZone();
  }

  sheet(name: string): Sheet | null {
    if (!this.sheets.has(name)) this.sheets.set(name, this.spreadsheet.getSheetByName(name));
    return this.sheets.get(name)!;
  }

  sheetNames(): string[] {
    return this.spreadsheet.getSheets().map((s) => s.getName());
  }

  /** All values of a sheet (header row first); null when the sheet does not exist. */
  read(name: string): Cell[][] | null {
    if (!this.values.has(name)) this.values.set(name, this.readSheet(name));
    return this.values.get(name)!;
  }

  private readSheet(name: string): Cell[][] | null {
    const sheet = this.sheet(name);
    if (!sheet) return null;
    const values = sheet.getDataRange().getValues();
    if (values.length === 1 && values[0].length === 1 && values[0][0] === '') return [];
    return values.map((row) => row.map((v) => fromSheetValue(v, this.timeZone, this.utilities)));
  }

  write(name: string, block: BlockWrite): void {
    if (block.values.length === 0 || block.values[0].length === 0) return;
    this.values.delete(name);
    const sheet = this.requireSheet(name);
    const rows = block.values.length;
    const cols = block.values[0].length;
    this.ensureSize(sheet, block.row + rows - 1, block.column + cols - 1);
    sheet.getRange(block.row, block.column, rows, cols).setValues(this.toSheet(block.values));
  }

  /** Appends rows below the last row with content, in one write. */
  append(name: string, rows: Cell[][]): number {
    const sheet = this.requireSheet(name);
    const first = sheet.getLastRow() + 1;
    this.write(name, { row: first, column: 1, values: rows });
    return first;
  }

  setBackgrounds(name: string, row: number, column: number, colors: (string | null)[][]): void {
    if (colors.length === 0) return;
    this.requireSheet(name).getRange(row, column, colors.length, colors[0].length).setBackgrounds(colors as string[][]);
  }

  /** Background colours of a block, '#ffffff' where none is set (as Sheets reports them). */
  readBackgrounds(name: string, row: number, column: number, rows: number, columns: number): string[][] {
    if (rows === 0 || columns === 0) return [];
    return this.requireSheet(name).getRange(row, column, rows, columns).getBackgrounds();
  }

  insertSheet(name: string): Sheet {
    const sheet = this.spreadsheet.insertSheet(name, this.spreadsheet.getSheets().length);
    this.sheets.set(name, sheet);
    this.values.delete(name);
    return sheet;
  }

  private requireSheet(name: string): Sheet {
    const sheet = this.sheet(name);
    if (!sheet) throw new Error(`找不到工作表“${name}”，请先运行“初始化工作簿”`);
    return sheet;
  }

  /** Sheets refuses ranges past the grid, so grow it first (one call, only when needed). */
  ensureSize(sheet: Sheet, lastRow: number, lastColumn: number): void {
    const maxRows = sheet.getMaxRows();
    if (lastRow > maxRows) sheet.insertRowsAfter(maxRows, lastRow - maxRows);
    const maxColumns = sheet.getMaxColumns();
    if (lastColumn > maxColumns) sheet.insertColumnsAfter(maxColumns, lastColumn - maxColumns);
  }

  private toSheet(values: Cell[][]): (string | number | boolean | Date)[][] {
    return values.map((row) => row.map((v) => toSheetValue(v, this.timeZone, this.utilities)));
  }
}
