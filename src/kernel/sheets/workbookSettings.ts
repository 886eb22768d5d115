import { readSettings, type SettingsRead } from './readSettings';
import { SHEET } from './schema';
import type { Clock } from '../services/services';
import type { Workbook } from '../services/workbook';

/** 设置 of the workbook; the plan year defaults to this year in the workbook's time zone. */
export function workbookSettings(workbook: Workbook, clock: Clock): SettingsRead {
  return readSettings(workbook.read(SHEET.settings), clock.currentYear(workbook.timeZone));
}
