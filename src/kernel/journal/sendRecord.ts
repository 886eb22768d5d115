import type { SEND_KINDS, SEND_STATES } from '../sheets/schema';

export type SendState = (typeof SEND_STATES)[number];
/** 通知 (the campaign's notice) or 催领 (the reminder to collect the gift). */
export type SendKind = (typeof SEND_KINDS)[number];

/** One state change of one notice: a row of 发送记录, or an entry of the journal not yet flushed. */
export interface SendRecord {
  /** Wall-clock 'YYYY-MM-DD HH:mm:ss' in the workbook's 时区. */
  readonly time: string;
  readonly campaignId: string;
  /** 工号 */
  readonly memberId: string;
  readonly name: string;
  readonly email: string;
  readonly state: SendState;
  readonly note: string;
  /** Who ran the send (操作人): the clerk, or the approver for automatic sends. */
  readonly operator: string;
  /** 类型; absent = 通知. */
  readonly kind?: SendKind;
}

/** (活动ID, 工号): the notice the at-most-once rule is about. */
export function noticeKey(campaignId: string, memberId: string): string {
  return `${campaignId}\u0000${memberId}`;
}

/**
 * (活动ID, 工号, 类型): a reminder has a key of its own, so its 发送中/失败 never makes the notice
 * look unsent and the notice's state never blocks it. A notice's key is its noticeKey.
 */
export function sendKey(campaignId: string, memberId: string, kind: SendKind | undefined): string {
  return kind === '催领' ? `${noticeKey(campaignId, memberId)}\u0000催领` : noticeKey(campaignId, memberId);
}

export function recordKey(r: SendRecord): string {
  return sendKey(r.campaignId, r.memberId, r.kind);
}

/** The latest record per notice and per reminder: later records (sheet order, then the journal) win. */
export function latestStates(records: Iterable<SendRecord>): Map<string, SendRecord> {
  const latest = new Map<string, SendRecord>();
  for (const r of records) latest.set(recordKey(r), r);
  return latest;
}

export function isReminder(r: SendRecord): boolean {
  return r.kind === '催领';
}

/** Notices already sent on `date` (any campaign): what counts against 每日发信上限 today. */
export function sentOn(date: string, latest: ReadonlyMap<string, SendRecord>): number {
  let n = 0;
  for (const r of latest.values()) if (r.state === '已发送' && r.time.startsWith(date)) n++;
  return n;
}
