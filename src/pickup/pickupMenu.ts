// The menu items 发送催领通知 and 打印签领单: choose the campaign, show, confirm, act, report.
import { SHEET } from '../kernel/sheets/schema';
import type { ActionResult } from '../kernel/contracts/actionResult';
import { resultText } from '../kernel/contracts/resultText';
import type { Services } from '../kernel/services/services';
import { askCampaign } from '../notices';
import { previewReminders, type ReminderRunData, sendReminders } from './reminderActions';
import { type SignSheetData, signSheets } from './signSheetAction';

const REMIND_TITLE = '发送催领通知';
const SHEETS_TITLE = '打印签领单';

export function menuSendReminders(services: Services): ActionResult<ReminderRunData> | ActionResult<{ lines: string[] }> {
  // Apps Script's 6 minutes run from the click: the time the clerk spends on the dialogs counts.
  const startedAt = Date.now();
  const choice = askCampaign(REMIND_TITLE, services);
  if (!choice) return { status: 'cancelled', message: '已取消。', problems: [] };
  const campaignId = choice.campaignId ?? campaignIdAtRow(services, choice.row);
  const preview = previewReminders({ campaignId }, services);
  const sendable = preview.status === 'done' && !/领取已截止|将发送催领通知 0 人/.test(preview.message);
  if (!sendable) {
    services.ui.alert(REMIND_TITLE, resultText(preview, 15));
    return preview;
  }
  if (!services.ui.confirm(REMIND_TITLE, `${preview.message.split('\n').slice(0, 25).join('\n')}\n\n确定发送吗？`)) return { status: 'cancelled', message: '已取消，没有发送任何邮件。', problems: [] };
  const result = sendReminders({ campaignId }, services, startedAt);
  services.ui.alert(REMIND_TITLE, resultText(result, 15));
  return result;
}

export function menuPrintSignSheets(services: Services): ActionResult<SignSheetData> {
  const choice = askCampaign(SHEETS_TITLE, services);
  if (!choice) return { status: 'cancelled', message: '已取消。', problems: [] };
  const result = signSheets({ campaignId: choice.campaignId ?? campaignIdAtRow(services, choice.row) }, services);
  if (result.data) services.ui.showHtmlDialog(`${SHEETS_TITLE}：${result.data.campaignId}（按 Ctrl+P 打印）`, result.data.html, { width: 900, height: 640 });
  else services.ui.alert(SHEETS_TITLE, resultText(result));
  return result;
}

/** The 活动ID on the selected row of 慰问活动 ('' when the row holds none: the action then says so). */
function campaignIdAtRow(services: Services, row: number | undefined): string {
  const values = services.workbook.read(SHEET.campaigns) ?? [];
  const column = (values[0] ?? []).findIndex((h) => String(h).trim() === '活动ID');
  return row && column >= 0 ? String(values[row - 1]?.[column] ?? '').trim() : '';
}
