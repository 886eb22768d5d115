// One offline run: the .xlsx workbook loaded into the in-memory spreadsheet, the Apps Script
// services around it, dist/Code.js in a vm — exactly the bundle clasp pushes — and a save.
import { createHash } from 'node:crypto';
import { existsSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { loadBundle } from './loadBundle';
import { createOfflineServices, type OfflineServices } from './services';
import type { UiResponder } from './services/ui';
import { MemoryWorkbook } from './workbook';
import { loadXlsx, saveXlsx } from './xlsxStore';
import { clearUnsaved, recoverUnsaved, writeUnsaved } from './unsavedChanges';

export interface SessionOptions {
  readonly workbookPath: string;
  /** Start from an empty workbook when the file does not exist (init, demo). */
  readonly create?: boolean;
  readonly user?: string;
  readonly responder?: UiResponder;
  /** Extra options handed to createOfflineServices (calendar file, outbox, …). */
  readonly services?: Record<string, unknown>;
  readonly print?: (line: string) => void;
}

export interface OfflineSession {
  readonly path: string;
  readonly services: OfflineServices;
  readonly warnings: readonly string[];
  call<T>(fn: string, ...args: unknown[]): T;
  save(): Promise<void>;
}

export function bundlePath(): string {
  // build/cli.js lives beside dist/, and so do runner/*.ts under ts-jest.
  return join(__dirname, '..', 'dist', 'Code.js');
}

export async function openSession(options: SessionOptions): Promise<OfflineSession> {
  const path = resolve(options.workbookPath);
  let workbook: MemoryWorkbook;
  let warnings: string[] = [];
  if (existsSync(path)) {
    ({ workbook, warnings } = await loadXlsx(path));
  } else if (options.create) {
    workbook = MemoryWorkbook.create();
  } else {
    throw new Error(`找不到工作簿文件：${path}`);
  }
  if (recoverUnsaved(workbook, path)) warnings = [...warnings, '上次运行在保存工作簿之前中断，已恢复它确认写入的内容（如发送记录），将随本次运行一并保存'];
  // Spreadsheet.getId() must name the same workbook in every run, as it does on Google: the
  // calendar sync finds a calendar it created (before the ID reached 设置) by that id.
  workbook.id = `offline-${createHash('sha256').update(path).digest('hex').slice(0, 16)}`;
  for (const w of warnings) options.print?.(`注意：${w}`);
  const services = createOfflineServices({
    workbook,
    user: options.user,
    statePath: `${path.replace(/\.xlsx$/i, '')}.state.json`,
    lockPath: `${path.replace(/\.xlsx$/i, '')}.lock`,
    responder: options.responder,
    onFlush: () => writeUnsaved(workbook, path),
    ...(options.services ?? {}),
  } as Parameters<typeof createOfflineServices>[0]);
  const bundle = loadBundle(bundlePath(), services.globals);
  return {
    path,
    services,
    warnings,
    call: <T>(fn: string, ...args: unknown[]) => bundle.call<T>(fn, ...args),
    save: async () => {
      // Saving an unchanged workbook would still replace the file (and its .bak): skip it.
      if (workbook.dirty) await saveXlsx(workbook, path);
      workbook.dirty = false;
      clearUnsaved(path);
    },
  };
}

export function besideWorkbook(workbookPath: string, name: string): string {
  return join(dirname(resolve(workbookPath)), name);
}
