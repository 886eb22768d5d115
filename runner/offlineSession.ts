// One offline run: the .xlsx workbook loaded into the in-memory spreadsheet, the Apps Script
// services around it, dist/Code.js in a vm — exactly the bundle clasp pushes — and a save.
import { createHash } from 'node:crypto';
import { existsSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { loadBundle } from './loadBundle';
import { createOfflineServices, type OfflineServices } from './services';
import { lockPathFor, takeRunLock } from './services/lock';
import { lockHeldMessage, Refusal } from './refusal';
import { fileProblem } from './fileProblem';
import { InterruptibleCallLog, type StopSignal, stopSignal } from './interrupt';
import { unwrap } from './services/offline';
import type { OfflineMailApp } from './services/mail';
import { inFlightNotice } from './stateFile';
import { guardWorkbook } from './workbookGuard';
import type { UiResponder } from './services/ui';
import { MemoryWorkbook } from './workbook';
import { loadXlsx, saveXlsx } from './xlsxStore';
import { StateStore } from './stateFile';
import { type Replayed, SendLogRecovery } from './unsavedChanges';

export interface SessionOptions {
  readonly workbookPath: string;
  /** Start from an empty workbook when the file does not exist (init, demo). */
  readonly create?: boolean;
  readonly user?: string;
  readonly responder?: UiResponder;
  /** Extra options handed to createOfflineServices (calendar file, outbox, …). */
  readonly services?: Record<string, unknown>;
  readonly print?: (line: string) => void;
  /** --force: write although an office program's lock file says the workbook is open there. */
  readonly force?: boolean;
  /** The run never saves the workbook (a preview): no read-only or office-program check. */
  readonly readOnly?: boolean;
}

// Sessions whose run lock is held; the CLI closes them when a command ends, whatever it did.
const openSessions = new Set<OfflineSession>();

/** Releases every session's lock and mail thread (the CLI calls it when a command ends). */
export function closeAllSessions(): void {
  for (const s of [...openSessions]) s.close();
}

export interface OfflineSession {
  readonly path: string;
  readonly services: OfflineServices;
  readonly warnings: readonly string[];
  call<T>(fn: string, ...args: unknown[]): T;
  save(): Promise<void>;
  /** Ends the run: releases the workbook lock (idempotent). */
  close(): void;
}

export function bundlePath(): string {
  // build/cli.js lives beside dist/, and so do runner/*.ts under ts-jest.
  return join(__dirname, '..', 'dist', 'Code.js');
}

export async function openSession(options: SessionOptions): Promise<OfflineSession> {
  const path = resolve(options.workbookPath);
  const lockPath = lockPathFor(path);
  // The lock comes first: a run that read the workbook or its state before knowing it may
  // write would act on a copy another run is about to replace (two runs, two notices each).
  guardWorkbook(path, { writes: !options.readOnly, force: options.force ?? false });
  let lock;
  try {
    lock = takeRunLock(lockPath, options.user ?? '');
  } catch (e) {
    const problem = fileProblem(e, lockPath, '创建锁文件');
    if (problem instanceof Refusal) problem.message += '\n（本工具需要在工作簿所在的文件夹中写入锁文件、状态文件和备份。）';
    throw problem;
  }
  if (!lock.held) throw new Refusal(lockHeldMessage(lock.holder, lock.file));
  try {
    return await openLocked(options, path, lockPath, lock);
  } catch (e) {
    lock.release();
    throw e;
  }
}

async function openLocked(options: SessionOptions, path: string, lockPath: string, lock: { execution: string; release(): void }): Promise<OfflineSession> {
  let workbook: MemoryWorkbook;
  let warnings: string[] = [];
  if (existsSync(path)) {
    ({ workbook, warnings } = await loadXlsx(path));
  } else if (options.create) {
    workbook = MemoryWorkbook.create();
  } else {
    throw new Refusal(`找不到工作簿文件：${path}`);
  }
  const store = new StateStore(`${path.replace(/\.xlsx$/i, '')}.state.json`);
  const recovery = new SendLogRecovery(workbook, path, store);
  const replayed = recovery.replay();
  if (replayed) warnings = [...warnings, replayMessage(replayed)];
  // Spreadsheet.getId() must name the same workbook in every run, as it does on Google: the
  // calendar sync finds a calendar it created (before the ID reached 设置) by that id.
  workbook.id = `offline-${createHash('sha256').update(path).digest('hex').slice(0, 16)}`;
  for (const w of warnings) options.print?.(`注意：${w}`);
  const log = new InterruptibleCallLog(() => inFlightNotice(store.state) !== null);
  const services = createOfflineServices({
    workbook,
    user: options.user,
    log,
    store,
    lockPath,
    execution: lock.execution,
    responder: options.responder,
    onFlush: () => recovery.flushed(),
    ...(options.services ?? {}),
  } as Parameters<typeof createOfflineServices>[0]);
  const bundle = loadBundle(bundlePath(), services.globals);
  const session: OfflineSession = {
    path,
    services,
    warnings,
    call: <T>(fn: string, ...args: unknown[]): T => {
      let result: T;
      try {
        result = bundle.call<T>(fn, ...args);
      } catch (e) {
        const signal = stopSignal();
        if (signal) throw new RunStopped(signal, () => finishStopped(signal));
        throw e;
      }
      // The bundle may have caught the stop and reported it as its own failure.
      const signal = log.stopped ? stopSignal() : null;
      if (signal) throw new RunStopped(signal, () => finishStopped(signal));
      return result;
    },
    save: async () => {
      // Saving an unchanged workbook would still replace the file (and add a backup): skip it.
      if (workbook.dirty) await saveXlsx(workbook, path);
      workbook.dirty = false;
      recovery.saved();
    },
    close: () => {
      if (!openSessions.delete(session)) return;
      services.end();
      lock.release();
    },
  };
  /** Keeps the send records of a stopped run (journal included) and says what happened. */
  const finishStopped = async (signal: StopSignal): Promise<string> => {
    recovery.replay();
    const keep = recovery.addedRows() > 0;
    if (keep) await session.save();
    const sent = unwrap<OfflineMailApp>(services.globals.MailApp)?.sent.length ?? 0;
    return [
      `已中断（收到${signal === 'SIGINT' ? ' Ctrl-C' : '终止信号 SIGTERM'}）。`,
      sent ? `本次已发出 ${sent} 封邮件（中断时正在发送的一封已发完并记录），其余没有发送。` : '',
      keep ? `已把本次的发送情况写入“发送记录”并保存工作簿。再次运行同一命令即可继续，已发送的人不会重复收到。` : '工作簿未作修改。',
    ].join('');
  };
  openSessions.add(session);
  return session;
}

/** A run stopped by Ctrl-C/SIGTERM; finish() saves what must be kept and returns the report. */
export class RunStopped extends Error {
  constructor(readonly signal: StopSignal, readonly finish: () => Promise<string>) {
    super(`已中断（${signal}）`);
    this.name = 'RunStopped';
  }
}

const SHOWN = 20;

function replayMessage({ lines }: Replayed): string {
  return [
    `上次运行在保存工作簿之前中断。已把它留下的 ${lines.length} 条发送记录补写进“发送记录”表（其他工作表保持您现在的内容，未作改动），将随本次运行一并保存：`,
    ...lines.slice(0, SHOWN).map((l) => `  ${l}`),
    ...(lines.length > SHOWN ? [`  ……另有 ${lines.length - SHOWN} 条`] : []),
  ].join('\n');
}

export function besideWorkbook(workbookPath: string, name: string): string {
  return join(dirname(resolve(workbookPath)), name);
}
