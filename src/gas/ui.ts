// The clerk-facing side of SpreadsheetApp.getUi(): dialogs, the menu, the sidebar and HTML dialogs.
import type { MenuEntry } from '../kernel/contracts/menu';
import type { Dialogs, Ui } from '../kernel/services/services';
import { SIDEBAR_HTML } from '../ui/sidebarHtml';
import { SIDEBAR_TITLE, sidebarPage } from '../ui/sidebarPage';
import { isViewName } from '../ui/sidebarState';

export function uiDialogs(app: GoogleAppsScript.Spreadsheet.SpreadsheetApp = SpreadsheetApp): Dialogs {
  const ui = app.getUi();
  return {
    alert: (title, message) => void ui.alert(title, message, ui.ButtonSet.OK),
    confirm: (title, message) => ui.alert(title, message, ui.ButtonSet.YES_NO) === ui.Button.YES,
    choose: (title, message) => {
      const b = ui.alert(title, message, ui.ButtonSet.YES_NO_CANCEL);
      return b === ui.Button.YES ? 'yes' : b === ui.Button.NO ? 'no' : 'cancel';
    },
    prompt: (title, message) => {
      const r = ui.prompt(title, message, ui.ButtonSet.OK_CANCEL);
      return r.getSelectedButton() === ui.Button.OK ? r.getResponseText().trim() : null;
    },
    toast: (message) => app.getActiveSpreadsheet().toast(message, '工会助手'),
  };
}

/**
 * The Ui of the port. getUi() throws in a trigger or an api call, so nothing here touches it
 * until a menu action actually shows something.
 */
export function liveUi(
  app: GoogleAppsScript.Spreadsheet.SpreadsheetApp = SpreadsheetApp,
  html: GoogleAppsScript.HTML.HtmlService = HtmlService,
): Ui {
  let dialogs: Dialogs | null = null;
  const d = () => (dialogs ??= uiDialogs(app));
  return {
    alert: (title, message) => d().alert(title, message),
    confirm: (title, message) => d().confirm(title, message),
    choose: (title, message) => d().choose(title, message),
    prompt: (title, message) => d().prompt(title, message),
    toast: (message) => d().toast(message),
    showHtmlDialog: (title, page, size = { width: 760, height: 560 }) => {
      const output = html.createHtmlOutput(page).setWidth(size.width).setHeight(size.height);
      app.getUi().showModalDialog(output, title);
    },
    // Sheets fixes a sidebar's width at 300 px.
    showSidebar: (view) => {
      const output = html.createHtmlOutput(sidebarPage(SIDEBAR_HTML, isViewName(view) ? view : 'calendar')).setTitle(SIDEBAR_TITLE);
      app.getUi().showSidebar(output);
    },
    addMenu: (title: string, items: readonly MenuEntry[]) => {
      const menu = app.getUi().createMenu(title);
      for (const item of items) {
        if (item === 'separator') menu.addSeparator();
        else menu.addItem(item.caption, item.handler);
      }
      menu.addToUi();
    },
  };
}
