// Runs the BUILT dist/Code.js (run `npm run build` first; `npm test` does) on the runner's
// in-memory Apps Script services, as integration tests must — on Apps Script's time: each call()
// is one execution on a virtual clock (starting at the machine's "now", which jest's fake timers
// may set), every service call costs its latency, and a run past 360 s is killed as Google does.
// The CLI and the workbench keep real time; a test that needs it says so with `realTime`.
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { loadBundle } from '../../runner/loadBundle';
import { createOfflineServices, type OfflineServices } from '../../runner/services';
import { VirtualClock } from '../../runner/services/virtualClock';
import type { UiResponder } from '../../runner/services/ui';
import { MemoryWorkbook } from '../../runner/workbook';

export const CODE_JS = join(__dirname, '..', '..', 'dist', 'Code.js');

export interface BundleRun {
  readonly workbook: MemoryWorkbook;
  readonly services: OfflineServices;
  call<T = unknown>(fn: string, ...args: unknown[]): T;
  /** Names of the top-level functions Apps Script would see. */
  exports(): string[];
}

export function runBundle(options: {
  workbook?: MemoryWorkbook;
  user?: string;
  responder?: UiResponder;
  services?: Record<string, unknown>;
  /** The machine's clock instead of Apps Script's (and no 360 s kill): say at the call why. */
  realTime?: boolean;
} = {}): BundleRun {
  if (!existsSync(CODE_JS)) throw new Error('dist/Code.js is missing: run `npm run build` first');
  const workbook = options.workbook ?? MemoryWorkbook.create();
  const services = createOfflineServices({
    workbook,
    user: options.user ?? 'clerk@example.edu.cn',
    statePath: null,
    lockPath: null,
    responder: options.responder,
    clock: options.realTime ? null : new VirtualClock(Date.now()),
    ...(options.services ?? {}),
  } as Parameters<typeof createOfflineServices>[0]);
  const bundle = loadBundle(CODE_JS, services.globals);
  return {
    workbook,
    services,
    call: (fn, ...args) => bundle.call(fn, ...args),
    exports: () => Object.keys(bundle.context).filter((k) => typeof (bundle.context as Record<string, unknown>)[k] === 'function'),
  };
}

/** A sample workbook, made by the bundle's own 初始化工作簿. */
export function sampleWorkbook(): MemoryWorkbook {
  const run = runBundle();
  run.call('apiInitWorkbook', { sample: true });
  return run.workbook;
}

/** The clerk answers `button` to every question, and OK to plain messages. */
export function answering(button: 'YES' | 'NO' | 'CANCEL' | 'OK'): UiResponder {
  return (req) => (req.kind === 'alert' && req.buttons === 'OK' ? { button: 'OK' } : { button });
}
