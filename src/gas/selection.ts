/** The sheet row the clerk has selected when `sheetName` is the active sheet; null otherwise. */
export function selectedRow(sheetName: string, app: GoogleAppsScript.Spreadsheet.SpreadsheetApp = SpreadsheetApp): number | null {
  const sheet = app.getActiveSheet();
  if (!sheet || sheet.getName() !== sheetName) return null;
  const range = app.getActiveRange();
  const row = range ? range.getRow() : 0;
  return row >= 2 ? row : null;
}
