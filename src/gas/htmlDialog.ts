/** A modal dialog with our own HTML page (built in src/ui, every value escaped there). */
export function showHtmlDialog(
  html: string,
  title: string,
  size: { width: number; height: number },
  app: GoogleAppsScript.Spreadsheet.SpreadsheetApp = SpreadsheetApp,
  htmlService: GoogleAppsScript.HTML.HtmlService = HtmlService,
): void {
  const output = htmlService.createHtmlOutput(html).setWidth(size.width).setHeight(size.height);
  app.getUi().showModalDialog(output, title);
}

/** Base64 of the UTF-8 octets of a text (a data: link's payload). */
export function base64Utf8(text: string, utilities: GoogleAppsScript.Utilities.Utilities = Utilities): string {
  return utilities.base64Encode(text, utilities.Charset.UTF_8);
}
