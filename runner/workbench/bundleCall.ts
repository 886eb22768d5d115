// One call of the page into dist/Code.js, in a worker thread so the server keeps answering (a
// progress poll, a second page) while a send runs for minutes. Each call is a whole offline run
// through the runner's session API: open (lock, fresh read), call, save, close — exactly what a
// terminal command does, so a click and `npx uniondesk notices --send` never interleave.
// A worker is used rather than a child process: Ctrl-C signals the whole process group, and a
// child would die mid-send; a worker thread finishes its call while the server stops.
import { isMainThread, parentPort, Worker, workerData } from 'node:worker_threads';
import { openSession, type SessionOptions } from '../offlineSession';
import { CalendarStore } from '../services/calendar';
import type { MailTarget } from '../syncMailer';
import { readProgressWithoutLock } from './progressRead';
import { loadXlsx } from '../xlsxStore';
import { readHeader, readRowCells } from './workbookView';

export interface CallSetup {
  readonly workbookPath: string;
  readonly user: string | undefined;
  /** --force: passed on to openSession (the session layer decides what it overrides). */
  readonly force: boolean;
  readonly mail: MailTarget;
  /** The shared calendar's JSON file (as `sync` uses: calendar.json beside the workbook). */
  readonly calendarPath: string;
}

export type CallRequest =
  | { readonly kind: 'run'; readonly fn: string; readonly args: readonly unknown[] }
  | { readonly kind: 'progress'; readonly campaignId: unknown }
  | { readonly kind: 'header' };

const WORKER_FLAG = 'uniondeskWorkbenchCall';

/**
 * A worker thread that answers requests in turn. It lives as long as the server: loading the
 * runner and compiling dist/Code.js once, not per click; every request still opens the workbook
 * afresh. A worker that dies is replaced at the next request.
 */
export class CallLane {
  private worker: Worker | null = null;
  private readonly waiting = new Map<number, { resolve: (v: unknown) => void; reject: (e: Error) => void }>();
  private nextId = 1;

  constructor(private readonly setup: CallSetup) {}

  run(request: CallRequest): Promise<unknown> {
    const worker = this.worker ?? this.start();
    const id = this.nextId++;
    return new Promise((resolve, reject) => {
      this.waiting.set(id, { resolve, reject });
      worker.postMessage({ id, request });
    });
  }

  async close(): Promise<void> {
    const w = this.worker;
    this.worker = null;
    if (w) await w.terminate();
  }

  private start(): Worker {
    // The worker loads the file this code is in: build/cli.js, the bundled runner (bin/uniondesk.js
    // loads it). Under ts-jest this module is TypeScript, which a worker cannot load.
    if (!__filename.endsWith('.js')) throw new Error('the workbench runs from build/cli.js: run `npm run build` first');
    const worker = new Worker(__filename, { workerData: { [WORKER_FLAG]: this.setup } });
    worker.on('message', (m: { id: number; value: unknown }) => {
      const w = this.waiting.get(m.id);
      this.waiting.delete(m.id);
      w?.resolve(m.value);
    });
    const fail = (e: Error) => {
      if (this.worker === worker) this.worker = null;
      for (const w of this.waiting.values()) w.reject(e);
      this.waiting.clear();
    };
    worker.on('error', fail);
    worker.on('exit', (code) => fail(new Error(`工作线程意外退出（代码 ${code}）`)));
    this.worker = worker;
    return worker;
  }
}

/** A failure the page shows as the sidebar shows any refusal. */
export function failureReply(kind: 'locked' | 'refused' | 'failed', message: string): unknown {
  return { ok: false, error: { kind, message, problems: [] } };
}

async function answer(setup: CallSetup, request: CallRequest): Promise<unknown> {
  if (request.kind === 'progress') return readProgressWithoutLock(setup.workbookPath, request.campaignId);
  // The header only shows names: read without the lock, so a page opened during a send has one.
  if (request.kind === 'header') return { ok: true, data: readHeader((await loadXlsx(setup.workbookPath)).workbook, setup.workbookPath) };
  const calendar = new CalendarStore(setup.calendarPath);
  const options = {
    workbookPath: setup.workbookPath,
    user: setup.user,
    force: setup.force,
    // What a run has to say (a recovered interruption, features the file may lose) goes to the
    // workbench's window, as the terminal commands print it.
    print: (line: string) => console.log(line),
    services: { mail: { target: setup.mail }, calendar },
  };
  let session;
  try {
    session = await openSession(options as SessionOptions);
  } catch (e) {
    const message = e instanceof Error ? e.message : String(e);
    // The session layer refuses a workbook that is locked or open in Excel/WPS: the page says
    // so and nothing was read or changed.
    return failureReply(/占用|锁|正在运行|打开/.test(message) ? 'locked' : 'refused', message);
  }
  try {
    const reply = session.call<{ ok: boolean; data?: { sheet: string; row: number } }>(request.fn, ...request.args);
    // The calendar first, as `sync` does: a calendar ahead of the sheet is recovered by key.
    if (request.fn === 'sidebarCalendarApply') calendar.save();
    await session.save();
    // The page has no spreadsheet to show the selected row in: it shows the row's cells instead.
    if (request.fn === 'sidebarSelectRow' && reply?.ok && reply.data) {
      return { ...reply, data: { ...reply.data, ...readRowCells(session.services.workbook, reply.data.sheet, reply.data.row) } };
    }
    return reply;
  } finally {
    // After the session layer's change a session holds the workbook lock until close(); before
    // it, ending the services releases whatever the bundle's LockService took.
    const closable = session as { close?: () => void };
    if (typeof closable.close === 'function') closable.close();
    else session.services.end();
  }
}

if (!isMainThread && workerData && typeof workerData === 'object' && WORKER_FLAG in workerData) {
  const setup = (workerData as Record<string, CallSetup>)[WORKER_FLAG];
  parentPort?.on('message', ({ id, request }: { id: number; request: CallRequest }) => {
    answer(setup, request).then(
      (value) => parentPort?.postMessage({ id, value: JSON.parse(JSON.stringify(value ?? null)) }),
      (e: unknown) => parentPort?.postMessage({ id, value: failureReply('failed', `操作没有完成：${e instanceof Error ? e.message : String(e)}`) }),
    );
  });
}
