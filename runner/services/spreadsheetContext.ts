import type { CallLog } from './callLog';
import type { OfflineUi } from './ui';
import type { MemorySheet, MemoryWorkbook } from '../workbook';
import type { Area } from '../a1';
import { isDate } from '../cellInput';

/** The call-log group of every object SpreadsheetApp hands out. */
export const G = 'spreadsheet';

/** What every offline Spreadsheet object shares: the workbook, the call log, the ui and the user. */
export interface Ctx {
  wb: MemoryWorkbook;
  log: CallLog;
  ui: OfflineUi;
  user: string;
  /** SpreadsheetApp.flush(): the CLI makes the writes so far durable (see runner/unsavedChanges.ts). */
  onFlush?: () => void;
  // A range hands out its sheet, a sheet its spreadsheet, a protection its range: these reach the
  // piece above without importing it, so the modules form no import cycle.
  rangeOf(sheet: MemorySheet, area: Area): GoogleAppsScript.Spreadsheet.Range;
  sheetOf(sheet: MemorySheet): GoogleAppsScript.Spreadsheet.Sheet;
  spreadsheetOf(): GoogleAppsScript.Spreadsheet.Spreadsheet;
}

export function signatureError(method: string, args: unknown[]): Error {
  const types = args.map((a) => (a === null || a === undefined ? 'null' : Array.isArray(a) ? 'Object[]' : isDate(a) ? 'Date' : typeof a === 'object' ? 'Object' : typeof a));
  return new Error(`The parameters (${types.join(',')}) don't match the method signature for ${method}.`);
}
