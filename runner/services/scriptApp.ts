import { randomInt } from 'node:crypto';
import type { CallLog } from './callLog';
import { makeEnum } from './enums';
import { offline, unwrap } from './offline';
import type { StateStore, TriggerRecord } from '../stateFile';
import { isDate } from '../cellInput';

const G = 'script';

export const AuthMode = makeEnum('AuthMode', ['NONE', 'CUSTOM_FUNCTION', 'LIMITED', 'FULL']);
export const EventType = makeEnum('EventType', ['CLOCK', 'ON_OPEN', 'ON_EDIT', 'ON_FORM_SUBMIT', 'ON_CHANGE', 'ON_EVENT_UPDATED']);
export const TriggerSource = makeEnum('TriggerSource', ['SPREADSHEETS', 'CLOCK', 'FORMS', 'DOCUMENTS', 'CALENDAR']);

/** Apps Script allows 20 triggers per user per script. */
export const MAX_TRIGGERS = 20;
const TOO_MANY = 'This script has too many triggers. Triggers must be deleted from the script before more can be added.';

const HOUR = 3_600_000;

/** Trigger.getUniqueId() on Google is a decimal number of about 19 digits, e.g. "8913276155087204593". */
function triggerId(): string {
  let id = String(randomInt(1, 10));
  for (let i = 1; i < 19; i++) id += String(randomInt(0, 10));
  return id;
}

interface Ctx {
  store: StateStore;
  user: string;
  log: CallLog;
  now: () => number;
}

class TriggerImpl {
  constructor(readonly record: TriggerRecord) {}
  getHandlerFunction(): string { return this.record.handler; }
  getUniqueId(): string { return this.record.id; }
  getEventType(): GoogleAppsScript.Script.EventType { return EventType.CLOCK as unknown as GoogleAppsScript.Script.EventType; }
  getTriggerSource(): GoogleAppsScript.Script.TriggerSource { return TriggerSource.CLOCK as unknown as GoogleAppsScript.Script.TriggerSource; }
  getTriggerSourceId(): string { return null as unknown as string; }
}
interface TriggerImpl extends GoogleAppsScript.Script.Trigger {}

class ClockTriggerBuilderImpl {
  private spec: Pick<TriggerRecord, 'kind' | 'at' | 'intervalMs'> | null = null;
  constructor(private readonly handler: string, private readonly ctx: Ctx) {}
  after(durationMilliseconds: number): this {
    if (!(durationMilliseconds >= 0)) throw new Error('Invalid argument: durationMilliseconds');
    this.spec = { kind: 'once', at: this.ctx.now() + durationMilliseconds };
    return this;
  }
  at(date: Date): this {
    if (!isDate(date)) throw new Error("The parameters (" + typeof date + ") don't match the method signature for ScriptApp.ClockTriggerBuilder.at.");
    this.spec = { kind: 'once', at: date.getTime() };
    return this;
  }
  everyMinutes(n: number): this {
    if (![1, 5, 10, 15, 30].includes(n)) throw new Error('The value you passed to everyMinutes must be 1, 5, 10, 15 or 30.');
    this.spec = { kind: 'every', at: this.ctx.now() + n * 60_000, intervalMs: n * 60_000 };
    return this;
  }
  everyHours(n: number): this {
    if (![1, 2, 4, 6, 8, 12].includes(n)) throw new Error('The value you passed to everyHours must be 1, 2, 4, 6, 8 or 12.');
    this.spec = { kind: 'every', at: this.ctx.now() + n * HOUR, intervalMs: n * HOUR };
    return this;
  }
  everyDays(n: number): this {
    this.spec = { kind: 'every', at: this.ctx.now() + n * 24 * HOUR, intervalMs: n * 24 * HOUR };
    return this;
  }
  atHour(_h: number): this { return this; }
  nearMinute(_m: number): this { return this; }
  inTimezone(_tz: string): this { return this; }
  create(): GoogleAppsScript.Script.Trigger {
    if (!this.spec) throw new Error('The trigger has no schedule: call after(), at(), everyMinutes() or everyHours() before create().');
    const mine = this.ctx.store.state.triggers.filter((t) => t.createdBy === this.ctx.user);
    if (mine.length >= MAX_TRIGGERS) throw new Error(TOO_MANY);
    const record: TriggerRecord = { id: triggerId(), handler: this.handler, ...this.spec, createdBy: this.ctx.user };
    this.ctx.store.state.triggers.push(record);
    this.ctx.store.save();
    return offline(new TriggerImpl(record), G, 'Trigger', this.ctx.log);
  }
}
interface ClockTriggerBuilderImpl extends GoogleAppsScript.Script.ClockTriggerBuilder {}

class TriggerBuilderImpl {
  constructor(private readonly handler: string, private readonly ctx: Ctx) {}
  timeBased(): GoogleAppsScript.Script.ClockTriggerBuilder {
    return offline(new ClockTriggerBuilderImpl(this.handler, this.ctx), G, 'ClockTriggerBuilder', this.ctx.log);
  }
}
interface TriggerBuilderImpl extends GoogleAppsScript.Script.TriggerBuilder {}

class ScriptAppImpl {
  readonly AuthMode = AuthMode as unknown as typeof GoogleAppsScript.Script.AuthMode;
  readonly EventType = EventType as unknown as typeof GoogleAppsScript.Script.EventType;
  readonly TriggerSource = TriggerSource as unknown as typeof GoogleAppsScript.Script.TriggerSource;
  constructor(private readonly ctx: Ctx, private readonly scriptId: string) {}
  newTrigger(functionName: string): GoogleAppsScript.Script.TriggerBuilder {
    if (typeof functionName !== 'string' || functionName === '') throw new Error('Invalid argument: functionName');
    return offline(new TriggerBuilderImpl(functionName, this.ctx), G, 'TriggerBuilder', this.ctx.log);
  }
  getProjectTriggers(): GoogleAppsScript.Script.Trigger[] {
    return this.ctx.store.state.triggers
      .filter((t) => t.createdBy === this.ctx.user)
      .map((t) => offline<GoogleAppsScript.Script.Trigger>(new TriggerImpl(t), G, 'Trigger', this.ctx.log));
  }
  deleteTrigger(trigger: GoogleAppsScript.Script.Trigger): void {
    const impl = unwrap<TriggerImpl>(trigger);
    if (!(impl instanceof TriggerImpl)) throw new Error("The parameters (Object) don't match the method signature for ScriptApp.deleteTrigger.");
    const list = this.ctx.store.state.triggers;
    const i = list.findIndex((t) => t.id === impl.record.id);
    if (i >= 0) {
      list.splice(i, 1);
      this.ctx.store.save();
    }
  }
  getScriptId(): string { return this.scriptId; }
}
interface ScriptAppImpl extends GoogleAppsScript.Script.ScriptApp {}

export function createScriptApp(opts: { store: StateStore; user: string; log: CallLog; scriptId?: string; now?: () => number }): GoogleAppsScript.Script.ScriptApp {
  const ctx: Ctx = { store: opts.store, user: opts.user, log: opts.log, now: opts.now ?? Date.now };
  return offline(new ScriptAppImpl(ctx, opts.scriptId ?? 'offline-script'), G, 'ScriptApp', opts.log);
}

/**
 * Triggers whose time has come at `now`: one-off triggers not yet run, and recurring ones whose
 * interval has passed since their last run. The CLI runs each handler and calls markRun().
 */
export function dueTriggers(store: StateStore, now: number): TriggerRecord[] {
  return store.state.triggers.filter((t) => {
    const at = dueAt(t);
    return at !== null && at <= now;
  });
}

/** When a trigger next fires; null for a one-off trigger that has fired (it is spent). */
export function dueAt(t: TriggerRecord): number | null {
  if (t.kind === 'once') return t.lastRun === undefined ? t.at : null;
  return t.lastRun === undefined ? t.at : t.lastRun + (t.intervalMs ?? HOUR);
}

/** Records that a trigger ran (a fired one-off trigger stays listed until deleted, as on Google). */
export function markRun(store: StateStore, id: string, now: number): void {
  const t = store.state.triggers.find((x) => x.id === id);
  if (!t) return;
  t.lastRun = now;
  store.save();
}
