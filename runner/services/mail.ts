// MailApp offline: every sendEmail is checked as Apps Script checks it, counted against a daily
// quota, and delivered synchronously — as an RFC 5322 .eml file in an outbox folder, or over
// SMTP — or only kept in memory (tests). Calls are counted in the CallLog group 'mail'.
import { randomUUID } from 'node:crypto';
import { emailProblem } from '../../src/kernel/values/emailAddress';
import type { CallLog } from './callLog';
import { offline } from './offline';
import { type Delivery, type MailMessage, type MailTarget, type OutboxPlace, SyncMailer } from '../syncMailer';
import { offlineSender } from '../senderAddress';
import { inFlightNotice, type StateStore } from '../stateFile';
import type { MemoryWorkbook } from '../workbook';

const G = 'mail';

export interface MailOptions {
  /** Where messages go; absent: kept in memory only (`sent`). */
  readonly target?: MailTarget | null;
  /** What getRemainingDailyQuota() starts from (Google: 100 consumer, 1,500 Workspace). Offline default: no limit, so 设置!每日发信上限 alone decides. */
  readonly quota?: number;
  /** The sending account (From); default 设置!发件邮箱, else the offline user. */
  readonly from?: string;
  /** The sender's daily recipient quota shared across executions (virtual clock); replaces `quota`. */
  readonly daily?: { remaining(): number; use(recipients: number): void };
  /** Called before delivery; tests throw from it to make MailApp refuse a message. */
  readonly beforeSend?: (message: MailMessage) => void;
  /** Called after each message is delivered, with its 1-based number; tests throw from it to fail “after the k-th send”. */
  readonly afterSend?: (mail: SentMail, n: number) => void;
}

/** A message as MailApp was asked to send it, and where it went. */
export interface SentMail extends MailMessage {
  readonly delivery: Delivery | null;
}

type SendOptions = {
  to?: string; cc?: string; bcc?: string; subject?: string; body?: string; htmlBody?: string;
  name?: string; replyTo?: string; noReply?: boolean; attachments?: unknown; inlineImages?: unknown;
};

function addresses(list: string | undefined): string[] {
  return (list ?? '').split(',').map((s) => s.trim()).filter(Boolean);
}

/** What MailApp offline may look at besides the message: the workbook (设置!发件邮箱) and the send journal. */
export interface MailContext {
  readonly workbook: MemoryWorkbook;
  readonly store: StateStore;
}

const OTHER_MAIL = '其他邮件';

export class OfflineMailApp {
  readonly sent: SentMail[] = [];
  remaining: number;
  private readonly mailer: SyncMailer | null;

  constructor(private readonly user: string, private readonly options: MailOptions = {}, private readonly context?: MailContext) {
    this.remaining = options.quota ?? Infinity;
    this.mailer = options.target ? new SyncMailer(options.target) : null;
  }

  getRemainingDailyQuota(): number {
    return this.options.daily?.remaining() ?? this.remaining;
  }

  /** sendEmail(message) | sendEmail(recipient, subject, body[, options]) */
  sendEmail(a: unknown, b?: unknown, c?: unknown, d?: unknown): void {
    let o: SendOptions;
    if (typeof a === 'object' && a !== null && b === undefined) o = a as SendOptions;
    else if (typeof a === 'string' && typeof b === 'string' && typeof c === 'string') o = { ...((d as SendOptions | undefined) ?? {}), to: a, subject: b, body: c };
    else throw new Error("The parameters don't match the method signature for MailApp.sendEmail.");
    if (o.attachments || o.inlineImages) throw new Error('MailApp.sendEmail 的附件和内嵌图片离线运行器不支持 (not supported offline)');
    const to = addresses(o.to);
    const cc = addresses(o.cc);
    const bcc = addresses(o.bcc);
    const all = [...to, ...cc, ...bcc];
    if (all.length === 0) throw new Error('Failed to send email: no recipient');
    for (const address of all) if (emailProblem(address)) throw new Error(`Invalid email: ${address}`);
    if (all.length > this.getRemainingDailyQuota()) throw new Error('Service invoked too many times for one day: email.');
    const message: MailMessage = {
      from: { name: o.noReply ? '' : String(o.name ?? ''), address: this.fromAddress() },
      to,
      cc,
      bcc,
      replyTo: String(o.replyTo ?? ''),
      subject: String(o.subject ?? ''),
      text: String(o.body ?? ''),
      html: String(o.htmlBody ?? ''),
      messageId: `<${randomUUID()}@uniondesk.offline>`,
    };
    this.options.beforeSend?.(message);
    const delivery = this.mailer ? this.mailer.deliver(message, this.place(message)) : null;
    this.remaining -= all.length;
    this.options.daily?.use(all.length);
    const mail: SentMail = { ...message, delivery };
    this.sent.push(mail);
    this.options.afterSend?.(mail, this.sent.length);
  }

  close(): void {
    this.mailer?.close();
  }

  private fromAddress(): string {
    if (this.options.from) return this.options.from;
    const sender = this.context ? offlineSender(this.context.workbook, this.user) : { address: this.user };
    if ('address' in sender && sender.address) return sender.address;
    // The commands refuse before a send starts; this guards any other caller. Kept in memory
    // only (tests), a message needs no sender.
    if (this.mailer) throw new Error('problem' in sender ? sender.problem : '离线发信需要发件人地址');
    return '';
  }

  /**
   * Where the .eml goes. MailApp is given no 活动ID or 工号, but the send journal says which
   * notice is in flight: its 发送中 entry is written just before sendEmail. Mail without one
   * (a test notice, a report to the approver) goes to 其他邮件/.
   */
  private place(message: MailMessage): OutboxPlace {
    const to = (message.to[0] ?? '').trim().toLowerCase();
    const entry = this.context ? inFlightNotice(this.context.store.state) : null;
    if (entry && entry.email.trim().toLowerCase() === to) return { folder: entry.kind === '催领' ? `${entry.campaignId}/催领` : entry.campaignId, base: `${entry.memberId}-${entry.name}` };
    const p = (n: number) => String(n).padStart(2, '0');
    const d = new Date();
    return { folder: OTHER_MAIL, base: `${d.getFullYear()}${p(d.getMonth() + 1)}${p(d.getDate())}-${p(d.getHours())}${p(d.getMinutes())}${p(d.getSeconds())}-${to || 'mail'}` };
  }
}
export interface OfflineMailApp extends GoogleAppsScript.Mail.MailApp {}

export function createMailApp(user: string, log: CallLog, options: MailOptions = {}, context?: MailContext): GoogleAppsScript.Mail.MailApp {
  return offline(new OfflineMailApp(user, options, context), G, 'MailApp', log);
}
