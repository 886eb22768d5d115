/** The clerk-facing prompts every action uses, over SpreadsheetApp.getUi(). */
export interface Dialogs {
  alert(title: string, message: string): void;
  /** YES/NO question; true only on an explicit YES. */
  confirm(title: string, message: string): boolean;
  /** YES/NO/CANCEL question. */
  choose(title: string, message: string): 'yes' | 'no' | 'cancel';
  /** null when the clerk cancels. */
  prompt(title: string, message: string): string | null;
  toast(message: string): void;
}

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
