import type { MenuEntry } from '../kernel/contracts/menu';

/** Builds the menu and nothing else: onOpen may run without authorization. */
export function addMenu(title: string, items: readonly MenuEntry[], app: GoogleAppsScript.Spreadsheet.SpreadsheetApp = SpreadsheetApp): void {
  const menu = app.getUi().createMenu(title);
  for (const item of items) {
    if (item === 'separator') menu.addSeparator();
    else menu.addItem(item.caption, item.handler);
  }
  menu.addToUi();
}
