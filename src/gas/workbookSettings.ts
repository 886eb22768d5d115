import { readSettings, type SettingsRead } from '../kernel/sheets/readSettings';
import { SHEET } from '../kernel/sheets/schema';
import { currentYear } from './clock';
import type { Workbook } from './workbook';

/** 设置 of the workbook; the plan year defaults to this year in the workbook's time zone. */
export function workbookSettings(workbook: Workbook, utilities: GoogleAppsScript.Utilities.Utilities = Utilities): SettingsRead {
  return readSettings(workbook.read(SHEET.settings), currentYear(workbook.timeZone, utilities));
}
