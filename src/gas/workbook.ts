import type { Cell } from '../kernel/values/cell';
import type { BlockWrite } from '../kernel/sheets/ownedWrites';
import { type EditorChanges, editorChanges } from '../kernel/sheets/protectionEditors';
import { numberFormatFor, type SheetSetup, timedCellFormats } from '../kernel/sheets/sheetLayout';
import type { TextRange, Workbook as WorkbookPort } from '../kernel/services/workbook';
import { fromSheetValue, toSheetValue } from './wallClockDates';

type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

/**
 * The active spreadsheet, seen as named tables of Cells. Every read is one getValues() per
 * sheet and every write one setValues() per block, whatever the row count. One instance serves
 * one run: a sheet is read at most once (a server call composing two actions' reads gets the
 * same values again), and a write to a sheet forgets what was read of it.
 */
export class Workbook implements WorkbookPort {
  readonly spreadsheet: GoogleAppsScript.Spreadsheet.Spreadsheet;
  readonly timeZone: string;
  private readonly sheets = new Map<string, Sheet | null>();
  private readonly values = new Map<string, Cell[][] | null>();

  constructor(
    private readonly app: GoogleAppsScript.Spreadsheet.SpreadsheetApp = SpreadsheetApp,
    private readonly utilities: GoogleAppsScript.Utilities.Utilities = Utilities,
    // Asked only by protect(): most runs never need to know who is running them.
    private readonly session: () => GoogleAppsScript.Base.Session = () => Session,
  ) {
    this.spreadsheet = app.getActiveSpreadsheet();
    this.timeZone = this.spreadsheet.getSpreadsheetTimeZone();
  }

  id(): string {
    return this.spreadsheet.getId();
  }

  hasSheet(name: string): boolean {
    return this.sheet(name) !== null;
  }

  private sheet(name: string): Sheet | null {
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

  /** Number formats of a sheet's data range (one call), e.g. to read a percent cell as shown; null when the sheet is missing. */
  readNumberFormats(name: string): string[][] | null {
    const sheet = this.sheet(name);
    return sheet ? sheet.getDataRange().getNumberFormats() : null;
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

  /**
   * Formats ranges as plain text ('@') before values are written into them, so Sheets keeps
   * '001024' and '13812345678' as the text they are. One call per range.
   */
  formatAsText(sheetName: string, ranges: readonly TextRange[]): void {
    const sheet = this.requireSheet(sheetName);
    if (ranges.length === 0) return;
    // Sheets refuses a range past the grid: grow it first, as the write that follows would.
    this.ensureSize(sheet, Math.max(...ranges.map((r) => r.row + r.rows - 1)), Math.max(...ranges.map((r) => r.column + r.columns - 1)));
    for (const r of ranges) sheet.getRange(r.row, r.column, r.rows, r.columns).setNumberFormat('@');
  }

  /**
   * Creates (or fills) one sheet. Formats come before values: a value written into a cell that is
   * not yet '@' would be turned into a number by Sheets ('001024' → 1024). The values go in last, in
   * one write, so a crash leaves either an empty sheet (filled on the next run) or a complete one.
   */
  setUp(setup: SheetSetup): void {
    const { spec } = setup;
    const sheet = setup.create ? this.insertSheet(spec.name) : this.sheet(spec.name)!;
    const columns = spec.columns.length;
    if (columns === 0) return;
    const maxRows = sheet.getMaxRows();
    spec.columns.forEach((column, i) => {
      const body = sheet.getRange(2, i + 1, Math.max(maxRows - 1, 1), 1);
      body.setNumberFormat(numberFormatFor(column));
      if (column.oneOf) {
        body.setDataValidation(this.app.newDataValidation().requireValueInList([...column.oneOf], true).setAllowInvalid(false).build());
      }
      if (column.wrap) body.setWrap(true);
      if (column.width) sheet.setColumnWidth(i + 1, column.width);
      const timed = timedCellFormats(column, setup.values.slice(1).map((row) => row[i]));
      if (timed) {
        if (timed.length + 1 > maxRows) this.ensureSize(sheet, timed.length + 1, i + 1);
        sheet.getRange(2, i + 1, timed.length, 1).setNumberFormats(timed);
      }
    });
    const header = sheet.getRange(1, 1, 1, columns);
    header.setFontWeight('bold');
    header.setBackground('#e8f0fe');
    sheet.setFrozenRows(1);
    this.write(spec.name, { row: 1, column: 1, values: setup.values });
  }

  /** The tab the clerk is looking at (offline: the tab the file opens on). */
  activeSheet(): string | null {
    return this.spreadsheet.getActiveSheet()?.getName() ?? null;
  }

  /** Brings a sheet to the front (Sheets: the tab shown; offline: the tab the file opens on). */
  showSheet(name: string): void {
    this.spreadsheet.setActiveSheet(this.requireSheet(name));
  }

  /**
   * Protects a whole sheet so that only `admins` (and the user running this) can edit it. Sheet
   * protection limits editing, not viewing. Re-running updates the existing protection in place
   * (Sheet.protect() returns it). Adding before removing follows Google's advice: removing a group
   * through which the running user may edit would otherwise fail.
   */
  protect(name: string, description: string, admins: readonly string[]): EditorChanges {
    const protection = this.requireSheet(name).protect().setDescription(description);
    protection.setWarningOnly(false);
    const me = (this.session().getEffectiveUser().getEmail() || '').trim().toLowerCase();
    const changes = editorChanges(protection.getEditors().map((u) => u.getEmail()), admins, me);
    if (changes.add.length) protection.addEditors([...changes.add]);
    if (changes.remove.length) protection.removeEditors([...changes.remove]);
    // Only a Google Workspace spreadsheet has a domain to shut out; elsewhere this is already false.
    if (protection.canDomainEdit()) protection.setDomainEdit(false);
    return changes;
  }

  /**
   * Makes the writes so far durable before the run relies on them (the send journal is cleared
   * only after 发送记录 holds its records). Offline, the runner saves the workbook here.
   */
  flush(): void {
    this.app.flush();
  }

  private insertSheet(name: string): Sheet {
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
  private ensureSize(sheet: Sheet, lastRow: number, lastColumn: number): void {
    const maxRows = sheet.getMaxRows();
    if (lastRow > maxRows) sheet.insertRowsAfter(maxRows, lastRow - maxRows);
    const maxColumns = sheet.getMaxColumns();
    if (lastColumn > maxColumns) sheet.insertColumnsAfter(maxColumns, lastColumn - maxColumns);
  }

  private toSheet(values: Cell[][]): (string | number | boolean | Date)[][] {
    return values.map((row) => row.map((v) => toSheetValue(v, this.timeZone, this.utilities)));
  }
}
