// Ctrl-C (SIGINT) or SIGTERM during an offline run. The bundle runs synchronously, so no signal
// handler can run in the middle of a send: bin/uniondesk.js therefore runs the CLI in a worker
// thread and keeps the main thread free to receive signals; it sets a shared flag, and the
// services look at that flag before each call (they are counted anyway, in the CallLog). A mail
// already in flight — 发送中 in the journal, sendEmail not yet answered by 已发送/失败 — is
// finished and journalled; the next call stops the bundle, and the session then keeps what the
// tool must not lose (the send records) and says what happened.
import { isMainThread, workerData } from 'node:worker_threads';
import { CallLog } from './services/callLog';

export const SIGNALS = ['SIGINT', 'SIGTERM'] as const;
export type StopSignal = (typeof SIGNALS)[number];

const flag: Int32Array | null =
  !isMainThread && (workerData as { interrupt?: unknown } | null)?.interrupt instanceof SharedArrayBuffer
    ? new Int32Array((workerData as { interrupt: SharedArrayBuffer }).interrupt)
    : null;

/** The signal the clerk (or the system) sent to stop this run, or null. */
export function stopSignal(): StopSignal | null {
  const n = flag ? Atomics.load(flag, 0) : 0;
  return n > 0 ? SIGNALS[n - 1] : null;
}

/** The exit status a shell expects of a process stopped by the signal: 128 + its number. */
export function exitStatusFor(signal: StopSignal): number {
  return signal === 'SIGINT' ? 130 : 143;
}

export class StopRequested extends Error {
  constructor() {
    super('已中断 (interrupted)');
    this.name = 'StopRequested';
  }
}

/** A CallLog that stops the bundle at the first service call after a signal, except while a mail is in flight. */
export class InterruptibleCallLog extends CallLog {
  /** A call was refused because of a signal. */
  stopped = false;

  constructor(private readonly mailInFlight: () => boolean) {
    super();
  }

  override record(group: string, name: string): void {
    if (stopSignal() && !this.mailInFlight()) {
      this.stopped = true;
      throw new StopRequested();
    }
    super.record(group, name);
  }
}
