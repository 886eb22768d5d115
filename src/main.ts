// The public functions of the bundle: menu handlers, onOpen, triggers, and the api calls of the
// sidebar (google.script.run) and the offline runner. The build generates an Apps Script
// top-level stub for each export. Each builds the live services once (src/gas) and calls its
// feature's action; the story of each menu item is in its feature folder.
import { menuCheckAid as checkAidMenu, checkAidAction } from './aid/checkAid';
import { sidebarAidCheck as aidCheckForSidebar } from './aid/sidebarAid';
import { calendarApply, calendarPreview } from './calendar/sidebarCalendar';
import { EXPORT_TITLE, exportIcs, menuExportIcs as exportIcsMenu } from './calendar/exportIcs';
import { SYNC_TITLE } from './calendar/syncCalendar';
import { apiSyncCalendar as syncForApi, continueSyncCalendar as syncContinuation, menuSyncCalendar as syncMenu, type SyncOptions } from './calendar/syncEntries';
import { generateFestivals, menuGenerateFestivals as festivalsMenu } from './festivals/generateFestivals';
import { type ImportRequest, importRows } from './import/importIntoSheet';
import { menuImportLedger as importLedgerMenu } from './import/importLedger';
import { menuImportRoster as importRosterMenu } from './import/importRoster';
import { approveCampaign, menuApproveCampaign as approveMenu } from './notices/approveCampaign';
import type { AutoSendData } from './kernel/contracts/campaignRun';
import { autoSendNotices as autoSend, continueAutoSend as autoSendContinuation, menuDisableAutoSend as disableAutoSendMenu, menuEnableAutoSend as enableAutoSendMenu } from './notices/autoSend';
import type { CampaignChoice } from './notices/noticeData';
import { menuPreviewNotices as previewMenu, previewNotices } from './notices/previewNotices';
import { continueSendingNotices as sendContinuation, menuSendNotices as sendMenu, sendNotices } from './notices/sendNotices';
import { menuSendTestNotice as testNoticeMenu, sendTestNotice } from './notices/sendTestNotice';
import { campaignList, noticePreview, sendCampaign, sendProgress, testNotice } from './notices/sidebarNotices';
import { menuPrintSignSheets as printSignSheetsMenu, menuSendReminders as remindMenu } from './pickup/pickupMenu';
import { lookupPickup, type RecordPickupsRequest, recordPickups } from './pickup/recordPickupsAction';
import { pickupLookup, recordPickup, undoPickup } from './pickup/sidebarPickup';
import { autoSendReminders, continueSendingReminders as remindContinuation, previewReminders, sendReminders } from './pickup/reminderActions';
import { signSheets } from './pickup/signSheetAction';
import { initWorkbook, menuInitWorkbook as initMenu } from './setup/initWorkbook';
import { menuProtectSheets as protectMenu } from './setup/protectSheets';
import { selectRow } from './ui/selectRow';
import { guarded } from './gas/guarded';
import { liveServices } from './gas/services';
import type { ActionResult } from './kernel/contracts/actionResult';
import { MENU_ITEMS, MENU_TITLE } from './kernel/contracts/menu';
import type { AidCheckView, CalendarApplyView, PickupLookupView, PickupRecordView, CalendarPreviewView, CampaignListView, NoticePreviewView, SelectRowView, SendProgressView, SendTestView, SidebarReply } from './kernel/contracts/sidebarContract';
import { sidebarCall } from './kernel/contracts/sidebarReplies';
import type { SyncData } from './kernel/contracts/calendarData';
import type { Services } from './kernel/services/services';

/** A menu item: an unexpected error reaches the clerk as one Chinese sentence. */
function menu(title: string, action: (services: Services) => unknown): void {
  const services = liveServices();
  guarded(title, () => action(services), () => services.ui);
}

/** A sidebar call: an unexpected error becomes a 'failed' reply, never an exception. */
function sidebar<T>(action: (services: Services) => SidebarReply<T>): SidebarReply<T> {
  return sidebarCall(() => action(liveServices()));
}

export function onOpen(): void {
  liveServices().ui.addMenu(MENU_TITLE, MENU_ITEMS);
}

// 初始化, 保护 (src/setup)
export function menuInitWorkbook(): void { menu('初始化工作簿', initMenu); }
export function apiInitWorkbook(options: { sample?: boolean }): ActionResult { return initWorkbook({ sample: !!options?.sample }, liveServices()); }
export function menuProtectSheets(): void { menu('保护敏感工作表', protectMenu); }

// 工作计划 → 日历 (src/calendar)
export function menuSyncCalendar(): void { menu(SYNC_TITLE, syncMenu); }
/** The one-off trigger that resumes a sync stopped near the time limit. */
export function continueSyncCalendar(): ActionResult | void { return whenDue('continueSyncCalendar', syncContinuation); }
export function apiSyncCalendar(options: SyncOptions): ActionResult<SyncData> { return syncForApi(options, liveServices()); }
export function menuExportIcs(): void { menu(EXPORT_TITLE, exportIcsMenu); }
export function apiExportIcs(): ActionResult { return exportIcs(liveServices()); }

// 节日慰问活动 (src/festivals); year defaults to 设置!计划年度, dryRun previews without writing.
export function menuGenerateFestivals(): void { menu('生成节日慰问活动', festivalsMenu); }
export function apiGenerateFestivals(options: { year?: number; dryRun?: boolean }): ActionResult { return generateFestivals({ year: options?.year }, () => !options?.dryRun, liveServices()); }

// 导入 (src/import)
export function menuImportRoster(): void { menu('导入名册', importRosterMenu); }
export function menuImportLedger(): void { menu('导入帮扶台账', importLedgerMenu); }
export function apiImport(request: ImportRequest): ActionResult { return importRows(request, liveServices()); }

// 帮扶 (src/aid)
export function menuCheckAid(): void { menu('核算帮扶金', checkAidMenu); }
export function apiCheckAid(): ActionResult { return checkAidAction(liveServices()); }

// 慰问通知 (src/notices): menu items, the api of the sidebar and the CLI, and the triggers.
export function menuPreviewNotices(): void { menu('预览慰问通知', previewMenu); }
export function menuSendTestNotice(): void { menu('发送测试邮件给我', testNoticeMenu); }
export function menuApproveCampaign(): void { menu('审核通过', approveMenu); }
export function menuSendNotices(): void { menu('发送慰问通知', sendMenu); }
export function menuEnableAutoSend(): void { menu('开启自动发送', enableAutoSendMenu); }
export function menuDisableAutoSend(): void { menu('关闭自动发送', disableAutoSendMenu); }
export function apiPreviewNotices(options: CampaignChoice): ActionResult { return previewNotices({ campaignId: options?.campaignId, row: options?.row }, liveServices()); }
export function apiSendTestNotice(options: CampaignChoice & { to?: string }): ActionResult { return sendTestNotice({ campaignId: options?.campaignId, row: options?.row, to: options?.to }, liveServices()); }
export function apiApproveCampaign(options: CampaignChoice): ActionResult { return approveCampaign({ campaignId: options?.campaignId, row: options?.row }, liveServices()); }
export function apiSendNotices(options: CampaignChoice): ActionResult { return sendNotices({ campaignId: options?.campaignId, row: options?.row }, liveServices()); }
/** The hourly trigger of 开启自动发送, and `uniondesk run-due`: due notices, then due 催领 reminders. */
export function autoSendNotices(): ActionResult { return withDueReminders(autoSend, liveServices()); }

/** Notices, then the due 催领 reminders, within the 6 minutes of one execution. */
function withDueReminders(sendNotices: (services: Services) => ActionResult<AutoSendData>, services: Services): ActionResult<AutoSendData> {
  const startedAt = Date.now();
  const notices = sendNotices(services);
  // A mail server that failed for the notices would fail the reminders alike: one message is enough.
  if (notices.data?.runs.some((r) => r.stoppedBy === 'unavailable')) return notices;
  const reminders = autoSendReminders(services, startedAt);
  if (reminders.status === 'done' && !reminders.data?.runs.length) return notices;
  return { ...notices, status: notices.status === 'done' ? reminders.status : notices.status, message: `${notices.message}\n${reminders.message}`, problems: [...notices.problems, ...reminders.problems] };
}

// 领取登记, 催领 and 签领单 (src/pickup)
export function menuSendReminders(): void { menu('发送催领通知', remindMenu); }
export function menuPrintSignSheets(): void { menu('打印签领单', printSignSheetsMenu); }
export function apiRecordPickups(request: RecordPickupsRequest): ActionResult { return recordPickups(request ?? { campaignId: '' }, liveServices()); }
/** The 领取登记 view's search box: a scanned 工号 or part of a name. */
export function apiPickupLookup(options: { campaignId: string; query: string }): ActionResult { return lookupPickup({ campaignId: options?.campaignId, query: options?.query }, liveServices()); }
export function apiPreviewReminders(options: { campaignId: string }): ActionResult { return previewReminders({ campaignId: options?.campaignId }, liveServices()); }
export function apiSendReminders(options: { campaignId: string }): ActionResult { return sendReminders({ campaignId: options?.campaignId }, liveServices()); }
export function apiSignSheets(options: { campaignId: string }): ActionResult { return signSheets({ campaignId: options?.campaignId }, liveServices()); }
/** One-off continuation triggers of long sends (and their hourly backups). */
export function continueSendingNotices(): ActionResult { return whenDue('continueSendingNotices', sendContinuation); }
export function continueSendingReminders(): ActionResult { return whenDue('continueSendingReminders', remindContinuation); }
export function continueAutoSend(): ActionResult { return whenDue('continueAutoSend', (s) => withDueReminders(autoSendContinuation, s)); }

/** A continuation's hourly backup that fires before the booked run is due leaves the job alone. */
function whenDue<T>(handler: string, resume: (services: Services) => T): T | ActionResult {
  const services = liveServices();
  if (!services.triggers.continuationDue(handler)) return { status: 'done', message: '还没到自动继续的时间，本次什么也没做。', problems: [] };
  return resume(services);
}

// 工作面板 (the sidebar): its page calls these through google.script.run.
export function menuOpenSidebar(): void { menu('打开工作面板', (s) => s.ui.showSidebar('calendar')); }
export function sidebarSelectRow(sheet: string, row: number): SidebarReply<SelectRowView> { return sidebar((s) => selectRow(sheet, row, s)); }
export function sidebarAidCheck(): SidebarReply<AidCheckView> { return aidCheckForSidebar(liveServices()); }
export function sidebarCalendarPreview(): SidebarReply<CalendarPreviewView> { return sidebar(calendarPreview); }
export function sidebarCalendarApply(planToken: string): SidebarReply<CalendarApplyView> { return sidebar((s) => calendarApply(planToken, s)); }
export function sidebarCampaigns(): SidebarReply<CampaignListView> { return sidebar(campaignList); }
export function sidebarNoticePreview(campaignId: string): SidebarReply<NoticePreviewView> { return sidebar((s) => noticePreview(campaignId, s)); }
export function sidebarSendTest(campaignId: string): SidebarReply<SendTestView> { return sidebar((s) => testNotice(campaignId, s)); }
export function sidebarSend(campaignId: string): SidebarReply<SendProgressView> { return sidebar((s) => sendCampaign(campaignId, s)); }
export function sidebarSendProgress(campaignId: string): SidebarReply<SendProgressView> { return sidebar((s) => sendProgress(campaignId, s)); }
export function sidebarPickupLookup(campaignId: string, query: string): SidebarReply<PickupLookupView> { return sidebar((s) => pickupLookup(campaignId, query, s)); }
export function sidebarRecordPickup(campaignId: string, memberId: string, proxy: string): SidebarReply<PickupRecordView> { return sidebar((s) => recordPickup(campaignId, memberId, proxy, s)); }
export function sidebarUndoPickup(campaignId: string, memberId: string): SidebarReply<PickupRecordView> { return sidebar((s) => undoPickup(campaignId, memberId, s)); }
