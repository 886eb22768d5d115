/** A modal dialog showing `html` (built and escaped by src/ui). */
export function showHtmlDialog(
  title: string,
  html: string,
  size: { width: number; height: number } = { width: 760, height: 560 },
  app: GoogleAppsScript.Spreadsheet.SpreadsheetApp = SpreadsheetApp,
  htmlService: GoogleAppsScript.HTML.HtmlService = HtmlService,
): void {
  const output = htmlService.createHtmlOutput(html).setWidth(size.width).setHeight(size.height);
  app.getUi().showModalDialog(output, title);
}
