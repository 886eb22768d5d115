import type { Recipient } from './audience';
import type { SendPlan } from './sendPlan';
import { recordKey, type SendRecord } from '../kernel/journal/sendRecord';
import { encodeJournal, journalDue, journalWith } from '../kernel/journal/sendJournal';
import { sendErrorKind } from './sendErrorKind';
import { FLUSH_EVERY, sendRecord } from './sendPlan';
import type { StopReason } from '../kernel/contracts/campaignRun';
export type { StopReason };

/**
 * The side effects of a send run, supplied by the action (Apps Script services) or by a test.
 * Each may throw: a run can die between any two of them, and the journal protocol below keeps
 * every notice sent at most once whatever the point.
 */
export interface SendEffects {
  /** Wall-clock 'YYYY-MM-DD HH:mm:ss' in the workbook's 时区. */
  now(): string;
  /** Sends one notice (MailApp.sendEmail); throws when it could not. */
  deliver(recipient: Recipient): void;
  /** Replaces the journal in document properties ('' = empty). */
  saveJournal(encoded: string): void;
  /** Appends records to 发送记录 in one write. */
  appendLog(records: readonly SendRecord[]): void;
  /** False once the run should stop to stay clear of the 6-minute limit. */
  timeLeft(): boolean;
  /**
   * MailApp.getRemainingDailyQuota(): after a failed send, none left means the daily quota
   * refused it, whatever language Google worded the error in.
   */
  quotaLeft?(): number;
}

export interface SendRunInput {
  readonly plan: SendPlan;
  /** Mails allowed now (dailyAllowance). */
  readonly allowance: number;
  readonly operator: string;
  /** Journal records of an earlier run not yet in 发送记录 (unflushed). */
  readonly recovered: readonly SendRecord[];
  readonly batchSize?: number;
}

export interface SendRunOutcome {
  readonly sent: readonly Recipient[];
  readonly failed: readonly { readonly recipient: Recipient; readonly note: string }[];
  /** A notice whose send threw an error that does not prove nothing went out: left 发送中. */
  readonly uncertain: { readonly recipient: Recipient; readonly note: string } | null;
  /** Why the mail server failed before taking any message (stoppedBy 'unavailable'); nobody recorded for it. */
  readonly serverProblem: string | null;
  readonly stoppedBy: StopReason;
  /** Planned notices not attempted in this run. */
  readonly left: number;
  /** Spreadsheet writes made to 发送记录. */
  readonly logWrites: number;
}

/**
 * Sends the plan: 发送中 is journalled before each mail and 已发送/失败 after it, the journal is
 * flushed to 发送记录 every `batchSize` mails (or when it nears the property size limit), and
 * the run stops at the allowance, at the time budget, or at an error that leaves the outcome of
 * a mail unknown.
 */
export function runSends(input: SendRunInput, fx: SendEffects): SendRunOutcome {
  const { plan, operator } = input;
  const batchSize = input.batchSize ?? FLUSH_EVERY;
  let logWrites = 0;
  const first = [
    ...input.recovered,
    ...plan.newSkips.map((s) => sendRecord(fx.now(), plan.campaignId, s, '跳过', s.reason, operator, plan.kind)),
  ];
  if (first.length) {
    fx.appendLog(first);
    logWrites++;
  }
  if (input.recovered.length) fx.saveJournal('');

  let journal: SendRecord[] = [];
  let sinceFlush = 0;
  const flush = () => {
    if (!journal.length) return;
    fx.appendLog(journal);
    logWrites++;
    journal = [];
    sinceFlush = 0;
    fx.saveJournal('');
  };
  const record = (r: Recipient, state: SendRecord['state'], note: string): string => {
    journal = journalWith(journal, sendRecord(fx.now(), plan.campaignId, r, state, note, operator, plan.kind));
    const encoded = encodeJournal(journal);
    fx.saveJournal(encoded);
    return encoded;
  };

  const sent: Recipient[] = [];
  const failed: { recipient: Recipient; note: string }[] = [];
  let uncertain: SendRunOutcome['uncertain'] = null;
  let serverProblem: string | null = null;
  let stoppedBy: StopReason = 'done';
  let attempted = 0;
  for (const { recipient } of plan.toSend) {
    if (sent.length >= input.allowance) {
      stoppedBy = 'quota';
      break;
    }
    if (!fx.timeLeft()) {
      stoppedBy = 'time';
      break;
    }
    attempted++;
    record(recipient, '发送中', '');
    let error: { message: string } | null = null;
    try {
      fx.deliver(recipient);
    } catch (e) {
      error = { message: errorText(e) };
    }
    let encoded: string;
    if (error === null) {
      sent.push(recipient);
      encoded = record(recipient, '已发送', '');
    } else {
      const kind = fx.quotaLeft && fx.quotaLeft() < 1 ? 'quota' : sendErrorKind(error.message);
      if (kind === 'unavailable') {
        // Certainly not sent, and not this member's fault: the journal forgets the attempt, so
        // 发送记录 keeps no trace and the next run sends to them.
        const key = recordKey(sendRecord('', plan.campaignId, recipient, '发送中', '', operator, plan.kind));
        journal = journal.filter((r) => recordKey(r) !== key);
        fx.saveJournal(journal.length ? encodeJournal(journal) : '');
        attempted--;
        serverProblem = error.message;
        stoppedBy = 'unavailable';
        break;
      }
      if (kind === 'uncertain') {
        const note = `发送时出错，无法确定是否已发出，请向本人核实：${error.message}`.slice(0, 300);
        record(recipient, '发送中', note);
        uncertain = { recipient, note };
        stoppedBy = 'uncertain';
        break;
      }
      const note = (kind === 'quota' ? `今日发信额度已用完，未发出：${error.message}` : `未发出：${error.message}`).slice(0, 300);
      encoded = record(recipient, '失败', note);
      failed.push({ recipient, note });
      if (kind === 'quota') {
        stoppedBy = 'quota';
        break;
      }
    }
    sinceFlush++;
    if (journalDue(encoded, sinceFlush, batchSize)) flush();
  }
  flush();
  return { sent, failed, uncertain, serverProblem, stoppedBy, left: plan.toSend.length - attempted, logWrites };
}

function errorText(e: unknown): string {
  const text = e && typeof e === 'object' && 'message' in e ? String((e as Error).message) : String(e);
  return text.replace(/\s+/g, ' ').trim();
}

/** Nobody left to send, in flight or failed once this run is over: the campaign is 已完成. */
export function finishedAfter(plan: SendPlan, outcome: SendRunOutcome): boolean {
  return outcome.left === 0 && outcome.failed.length === 0 && outcome.uncertain === null && plan.inFlight.length === 0;
}
