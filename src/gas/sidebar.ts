// Shows the sidebar page and moves the clerk's selection: the Apps Script side of src/ui.
import { SIDEBAR_HTML } from '../ui/sidebarHtml';
import { SIDEBAR_TITLE, sidebarPage } from '../ui/sidebarPage';
import type { ViewName } from '../ui/sidebarState';

/** Opens (or replaces) the sidebar on `view`. Sheets fixes a sidebar's width at 300 px. */
export function showSidebar(
  view: ViewName,
  app: GoogleAppsScript.Spreadsheet.SpreadsheetApp = SpreadsheetApp,
  html: GoogleAppsScript.HTML.HtmlService = HtmlService,
): void {
  const output = html.createHtmlOutput(sidebarPage(SIDEBAR_HTML, view)).setTitle(SIDEBAR_TITLE);
  app.getUi().showSidebar(output);
}

/**
 * Selects row `row` of `sheetName` (its used columns) and shows that sheet. Returns the sheet's
 * last row when the row is not there, so the caller can say so.
 */
export function selectSheetRow(
  sheetName: string,
  row: number,
  app: GoogleAppsScript.Spreadsheet.SpreadsheetApp = SpreadsheetApp,
): { selected: true } | { selected: false; sheetExists: boolean; lastRow: number } {
  const sheet = app.getActiveSpreadsheet().getSheetByName(sheetName);
  if (!sheet) return { selected: false, sheetExists: false, lastRow: 0 };
  const lastRow = sheet.getLastRow();
  if (row > lastRow) return { selected: false, sheetExists: true, lastRow };
  sheet.getRange(row, 1, 1, Math.max(1, sheet.getLastColumn())).activate();
  return { selected: true };
}
