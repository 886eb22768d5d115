// The sidebar's 慰问通知 calls: thin adapters over the notice actions (preview, test mail, send)
// that return the views of src/kernel/contracts/sidebarContract.ts. The send also publishes its progress in a
// document property, which sidebarSendProgress reads while the send call is still running.
import { campaignFingerprint } from './campaignFingerprint';
import { type CampaignState, effectiveState } from './campaignState';
import { campaignAtRow } from './noticeCheck';
import { JOURNAL_PROPERTY } from '../kernel/journal/sendJournal';
import { SHEET } from '../kernel/sheets/schema';
import { campaignOption, noticePreviewView, sendTestView } from './noticeViews';
import { finalProgress, idleProgress, readProgress, SendTally } from './sendProgress';
import type { CampaignListView, NoticePreviewView, SendProgressView, SendTestView, SidebarReply } from '../kernel/contracts/sidebarContract';
import { actionRefusal, fromActionResult, ok, refusal } from '../kernel/contracts/sidebarReplies';
import { readNoticeSession } from './noticeData';
import { previewNotices } from './previewNotices';
import { sendNotices } from './sendNotices';
import { sendTestNotice } from './sendTestNotice';
import { type Services, servicesWith } from '../kernel/services/services';

export const PROGRESS_PROPERTY = 'UnionDesk.sidebarSendProgress';
/**
 * Progress is published after this many notices or this long, whichever comes first: a
 * document property write per mail would double the send's property writes for nothing.
 */
const PROGRESS_EVERY_NOTICES = 10;
const PROGRESS_EVERY_MS = 2000;

export function campaignList(services: Services): SidebarReply<CampaignListView> {
  const { data } = readNoticeSession(services);
  const campaigns = data.campaigns.map((c) => campaignOption(c, effectiveState(c, campaignFingerprint(c, data.templates.get(c.templateName) ?? null)).state));
  const row = services.user.selectedRow(SHEET.campaigns);
  return ok({ campaigns, selectedId: (row !== null ? campaignAtRow(data, row)?.id : null) ?? null });
}

export function noticePreview(campaignId: string, services: Services): SidebarReply<NoticePreviewView> {
  // The preview and the campaign's details come from one read of each sheet.
  const result = previewNotices({ campaignId }, services);
  if (!result.data) return actionRefusal(result);
  const { data } = readNoticeSession(services);
  const campaign = data.campaigns.find((c) => c.id === result.data!.campaignId)!;
  return ok(noticePreviewView(result, campaignOption(campaign, result.data.state as CampaignState)));
}

export function testNotice(campaignId: string, services: Services): SidebarReply<SendTestView> {
  return fromActionResult(sendTestNotice({ campaignId }, services), (data, result) => sendTestView(data, result.message));
}

export function sendCampaign(campaignId: string, base: Services): SidebarReply<SendProgressView> {
  const preview = previewNotices({ campaignId }, base);
  if (!preview.data) return actionRefusal(preview);
  const total = Math.min(preview.data.toSend.length, preview.data.allowance);
  const tally = new SendTally(campaignId, total);
  const properties = base.properties;
  const sending = '正在发送，可以关闭侧边栏，发送不会中断。';
  let last = { at: 0, settled: 0 };
  const publish = (view: SendProgressView) => {
    properties.setProperty(PROGRESS_PROPERTY, JSON.stringify(view));
    last = { at: Date.now(), settled: view.sent + view.failed + view.skipped };
  };
  publish(tally.view('sending', sending));
  const watched = watchJournal(properties, (encoded) => {
    if (!tally.takeJournal(encoded)) return;
    const view = tally.view('sending', sending);
    if (view.sent + view.failed + view.skipped - last.settled >= PROGRESS_EVERY_NOTICES || Date.now() - last.at >= PROGRESS_EVERY_MS) publish(view);
  });
  try {
    // A fresh read under the action's lock: the preview above only sized the progress bar.
    const result = sendNotices({ campaignId }, servicesWith(base, { workbook: base.openWorkbook(), properties: watched }));
    // 'done' with no report: nothing was left to send (the campaign is 已完成).
    const reply = result.status === 'done' && !result.data
      ? refusal<SendProgressView>('refused', result.message)
      : fromActionResult(result, (report, r) => finalProgress(report, r.message));
    if (reply.ok) publish(reply.data);
    else properties.deleteProperty(PROGRESS_PROPERTY);
    return reply;
  } catch (e) {
    properties.deleteProperty(PROGRESS_PROPERTY);
    throw e;
  }
}

/** Cheap: one property read, safe to poll while sendCampaign runs in another execution. */
export function sendProgress(campaignId: string, services: Services): SidebarReply<SendProgressView> {
  const properties = services.properties;
  if (typeof campaignId !== 'string' || campaignId === '') return refusal('refused', '没有指明活动。');
  return ok(readProgress(properties.getProperty(PROGRESS_PROPERTY), campaignId) ?? idleProgress(campaignId));
}

/** The same properties, telling `onJournal` each time the send's journal is written. */
function watchJournal(properties: GoogleAppsScript.Properties.Properties, onJournal: (encoded: string) => void): GoogleAppsScript.Properties.Properties {
  return new Proxy(properties, {
    get(target, name) {
      if (name === 'setProperty') {
        return (key: string, value: string) => {
          const r = target.setProperty(key, value);
          if (key === JOURNAL_PROPERTY) onJournal(value);
          return r;
        };
      }
      const v = (target as unknown as Record<string | symbol, unknown>)[name];
      return typeof v === 'function' ? v.bind(target) : v;
    },
  });
}
