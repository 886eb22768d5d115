// A long send (慰问通知, 催领) pauses before Apps Script's 6-minute limit and resumes from a
// one-off trigger. The job marker says which campaign to resume and for whom; the lock covers
// one execution only, so between two batches the marker is what says the send is under way.
// Each kind of send has its own job and handler, so a paused notice and a paused reminder never
// take each other's place.
import type { ActionResult } from './contracts/actionResult';
import { clearJobMarker, readJobMarker, writeJobMarker } from './jobMarker';
import { LOCKED_MESSAGE, type Services } from './services/services';

export interface PausableSend {
  /** The job marker's name. */
  readonly job: string;
  /** The export of src/main.ts the one-off trigger runs. */
  readonly handler: string;
  /** The menu item that finishes it at once. */
  readonly title: string;
  /** What is sent, after the campaign in a sentence: '' (the notice) or '的催领通知'. */
  readonly noun: string;
}

export interface PendingSend {
  readonly campaignId: string;
  readonly by: string;
  readonly startedAt: string;
}

/** A minute: the next execution starts with a fresh 6 minutes. */
export const CONTINUE_AFTER_MS = 60 * 1000;

/** The campaign a paused send will resume, if any. */
export function pendingSend(send: PausableSend, properties: GoogleAppsScript.Properties.Properties): PendingSend | null {
  const marker = readJobMarker(send.job, properties);
  const campaignId = (marker?.detail as { campaignId?: string } | undefined)?.campaignId;
  return marker && campaignId ? { campaignId, by: marker.by, startedAt: marker.startedAt } : null;
}

/**
 * Why another campaign cannot be sent now: sending it would replace the marker of the paused
 * one and strand it. null when nothing else is pending.
 */
export function otherSendPending(send: PausableSend, pending: PendingSend | null, campaignId: string): string | null {
  if (!pending || pending.campaignId === campaignId) return null;
  const p = pending.campaignId;
  return `活动“${p}”${send.noun}正在分批发送（${pending.by} 于 ${pending.startedAt} 开始，约 1 分钟后自动继续）。请等它发完后再发送活动“${campaignId}”${send.noun}；`
    + `也可以现在对活动“${p}”再点一次“${send.title}”，立即把它发完（已发送的人不会重复收到）。`;
}

/**
 * The one-off trigger: resumes the paused send under the document lock, its time budget counted
 * from the start of this execution. A one-off trigger fires once, so finding the workbook busy it
 * books the next one itself rather than leave the send half done.
 */
export function resumeSend<T>(send: PausableSend, services: Services, run: (pending: PendingSend, startedAt: number) => ActionResult<T>): ActionResult<T> {
  const startedAt = Date.now();
  services.triggers.cancelContinuation(send.handler);
  const pending = pendingSend(send, services.properties);
  if (!pending) return { status: 'done', message: '没有需要继续的发送。', problems: [] };
  const outcome = services.lock.run(() => run(pending, startedAt));
  if (outcome.locked) {
    services.triggers.scheduleContinuation(send.handler, CONTINUE_AFTER_MS);
    return { status: 'locked', message: LOCKED_MESSAGE, problems: [] };
  }
  return outcome.value;
}

/** After a run: paused by its time budget, it books its continuation; otherwise the job is over. */
export function settleSend(send: PausableSend, services: Services, paused: PendingSend | null): void {
  if (paused) {
    writeJobMarker({ job: send.job, startedAt: paused.startedAt, by: paused.by, detail: { campaignId: paused.campaignId } }, services.properties);
    services.triggers.scheduleContinuation(send.handler, CONTINUE_AFTER_MS);
  } else {
    clearJobMarker(send.job, services.properties);
  }
}

/** The paused send cannot go on (refused, edited, finished): forget it. */
export function endSend(send: PausableSend, properties: GoogleAppsScript.Properties.Properties): void {
  clearJobMarker(send.job, properties);
}
