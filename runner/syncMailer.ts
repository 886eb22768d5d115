// MailApp.sendEmail is synchronous inside the bundle, nodemailer is asynchronous. The bundle's
// at-most-once bookkeeping needs the send to be over (delivered, or failed) before the next line
// runs, so nodemailer runs in a worker thread and the calling thread waits on an Atomics flag
// until the worker has written the .eml file (fsynced) or the SMTP server has answered.
import { readdirSync, mkdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
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

export type MailTarget = { readonly kind: 'outbox'; readonly dir: string } | { readonly kind: 'smtp'; readonly url: string };

const WORKER = `
const { workerData } = require('node:worker_threads');
const fs = require('node:fs');
const path = require('node:path');
const nodemailer = require(workerData.nodemailer);
const flag = new Int32Array(workerData.flag);
const port = workerData.port;
const target = workerData.target;
const transport = target.kind === 'smtp'
  ? nodemailer.createTransport(target.url)
  : nodemailer.createTransport({ streamTransport: true, buffer: true, newline: 'windows' });

function writeDurably(file, data) {
  const tmp = file + '.tmp';
  const fd = fs.openSync(tmp, 'w');
  try { fs.writeSync(fd, data); fs.fsyncSync(fd); } finally { fs.closeSync(fd); }
  fs.renameSync(tmp, file);
}

port.on('message', async (job) => {
  let reply;
  try {
    const m = job.message;
    const info = await transport.sendMail({
      from: m.from, to: m.to, cc: m.cc.length ? m.cc : undefined, bcc: m.bcc.length ? m.bcc : undefined,
      replyTo: m.replyTo || undefined, subject: m.subject, text: m.text, html: m.html || undefined,
      messageId: m.messageId, date: new Date(),
    });
    if (target.kind === 'outbox') {
      const file = path.join(target.dir, job.fileName);
      writeDurably(file, info.message);
      reply = { ok: true, messageId: m.messageId, file };
    } else {
      reply = { ok: true, messageId: info.messageId || m.messageId, response: String(info.response || '') };
    }
  } catch (e) {
    reply = { ok: false, message: String((e && e.message) || e), code: (e && e.code) || '', responseCode: (e && e.responseCode) || 0 };
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
  private sequence: number;

  constructor(readonly target: MailTarget, private readonly timeoutMs = 120_000) {
    if (target.kind === 'outbox') {
      mkdirSync(target.dir, { recursive: true });
      this.sequence = readdirSync(target.dir).filter((f) => f.endsWith('.eml')).length;
    } else this.sequence = 0;
  }

  deliver(message: MailMessage): Delivery {
    const port = this.start();
    const fileName = `${String(++this.sequence).padStart(4, '0')}-${message.to[0]?.replace(/[^A-Za-z0-9@._-]/g, '_') ?? 'mail'}.eml`;
    Atomics.store(this.flag, 0, 0);
    port.postMessage({ message, fileName });
    const waited = Atomics.wait(this.flag, 0, 0, this.timeoutMs);
    const reply = receiveMessageOnPort(port)?.message as
      | { ok: true; messageId: string; file?: string; response?: string }
      | { ok: false; message: string; code: string; responseCode: number }
      | undefined;
    if (!reply) {
      // No answer in time: the message may or may not have gone out.
      throw new Error(waited === 'timed-out' ? `发送超时（${this.timeoutMs / 1000} 秒内没有结果），无法确定是否已发出` : '发信线程没有返回结果，无法确定是否已发出');
    }
    if (!reply.ok) {
      const where = this.target.kind === 'smtp' ? 'SMTP 发送失败' : '写入发件箱失败';
      throw new Error(`${where}（${reply.code || reply.responseCode || '未知错误'}）：${reply.message}`);
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
    const target = this.target.kind === 'outbox' ? { kind: 'outbox', dir: resolve(this.target.dir) } : this.target;
    this.worker = new Worker(WORKER, {
      eval: true,
      workerData: { nodemailer: require.resolve('nodemailer'), flag: this.flag.buffer, port: port2, target },
      transferList: [port2],
    });
    this.worker.unref();
    port1.unref();
    this.port = port1;
    return this.port;
  }
}

export function outboxFiles(dir: string): string[] {
  return readdirSync(dir).filter((f) => f.endsWith('.eml')).sort().map((f) => join(dir, f));
}
