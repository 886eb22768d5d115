// The spreadsheet as the port shows it: named tables of Cells, read once per sheet and written
// one block per call, plus the few formatting jobs an action asks of Sheets. src/gas/workbook.ts
// implements it over SpreadsheetApp.
import type { Cell } from '../values/cell';
import type { BlockWrite } from '../sheets/ownedWrites';
import type { SheetSetup } from '../sheets/sheetLayout';
import type { EditorChanges } from '../sheets/protectionEditors';

/** A block that must hold plain text ('@') before values are written into it. */
export interface TextRange {
  readonly row: number;
  readonly column: number;
  readonly rows: number;
  readonly columns: number;
}

export interface Workbook {
  /** The spreadsheet's time zone: what its date cells mean. */
  readonly timeZone: string;
  /** The spreadsheet's ID (it names the calendar a first sync creates). */
  id(): string;
  hasSheet(name: string): boolean;
  sheetNames(): string[];
  /** All values of a sheet (header row first); null when the sheet does not exist. */
  read(name: string): Cell[][] | null;
  /** Number formats of a sheet's data range (one call), so a percent cell reads as shown; null when the sheet is missing. */
  readNumberFormats(name: string): string[][] | null;
  write(name: string, block: BlockWrite): void;
  /** Appends rows below the last row with content, in one write; the first row written. */
  append(name: string, rows: Cell[][]): number;
  setBackgrounds(name: string, row: number, column: number, colors: (string | null)[][]): void;
  /** Background colours of a block, '#ffffff' where none is set (as Sheets reports them). */
  readBackgrounds(name: string, row: number, column: number, rows: number, columns: number): string[][];
  /** Formats ranges as text before values go in, so '001024' stays '001024'. */
  formatAsText(name: string, ranges: readonly TextRange[]): void;
  /** Creates (or fills) one sheet: formats, validation and widths, then the values in one write. */
  setUp(setup: SheetSetup): void;
  /** The sheet shown (offline: the tab the file opens on); null when unknown. */
  activeSheet(): string | null;
  /**
   * Shows a sheet. Creating a sheet shows it too (Sheets' insertSheet does), so an action that
   * creates one puts the clerk's tab back unless showing another is the point (初始化工作簿).
   */
  showSheet(name: string): void;
  /** Protects a whole sheet so only `admins` (and the user running this) may edit it. */
  protect(name: string, description: string, admins: readonly string[]): EditorChanges;
  /** Makes the writes so far durable (offline, the runner saves the workbook). */
  flush(): void;
}
