// One bound Apps Script project on Google, simulated in memory for tests and the bench: the
// workbook, its document properties and triggers, the shared calendar, the users' quotas and a
// virtual clock. Each run() is one execution (a menu click, a sidebar call); fireDueTriggers()
// lets simulated hours and days pass, running every time-driven trigger when it is due, as its
// owner, within the owner's daily trigger runtime — so a week of continuations costs seconds.
import { bundlePath } from './offlineSession';
import { loadBundle } from './loadBundle';
import { createOfflineServices, type OfflineServices } from './services';
import { CallLog } from './services/callLog';
import { CalendarStore } from './services/calendar';
import { SharedMemoryLock } from './services/lock';
import type { MailOptions, OfflineMailApp, SentMail } from './services/mail';
import { unwrap } from './services/offline';
import { AppsScriptQuotas, DAILY_QUOTAS, type Account, type RateLimit, CALENDAR_RATE_LIMIT } from './services/quotas';
import { dueAt, dueTriggers, markRun } from './services/scriptApp';
import type { UiResponder } from './services/ui';
import { ExecutionKilled, VirtualClock } from './services/virtualClock';
import { StateStore, type TriggerRecord } from './stateFile';
import type { MemoryWorkbook } from './workbook';

const DAY = 24 * 3_600_000;

export interface SimulationOptions {
  readonly workbook: MemoryWorkbook;
  readonly calendar?: CalendarStore;
  /** Whose quotas apply: a gmail.com account (default) or a Google Workspace one. */
  readonly account?: Account;
  readonly clock?: VirtualClock;
  /** The calendar's short-term limit; null: none (to look at the daily quota alone). */
  readonly calendarRate?: RateLimit | null;
  readonly scriptTimeZone?: string;
  readonly mail?: MailOptions;
  readonly codePath?: string;
  /** false: the project's manifest does not enable the Calendar advanced service. */
  readonly calendarApi?: boolean;
}

export interface ExecutionRecord {
  readonly fn: string;
  readonly user: string;
  /** The trigger that started it; absent for a clerk's own call. */
  readonly triggerId?: string;
  readonly startedAt: number;
  readonly elapsedMs: number;
  readonly result?: unknown;
  /** The message of the error the execution ended with (Google's, when it killed the run). */
  readonly error?: string;
  readonly killed: boolean;
}

/** What an execution can call: the bundle's top-level functions. */
export interface BundleCaller {
  call<T = unknown>(fn: string, ...args: unknown[]): T;
}

export interface RunOptions {
  readonly responder?: UiResponder;
  /** Calls the bundle another way than `fn(...args)` (several calls make one execution). */
  readonly call?: (bundle: BundleCaller) => unknown;
  /** Let the clerk take this long before the call (e.g. opening the menu the next morning). */
  readonly at?: number;
}

export class SimulatedProject {
  readonly clock: VirtualClock;
  readonly quotas: AppsScriptQuotas;
  readonly store = new StateStore(null);
  readonly memoryLock = new SharedMemoryLock();
  readonly log = new CallLog();
  readonly calendar: CalendarStore;
  readonly executions: ExecutionRecord[] = [];
  /** What the bundle wrote with console.* (Apps Script's execution log), over all executions. */
  readonly executionLog: string[] = [];
  /** Every message MailApp delivered, over all executions. */
  readonly sent: SentMail[] = [];
  private readonly startedAt: number;

  constructor(private readonly options: SimulationOptions) {
    this.clock = options.clock ?? new VirtualClock();
    this.startedAt = this.clock.now();
    this.quotas = new AppsScriptQuotas(this.clock, options.account ?? 'consumer', options.calendarRate === undefined ? CALENDAR_RATE_LIMIT : options.calendarRate);
    this.calendar = options.calendar ?? new CalendarStore();
  }

  get workbook(): MemoryWorkbook {
    return this.options.workbook;
  }

  /** A fresh service set for one execution, over the project's shared state. */
  services(user: string, responder?: UiResponder): OfflineServices {
    return createOfflineServices({
      workbook: this.options.workbook,
      user,
      store: this.store,
      memoryLock: this.memoryLock,
      calendar: this.calendar,
      log: this.log,
      clock: this.clock,
      quotas: this.quotas,
      responder,
      scriptTimeZone: this.options.scriptTimeZone,
      mail: this.options.mail,
      calendarApi: this.options.calendarApi,
    });
  }

  /** One execution of a top-level function by `user`, as Google runs it; never throws. */
  run(user: string, fn: string, args: readonly unknown[] = [], options: RunOptions & { triggerId?: string } = {}): ExecutionRecord {
    if (options.at !== undefined) this.clock.setTime(options.at);
    const services = this.services(user, options.responder);
    const log = (...parts: unknown[]) => { this.executionLog.push(parts.map(String).join(' ')); };
    const bundle = loadBundle(this.options.codePath ?? bundlePath(), services.globals, { console: { log, info: log, warn: log, error: log } });
    const startedAt = this.clock.now();
    let result: unknown;
    let error: string | undefined;
    let killed = false;
    try {
      result = options.call ? options.call(bundle) : bundle.call(fn, ...args);
    } catch (e) {
      error = e instanceof Error ? e.message : String(e);
      killed = e instanceof ExecutionKilled;
    } finally {
      services.end();
      this.sent.push(...(unwrap<OfflineMailApp>(services.globals.MailApp)?.sent ?? []));
    }
    const record: ExecutionRecord = { fn, user, triggerId: options.triggerId, startedAt, elapsedMs: this.clock.now() - startedAt, result, error, killed };
    this.executions.push(record);
    return record;
  }

  /** When the next trigger is due, or null when none is waiting. */
  nextDue(): number | null {
    let next: number | null = null;
    for (const t of this.store.state.triggers) {
      const due = dueAt(t);
      if (due !== null && (next === null || due < next)) next = due;
    }
    return next;
  }

  /**
   * Lets time pass, up to `until` (default: 7 days on) or until no trigger waits, firing every trigger when it is due, in
   * time order, as its owner. A trigger whose owner used up the day's trigger runtime fails at
   * once with Google's message, as it does there, and a one-off trigger so refused is spent (it
   * is marked run before it starts). Returns the executions it ran.
   */
  fireDueTriggers(options: { until?: number; maxExecutions?: number } = {}): ExecutionRecord[] {
    const until = options.until ?? this.clock.now() + 7 * DAY;
    const max = options.maxExecutions ?? 10_000;
    const fired: ExecutionRecord[] = [];
    for (let next = this.nextDue(); next !== null && next <= until && fired.length < max; next = this.nextDue()) {
      this.clock.setTime(next);
      for (const t of dueTriggers(this.store, this.clock.now())) {
        if (fired.length >= max) break;
        markRun(this.store, t.id, this.clock.now());
        fired.push(this.fire(t));
      }
    }
    return fired;
  }

  private fire(t: TriggerRecord): ExecutionRecord {
    const owner = t.createdBy;
    if (this.quotas.exhausted(owner, 'triggerRuntimeMs')) {
      const record: ExecutionRecord = { fn: t.handler, user: owner, triggerId: t.id, startedAt: this.clock.now(), elapsedMs: 0, error: DAILY_QUOTAS.triggerRuntimeMs.message, killed: false };
      this.executions.push(record);
      return record;
    }
    const record = this.run(owner, t.handler, [{ triggerUid: t.id, authMode: 'FULL' }], { triggerId: t.id });
    this.quotas.add(owner, 'triggerRuntimeMs', record.elapsedMs);
    return record;
  }

  /**
   * Carries a job out as a clerk would: starts it, lets its continuations run, and while it is
   * not done and nothing is scheduled, starts it again the next morning at 09:00 (the clerk sees
   * it unfinished), for at most maxDays days. Counts only what this job took.
   */
  carryOut(user: string, fn: string, args: readonly unknown[], done: () => boolean, options: RunOptions & { maxDays?: number } = {}): JobSummary {
    const first = this.executions.length;
    const startedAt = this.clock.now();
    const lastDay = startedAt + (options.maxDays ?? 60) * DAY;
    for (;;) {
      this.run(user, fn, args, { responder: options.responder, call: options.call });
      this.fireDueTriggers({ until: lastDay });
      if (done() || this.clock.now() >= lastDay) break;
      this.clock.setTime(nextMorning(this.clock.now()));
    }
    const runs = this.executions.slice(first);
    return {
      executions: runs.length,
      simulatedMs: runs.reduce((t, e) => t + e.elapsedMs, 0),
      days: Math.floor((this.clock.now() - startedAt) / DAY) + 1,
      longestMs: runs.reduce((m, e) => Math.max(m, e.elapsedMs), 0),
      complete: done(),
    };
  }

  /** Simulated days since the project began, counting the one it is in (1 on the first day). */
  days(): number {
    return Math.floor((this.clock.now() - this.startedAt) / DAY) + 1;
  }

  /** The longest execution so far (ms): it must never pass 360 s. */
  longestExecution(): number {
    return this.executions.reduce((m, e) => Math.max(m, e.elapsedMs), 0);
  }
}

export interface JobSummary {
  readonly executions: number;
  /** Apps Script time of all its executions (not the waits between them). */
  readonly simulatedMs: number;
  /** Calendar days from its start to its end (1: finished the day it began). */
  readonly days: number;
  readonly longestMs: number;
  readonly complete: boolean;
}

/** 09:00 in China (UTC+8, no DST) on the day after `t`. */
function nextMorning(t: number): number {
  const shanghai = t + 8 * 3_600_000;
  return Math.floor(shanghai / DAY) * DAY + DAY + 9 * 3_600_000 - 8 * 3_600_000;
}
