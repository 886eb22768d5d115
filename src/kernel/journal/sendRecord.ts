import type { SEND_STATES } from '../sheets/schema';

export type SendState = (typeof SEND_STATES)[number];

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
}

/** (活动ID, 工号): the notice the at-most-once rule is about. */
export function noticeKey(campaignId: string, memberId: string): string {
  return `${campaignId}\u0000${memberId}`;
}

/** The latest record per notice: later records (sheet order, then the journal) win. */
export function latestStates(records: Iterable<SendRecord>): Map<string, SendRecord> {
  const latest = new Map<string, SendRecord>();
  for (const r of records) latest.set(noticeKey(r.campaignId, r.memberId), r);
  return latest;
}

/** Notices already sent on `date` (any campaign): what counts against 每日发信上限 today. */
export function sentOn(date: string, latest: ReadonlyMap<string, SendRecord>): number {
  let n = 0;
  for (const r of latest.values()) if (r.state === '已发送' && r.time.startsWith(date)) n++;
  return n;
}
