import type { Audience, Recipient, Skipped } from './audience';
import { clipText } from '../kernel/text/clipText';
import type { SendKind, SendRecord, SendState } from '../kernel/journal/sendRecord';
import { sendKey } from '../kernel/journal/sendRecord';

/** Mails per flush of the journal to 发送记录: one spreadsheet write per this many sends. */
export const FLUSH_EVERY = 50;

export interface PlannedSend {
  readonly recipient: Recipient;
  /** The notice's latest record when it is a retry (失败, or 跳过 whose cause is now fixed). */
  readonly previous: SendRecord | null;
}

export interface SendPlan {
  readonly campaignId: string;
  /** What is sent: the notice, or the reminder to collect (each has its own at-most-once key). */
  readonly kind: SendKind;
  /** Who gets a mail now, in roster order (before the daily limit is applied). */
  readonly toSend: readonly PlannedSend[];
  /** Latest state 已发送: never sent again, whoever they are now. */
  readonly alreadySent: readonly SendRecord[];
  /** Latest state 发送中: a run stopped while mailing them; the clerk decides. */
  readonly inFlight: readonly SendRecord[];
  /** Skipped now (no or bad address), not already sent or in flight. */
  readonly skipped: readonly Skipped[];
  /** The skipped ones whose 跳过 (with this reason) is not yet recorded. */
  readonly newSkips: readonly Skipped[];
}

/**
 * Who to send to now. The latest record per (活动ID, 工号) decides: 已发送 is never resent,
 * 发送中 is listed for the clerk and left alone, 失败 is retried, 跳过 is retried once the
 * person has a usable address (the cause is fixed), and anyone without a record is sent.
 */
export function planSends(campaignId: string, audience: Audience, latest: ReadonlyMap<string, SendRecord>, kind: SendKind = '通知'): SendPlan {
  const alreadySent: SendRecord[] = [];
  const inFlight: SendRecord[] = [];
  const key = (memberId: string) => sendKey(campaignId, memberId, kind);
  for (const r of latest.values()) {
    if (r.campaignId !== campaignId || (r.kind ?? '通知') !== kind) continue;
    if (r.state === '已发送') alreadySent.push(r);
    else if (r.state === '发送中') inFlight.push(r);
  }
  const settled = (memberId: string): boolean => {
    const state = latest.get(key(memberId))?.state;
    return state === '已发送' || state === '发送中';
  };
  const toSend: PlannedSend[] = [];
  for (const recipient of audience.recipients) {
    if (settled(recipient.memberId)) continue;
    toSend.push({ recipient, previous: latest.get(key(recipient.memberId)) ?? null });
  }
  const skipped = audience.skipped.filter((s) => !settled(s.memberId));
  const newSkips = skipped.filter((s) => {
    const last = latest.get(key(s.memberId));
    return !(last && last.state === '跳过' && last.note === s.reason);
  });
  return { campaignId, kind, toSend, alreadySent, inFlight, skipped, newSkips };
}

/**
 * How many notices may go now: the lower of MailApp's remaining quota and what is left today of
 * 设置!每日发信上限 (null = no such limit).
 */
export function dailyAllowance(quota: number | null, dailyLimit: number | null, sentToday: number): number {
  const byLimit = dailyLimit === null ? Infinity : dailyLimit - sentToday;
  return Math.max(0, Math.min(quota ?? Infinity, byLimit));
}

const NAME_MAX = 50;
const EMAIL_MAX = 254;
const NOTE_MAX = 300;

export function sendRecord(
  time: string,
  campaignId: string,
  person: { memberId: string; name: string; email: string },
  state: SendState,
  note: string,
  operator: string,
  kind: SendKind = '通知',
): SendRecord {
  // The journal of a run lives in one document property (9 kB): a pasted paragraph in 姓名 must not
  // fill it. 工号 stays whole, it is the key.
  const record: SendRecord = { time, campaignId, memberId: person.memberId, name: clipText(person.name, NAME_MAX), email: clipText(person.email, EMAIL_MAX), state, note: clipText(note.trim(), NOTE_MAX), operator };
  return kind === '催领' ? { ...record, kind } : record;
}

/** A campaign is 已完成 when nobody is left to send, in flight or failed (the unfixed skipped do not hold it open). */
export function isFinished(plan: SendPlan): boolean {
  return plan.toSend.length === 0 && plan.inFlight.length === 0;
}
