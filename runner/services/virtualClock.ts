// Apps Script time for tests and the bench: service calls, Utilities.sleep, lock waits and the
// clerk's reading of a dialog advance a virtual clock instead of the machine's, so a simulated
// day of continuations costs milliseconds, and an execution that would pass Google's hard limit
// is killed exactly there. The CLI and the workbench do not use it: they keep real time.

/** Apps Script's hard limit per execution: 6 minutes (quotas page, "Script runtime"). */
export const MAX_EXECUTION_MS = 6 * 60 * 1000;

/**
 * What Apps Script reports for a run it killed (execution log, trigger failure mails; e.g.
 * github.com/GioBonvi/GoogleContactsEventsNotifier/issues/155). It cannot be caught: the run
 * just stops.
 */
export const EXCEEDED_MESSAGE = 'Exceeded maximum execution time';

/** Monday 2024-01-08 09:00 in Asia/Shanghai: a working-day morning, so runs start in office hours. */
export const DEFAULT_START = Date.UTC(2024, 0, 8, 1, 0, 0);

/** Where a service set's globals carry their clock for loadBundle (not visible to the bundle). */
export const CLOCK_OF = Symbol('uniondesk.virtualClock');

export function clockOf(globals: object): VirtualClock | null {
  return ((globals as Record<symbol, unknown>)[CLOCK_OF] as VirtualClock | undefined) ?? null;
}

export class ExecutionKilled extends Error {
  constructor(readonly elapsedMs: number) {
    super(EXCEEDED_MESSAGE);
    this.name = 'Error';
  }
}

interface Execution {
  readonly startedAt: number;
  readonly limitMs: number;
}

export class VirtualClock {
  private t: number;
  private execution: Execution | null = null;
  /** Set once the running execution passed its limit; every later service call fails with it. */
  killed: ExecutionKilled | null = null;

  constructor(start: number = DEFAULT_START) {
    this.t = start;
  }

  now(): number {
    return this.t;
  }

  /** Time passes inside the running execution; passing its limit kills it right there. */
  advance(ms: number): void {
    if (!(ms >= 0)) return;
    this.assertAlive();
    const ex = this.execution;
    if (ex && this.t + ms - ex.startedAt > ex.limitMs) {
      this.t = ex.startedAt + ex.limitMs;
      this.killed = new ExecutionKilled(ex.limitMs);
      throw this.killed;
    }
    this.t += ms;
  }

  /** Time passes between executions (waiting for a trigger, overnight); never backwards. */
  setTime(t: number): void {
    if (this.execution) throw new Error('the clock cannot jump during an execution');
    this.t = Math.max(this.t, t);
  }

  /** A killed execution makes no more service calls: each one fails as the run is gone. */
  assertAlive(): void {
    if (this.killed) throw this.killed;
  }

  get running(): boolean {
    return this.execution !== null;
  }

  begin(limitMs: number = MAX_EXECUTION_MS): void {
    if (this.execution) throw new Error('an execution is already running on this clock');
    this.execution = { startedAt: this.t, limitMs };
    this.killed = null;
  }

  /** Ends the execution; returns how long it ran and whether Apps Script killed it. */
  end(): { elapsedMs: number; killed: ExecutionKilled | null } {
    const ex = this.execution;
    this.execution = null;
    const killed = this.killed;
    this.killed = null;
    return { elapsedMs: ex ? this.t - ex.startedAt : 0, killed };
  }

  /** Milliseconds since the running execution began (0 outside one). */
  elapsed(): number {
    return this.execution ? this.t - this.execution.startedAt : 0;
  }
}

/**
 * The bundle's Date inside the vm: the host Date (so Dates the services return still pass
 * `instanceof Date`), except that "now" — `new Date()`, `Date()` and `Date.now()` — reads the clock.
 */
export function clockDate(clock: { now(): number }): DateConstructor {
  return new Proxy(Date, {
    construct(target, args, newTarget) {
      return args.length === 0 ? Reflect.construct(target, [clock.now()], newTarget) : Reflect.construct(target, args, newTarget);
    },
    apply(target) {
      return new target(clock.now()).toString();
    },
    get(target, prop, receiver) {
      if (prop === 'now') return () => clock.now();
      return Reflect.get(target, prop, receiver);
    },
  });
}
