/**
 * Makes the writes so far durable before the run relies on them (the send journal is cleared
 * only after 发送记录 holds its records). Offline, the runner saves the workbook here.
 */
export function flushSpreadsheet(app: GoogleAppsScript.Spreadsheet.SpreadsheetApp = SpreadsheetApp): void {
  app.flush();
}
