// MailApp.sendEmail is synchronous inside the bundle, nodemailer is asynchronous. The bundle's
// at-most-once bookkeeping needs the send to be over (delivered, or failed) before the next line
// runs, so nodemailer runs in a worker thread and the calling thread waits on an Atomics flag
// until the worker has written the .eml file (fsynced) or the SMTP server has answered.
import { existsSync, readdirSync, mkdirSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileProblem } from './fileProblem';
import { Refusal } from './refusal';
import { type SmtpTarget, transportOptions } from './smtpTarget';
import { smtpFailureMessage, type SmtpFailure } from './smtpFailure';
import { MessageChannel, type MessagePort, receiveMessageOnPort, Worker } from 'node:worker_threads';

export interface MailMessage {
  readonly from: { readonly name: string; readonly address: string };
  readonly to: readonly string[];
  readonly cc: readonly string[];
  readonly bcc: readonly string[];
  readonly replyTo: string;
  readonly subject: string;
  readonly text: string;
  readonly html: string;
  readonly messageId: string;
}

export interface Delivery {
  readonly messageId: string;
  /** The .eml file written (outbox delivery). */
  readonly file?: string;
  /** The SMTP server's reply (SMTP delivery). */
  readonly response?: string;
}

export type MailTarget =
  | { readonly kind: 'outbox'; readonly dir: string; /** --drafts: X-Unsent: 1, opened by Outlook/Foxmail ready to send. */ readonly drafts?: boolean }
  | SmtpTarget;

/** Where an outbox message goes: a folder under the outbox and a file name without .eml. */
export interface OutboxPlace {
  readonly folder: string;
  readonly base: string;
}

const WORKER = `
const { workerData } = require('node:worker_threads');
const fs = require('node:fs');
const path = require('node:path');
const nodemailer = require(workerData.nodemailer);
const flag = new Int32Array(workerData.flag);
const port = workerData.port;
const target = workerData.target;
const transport = target.kind === 'smtp'
  ? nodemailer.createTransport(workerData.smtp)
  : nodemailer.createTransport({ streamTransport: true, buffer: true, newline: 'windows' });

// A new file, never over an existing one: the complete message is fsynced under a temporary
// name, then hard-linked to the first free name (<base>.eml, <base>-2.eml, …); link() fails
// rather than replace. Where hard links are not supported (FAT/exFAT USB drives), an exclusive
// create does the same.
function writeNew(dir, base, data) {
  fs.mkdirSync(dir, { recursive: true });
  const tmp = path.join(dir, '.' + process.pid + '.' + Date.now() + '.eml.tmp');
  const fd = fs.openSync(tmp, 'w');
  try { fs.writeSync(fd, data); fs.fsyncSync(fd); } finally { fs.closeSync(fd); }
  try {
    for (let n = 1; ; n++) {
      const file = path.join(dir, n === 1 ? base + '.eml' : base + '-' + n + '.eml');
      try {
        fs.linkSync(tmp, file);
        return file;
      } catch (e) {
        if (e.code === 'EEXIST') continue;
        if (!['EPERM', 'ENOTSUP', 'EOPNOTSUPP', 'ENOSYS', 'EXDEV'].includes(e.code)) throw e;
        const out = fs.openSync(file, 'wx');
        try { fs.writeSync(out, data); fs.fsyncSync(out); } finally { fs.closeSync(out); }
        return file;
      }
    }
  } finally {
    try { fs.unlinkSync(tmp); } catch {}
  }
}

port.on('message', async (job) => {
  let reply;
  try {
    const m = job.message;
    const info = await transport.sendMail({
      from: m.from, to: m.to, cc: m.cc.length ? m.cc : undefined, bcc: m.bcc.length ? m.bcc : undefined,
      replyTo: m.replyTo || undefined, subject: m.subject, text: m.text, html: m.html || undefined,
      messageId: m.messageId, date: new Date(), headers: target.drafts ? { 'X-Unsent': '1' } : undefined,
    });
    if (target.kind === 'outbox') {
      const file = writeNew(path.join(target.dir, job.place.folder), job.place.base, info.message);
      reply = { ok: true, messageId: m.messageId, file };
    } else {
      reply = { ok: true, messageId: info.messageId || m.messageId, response: String(info.response || '') };
    }
  } catch (e) {
    reply = {
      ok: false, message: String((e && e.message) || e), code: (e && e.code) || '', responseCode: (e && e.responseCode) || 0,
      command: (e && e.command) || '', originalCode: (e && e.originalCode) || '', response: (e && e.response) || '',
    };
  }
  port.postMessage(reply);
  Atomics.store(flag, 0, 1);
  Atomics.notify(flag, 0);
});
`;

/** Sends one message at a time, synchronously, to an outbox folder or an SMTP server. */
export class SyncMailer {
  private worker: Worker | null = null;
  private readonly flag = new Int32Array(new SharedArrayBuffer(4));
  private port: MessagePort | null = null;

  constructor(readonly target: MailTarget, private readonly timeoutMs = 120_000) {
    if (target.kind === 'outbox') makeOutbox(target.dir);
  }

  deliver(message: MailMessage, place: OutboxPlace = { folder: '', base: 'mail' }): Delivery {
    const port = this.start();
    Atomics.store(this.flag, 0, 0);
    // A reminder's folder is <活动ID>/催领: each segment made safe, the nesting kept.
    port.postMessage({ message, place: { folder: place.folder.split('/').map(safeFileName).join('/'), base: safeFileName(place.base) } });
    const waited = Atomics.wait(this.flag, 0, 0, this.timeoutMs);
    const reply = receiveMessageOnPort(port)?.message as
      | { ok: true; messageId: string; file?: string; response?: string }
      | ({ ok: false } & SmtpFailure)
      | undefined;
    if (!reply) {
      // No answer in time: the message may or may not have gone out.
      throw new Error(waited === 'timed-out' ? `发送超时（${this.timeoutMs / 1000} 秒内没有结果），无法确定是否已发出` : '发信线程没有返回结果，无法确定是否已发出');
    }
    if (!reply.ok) {
      // The outbox file is created in one step (link) after it is complete: a failure means no
      // file, so nothing went out — 失败 with the reason, retried once it is fixed.
      if (this.target.kind === 'smtp') throw new Error(smtpFailureMessage(reply, this.target));
      throw new Error(`${OUTBOX_NOT_WRITTEN}，发件箱 ${this.target.dir}（${reply.code || '未知错误'}）：${reply.message}`);
    }
    return { messageId: reply.messageId, file: reply.file, response: reply.response };
  }

  /** Stops the worker (the CLI exits anyway; tests call it to leave no thread behind). */
  close(): void {
    void this.worker?.terminate();
    this.worker = null;
    this.port = null;
  }

  private start(): MessagePort {
    if (this.port) return this.port;
    const { port1, port2 } = new MessageChannel();
    const target = this.target.kind === 'outbox' ? { ...this.target, dir: resolve(this.target.dir) } : { kind: 'smtp' };
    const smtp = this.target.kind === 'smtp' ? transportOptions(this.target) : null;
    this.worker = new Worker(WORKER, {
      eval: true,
      workerData: { nodemailer: require.resolve('nodemailer'), flag: this.flag.buffer, port: port2, target, smtp },
      transferList: [port2],
    });
    this.worker.unref();
    port1.unref();
    this.port = port1;
    return this.port;
  }
}

/** Says why a send failed for certain (see sendErrorKind): no file was written. */
export const OUTBOX_NOT_WRITTEN = '邮件未写入发件箱';

function makeOutbox(dir: string): void {
  try {
    mkdirSync(dir, { recursive: true });
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    if ((code === 'EEXIST' || code === 'ENOTDIR') && existsSync(dir) && !statSync(dir).isDirectory()) {
      throw new Refusal(`发件箱 ${dir} 是一个文件，不是文件夹。请用 --outbox 指定一个文件夹（不存在时会自动创建）。没有发送任何邮件。`);
    }
    throw fileProblem(e, dir, '创建发件箱文件夹');
  }
}

const RESERVED = /^(con|prn|aux|nul|com\d|lpt\d)(\..*)?$/i;

/** A name Windows accepts: no \ / : * ? " < > | or control characters, no trailing dot or space, not CON/NUL/…, not too long. */
export function safeFileName(name: string): string {
  const cleaned = name.replace(/[\\/:*?"<>|\u0000-\u001f\u007f]/g, '_').replace(/[. ]+$/, '').slice(0, 80).trim();
  return RESERVED.test(cleaned) ? `_${cleaned}` : cleaned;
}

/** Every .eml under an outbox folder (campaign folders included), sorted. */
export function outboxFiles(dir: string): string[] {
  return (readdirSync(dir, { recursive: true }) as string[]).filter((f) => f.endsWith('.eml')).sort().map((f) => join(dir, f));
}
