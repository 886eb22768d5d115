// The public functions of the bundle: menu handlers, onOpen, and the api calls used by the
// sidebar (google.script.run) and the offline runner. The build generates an Apps Script
// top-level stub for each export. Logic lives in the feature folders (src/calendar, src/notices, …).
import { type ActionResult } from './kernel/contracts/actionResult';
import { checkAidAction, menuCheckAid as runCheckAid } from './aid/checkAid';
import { initWorkbook, menuInitWorkbook as runInitWorkbook } from './setup/initWorkbook';
import { generateFestivals, menuGenerateFestivals as runGenerateFestivals } from './festivals/generateFestivals';
import { type ImportRequest, importRows } from './import/importIntoSheet';
import { menuImportLedger as runImportLedger } from './import/importLedger';
import { menuImportRoster as runImportRoster } from './import/importRoster';
import { MENU_ITEMS, MENU_TITLE } from './kernel/contracts/menu';
import { menuProtectSheets as runProtectSheets } from './setup/protectSheets';
import { selectRow } from './ui/selectRow';
import { selectSheetRow, showSidebar } from './gas/sidebar';
import { calendarApply, calendarPreview } from './calendar/sidebarCalendar';
import { campaignList, noticePreview, sendCampaign, sendProgress, testNotice } from './notices/sidebarNotices';
import { continueSync, SYNC_TITLE, syncCalendar, type SyncData } from './calendar/syncCalendar';
import { EXPORT_TITLE, exportIcs, menuExportIcs as runExportIcs } from './calendar/exportIcs';
import { uiDialogs } from './gas/dialogs';
import { guarded } from './gas/guarded';
import { addMenu } from './gas/menu';
import { approveCampaign, menuApproveCampaign as runApproveCampaign } from './notices/approveCampaign';
import { autoSendNotices as runAutoSend, continueAutoSend as runContinueAutoSend, menuDisableAutoSend as runDisableAutoSend, menuEnableAutoSend as runEnableAutoSend } from './notices/autoSend';
import type { CampaignChoice } from './notices/noticeData';
import { menuPreviewNotices as runPreviewNotices, previewNotices } from './notices/previewNotices';
import { continueSendingNotices as runContinueSending, menuSendNotices as runSendNotices, sendNotices } from './notices/sendNotices';
import { menuSendTestNotice as runSendTestNotice, sendTestNotice } from './notices/sendTestNotice';
import { menuPrintSignSheets as runPrintSignSheets, menuSendReminders as runSendReminders } from './pickup/pickupMenu';
import { lookupPickup, type RecordPickupsRequest, recordPickups } from './pickup/recordPickupsAction';
import { autoSendReminders, previewReminders, sendReminders } from './pickup/reminderActions';
import { signSheets } from './pickup/signSheetAction';
import { noticeServices } from './notices/noticeData';
import { aidCheckView } from './aid/aidCheckView';
import type { AidCheckView, CalendarApplyView, CalendarPreviewView, CampaignListView, NoticePreviewView, SelectRowView, SendProgressView, SendTestView, SidebarReply } from './kernel/contracts/sidebarContract';
import { fromActionResult, sidebarCall } from './kernel/contracts/sidebarReplies';

export function onOpen(): void {
  addMenu(MENU_TITLE, MENU_ITEMS);
}

export function menuInitWorkbook(): void {
  guarded('初始化工作簿', () => runInitWorkbook(), uiDialogs);
}

export function apiInitWorkbook(options: { sample?: boolean }): ActionResult {
  return initWorkbook({ sample: !!options?.sample });
}

export function menuSyncCalendar(): void {
  guarded(SYNC_TITLE, () => {
    const dialogs = uiDialogs();
    const result = syncCalendar({ kind: 'menu', dialogs });
    dialogs.alert(SYNC_TITLE, [result.message, ...result.problems.slice(0, 20)].join('\n'));
  }, uiDialogs);
}

/** The one-off trigger that resumes a sync stopped near the time limit (no UI in triggers). */
export function continueSyncCalendar(): void {
  const result = continueSync();
  if (result) console.log(`${SYNC_TITLE}（自动继续）：${result.message}`);
}

/** dryRun previews (data.planToken names the preview); planToken applies only that preview. */
export function apiSyncCalendar(options: { dryRun?: boolean; confirmDeletes?: boolean; createCalendar?: boolean; planToken?: string; budgetMs?: number }): ActionResult<SyncData> {
  const o = options ?? {};
  return syncCalendar({ kind: 'api', dryRun: !!o.dryRun, confirmDeletes: !!o.confirmDeletes, createCalendar: !!o.createCalendar, planToken: o.planToken }, o.budgetMs);
}

export function menuExportIcs(): void {
  guarded(EXPORT_TITLE, () => runExportIcs(uiDialogs()), uiDialogs);
}

export function apiExportIcs(): ActionResult {
  return exportIcs();
}

export function menuGenerateFestivals(): void {
  guarded('生成节日慰问活动', () => runGenerateFestivals(), uiDialogs);
}

/** year defaults to 设置!计划年度; dryRun previews without writing. */
export function apiGenerateFestivals(options: { year?: number; dryRun?: boolean }): ActionResult {
  return generateFestivals({ year: options?.year }, () => !options?.dryRun);
}

export function menuImportRoster(): void {
  guarded('导入名册', () => runImportRoster(), uiDialogs);
}

export function menuImportLedger(): void {
  guarded('导入帮扶台账', () => runImportLedger(), uiDialogs);
}

export function apiImport(request: ImportRequest): ActionResult {
  return importRows(request);
}

export function menuCheckAid(): void {
  guarded('核算帮扶金', () => runCheckAid(), uiDialogs);
}

export function apiCheckAid(): ActionResult {
  return checkAidAction();
}

export function menuProtectSheets(): void {
  guarded('保护敏感工作表', () => runProtectSheets(), uiDialogs);
}

// 慰问通知 (menu items, the api of the sidebar and the offline CLI, and the triggers).
export function menuPreviewNotices(): void {
  guarded('预览慰问通知', () => runPreviewNotices(), uiDialogs);
}

export function menuSendTestNotice(): void {
  guarded('发送测试邮件给我', () => runSendTestNotice(), uiDialogs);
}

export function menuApproveCampaign(): void {
  guarded('审核通过', () => runApproveCampaign(), uiDialogs);
}

export function menuSendNotices(): void {
  guarded('发送慰问通知', () => runSendNotices(), uiDialogs);
}

export function menuEnableAutoSend(): void {
  guarded('开启自动发送', () => runEnableAutoSend(), uiDialogs);
}

export function menuDisableAutoSend(): void {
  guarded('关闭自动发送', () => runDisableAutoSend(), uiDialogs);
}

export function apiPreviewNotices(options: CampaignChoice): ActionResult {
  return previewNotices({ campaignId: options?.campaignId, row: options?.row });
}

export function apiSendTestNotice(options: CampaignChoice & { to?: string }): ActionResult {
  return sendTestNotice({ campaignId: options?.campaignId, row: options?.row, to: options?.to });
}

export function apiApproveCampaign(options: CampaignChoice): ActionResult {
  return approveCampaign({ campaignId: options?.campaignId, row: options?.row });
}

export function apiSendNotices(options: CampaignChoice): ActionResult {
  return sendNotices({ campaignId: options?.campaignId, row: options?.row });
}

/** The hourly trigger of 开启自动发送, and `uniondesk run-due`: due notices, then due 催领 reminders. */
export function autoSendNotices(): ActionResult {
  const notices = runAutoSend();
  const reminders = autoSendReminders(noticeServices());
  if (reminders.status === 'done' && !reminders.data?.runs.length) return notices;
  return { ...notices, status: notices.status === 'done' ? reminders.status : notices.status, message: `${notices.message}\n${reminders.message}`, problems: [...notices.problems, ...reminders.problems] };
}

// 领取登记, 催领 and 签领单.
export function menuSendReminders(): void {
  guarded('发送催领通知', () => runSendReminders(), uiDialogs);
}

export function menuPrintSignSheets(): void {
  guarded('打印签领单', () => runPrintSignSheets(), uiDialogs);
}

export function apiRecordPickups(request: RecordPickupsRequest): ActionResult {
  return recordPickups(request ?? { campaignId: '' }, noticeServices());
}

/** The 领取登记 view's search box: a scanned 工号 or part of a name. */
export function apiPickupLookup(options: { campaignId: string; query: string }): ActionResult {
  return lookupPickup({ campaignId: options?.campaignId, query: options?.query }, noticeServices());
}

export function apiPreviewReminders(options: { campaignId: string }): ActionResult {
  return previewReminders({ campaignId: options?.campaignId }, noticeServices());
}

export function apiSendReminders(options: { campaignId: string }): ActionResult {
  return sendReminders({ campaignId: options?.campaignId }, noticeServices());
}

export function apiSignSheets(options: { campaignId: string }): ActionResult {
  return signSheets({ campaignId: options?.campaignId }, noticeServices());
}

/** One-off continuation triggers of long sends. */
export function continueSendingNotices(): ActionResult {
  return runContinueSending();
}

export function continueAutoSend(): ActionResult {
  return runContinueAutoSend();
}

export function menuOpenSidebar(): void {
  guarded('打开工作面板', () => showSidebar('calendar'), uiDialogs);
}

export function sidebarSelectRow(sheet: string, row: number): SidebarReply<SelectRowView> {
  return sidebarCall(() => selectRow(sheet, row, selectSheetRow));
}

export function sidebarAidCheck(): SidebarReply<AidCheckView> {
  return sidebarCall(() => fromActionResult(checkAidAction(), aidCheckView));
}

export function sidebarCalendarPreview(): SidebarReply<CalendarPreviewView> {
  return sidebarCall(() => calendarPreview());
}

export function sidebarCalendarApply(planToken: string): SidebarReply<CalendarApplyView> {
  return sidebarCall(() => calendarApply(planToken));
}

export function sidebarCampaigns(): SidebarReply<CampaignListView> {
  return sidebarCall(() => campaignList());
}

export function sidebarNoticePreview(campaignId: string): SidebarReply<NoticePreviewView> {
  return sidebarCall(() => noticePreview(campaignId));
}

export function sidebarSendTest(campaignId: string): SidebarReply<SendTestView> {
  return sidebarCall(() => testNotice(campaignId));
}

export function sidebarSend(campaignId: string): SidebarReply<SendProgressView> {
  return sidebarCall(() => sendCampaign(campaignId));
}

export function sidebarSendProgress(campaignId: string): SidebarReply<SendProgressView> {
  return sidebarCall(() => sendProgress(campaignId));
}
