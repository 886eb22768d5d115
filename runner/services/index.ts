import { CallLog } from './callLog';
import { OfflineUi, type UiResponder } from './ui';
import { createSpreadsheetApp } from './spreadsheet';
import { createPropertiesService } from './properties';
import { createLockService, type SharedMemoryLock, type LockServiceImpl } from './lock';
import { createUtilities } from './utilities';
import { createSession } from './session';
import { createScriptApp } from './scriptApp';
import { createHtmlService } from './html';
import { createLogger } from './logger';
import { createMailApp, type MailOptions } from './mail';
import { createCalendarApp, CalendarStore } from './calendar';
import { createAdvancedCalendar } from './advancedCalendar';
import { Zones } from './calendarEvent';
import { StateStore } from '../stateFile';
import type { MemoryWorkbook } from '../workbook';
import { CLOCK_OF, type VirtualClock } from './virtualClock';
import type { AppsScriptQuotas } from './quotas';
import { latencyMeter } from './latency';

export interface OfflineServiceOptions {
  workbook: MemoryWorkbook;
  /** The clerk running the tool (Session.getActiveUser().getEmail()); '' when unknown. */
  user?: string;
  /** WORKBOOK.state.json (document properties, triggers); null/absent keeps state in memory. */
  statePath?: string | null;
  /** An existing store to share between runs in one process (tests). */
  store?: StateStore;
  /** The document lock file; null/absent uses an in-memory lock. */
  lockPath?: string | null;
  /** The run's lock execution id, when the CLI already holds the document lock file (takeRunLock). */
  execution?: string;
  memoryLock?: SharedMemoryLock;
  responder?: UiResponder;
  scriptTimeZone?: string;
  /** The shared calendar (a JSON file, or in memory). */
  calendar?: CalendarStore;
  log?: CallLog;
  /** Clock for trigger scheduling (tests). */
  now?: () => number;
  /**
   * Apps Script time (tests, bench): every call advances this clock by its latency (latency.ts),
   * sleeps and lock waits advance it instead of blocking, and the bundle's Date reads it. Absent:
   * real time, as the CLI and the workbench need.
   */
  clock?: VirtualClock | null;
  /** Per-user daily quotas and the calendar's short-term limit, shared by the runs of a simulation. */
  quotas?: AppsScriptQuotas | null;
  /** Echo Logger.log lines (CLI --verbose). */
  echoLog?: (line: string) => void;
  /** MailApp: outbox folder or SMTP server, quota, test hooks. */
  mail?: MailOptions;
  /** Called by SpreadsheetApp.flush() (the CLI records the unsaved writes durably). */
  onFlush?: () => void;
  /** false: a manifest without the Calendar advanced service — no `Calendar` global, as on Google. */
  calendarApi?: boolean;
}

/** Everything the services share, for the CLI and tests. */
export interface ServiceContext {
  readonly workbook: MemoryWorkbook;
  readonly user: string;
  readonly log: CallLog;
  readonly ui: OfflineUi;
  readonly store: StateStore;
  readonly locks: LockServiceImpl;
  readonly logLines: string[];
  readonly scriptTimeZone: string;
  readonly now: () => number;
  readonly clock: VirtualClock | null;
  readonly quotas: AppsScriptQuotas | null;
  /** The options the set was made with, for services that need their own (mail, calendar). */
  readonly options: OfflineServiceOptions;
}

export interface OfflineServices extends ServiceContext {
  /** The Apps Script globals to put into the bundle's context. */
  readonly globals: Record<string, unknown>;
  /** The state (properties, triggers) as kept in the state file. */
  readonly state: StateStore;
  /** Ends the execution: releases its locks, as Apps Script does when a run ends or crashes. */
  end(): void;
}

type ServiceFactory = (ctx: ServiceContext) => unknown;

/**
 * The service set, one line per global. CalendarApp and MailApp are added here by their
 * authors: `CalendarApp: (ctx) => createCalendarApp(ctx),`.
 */
const SERVICES: Record<string, ServiceFactory> = {
  SpreadsheetApp: (ctx) => createSpreadsheetApp(ctx.workbook, ctx.log, ctx.ui, ctx.user, ctx.options.onFlush),
  PropertiesService: (ctx) => createPropertiesService(ctx.store, ctx.user, ctx.log),
  Utilities: (ctx) => createUtilities(ctx.log, ctx.clock ? (ms) => ctx.clock?.advance(ms) : undefined),
  Session: (ctx) => createSession(ctx.user, ctx.scriptTimeZone, ctx.log),
  ScriptApp: (ctx) => createScriptApp({ store: ctx.store, user: ctx.user, log: ctx.log, now: ctx.now }),
  HtmlService: (ctx) => createHtmlService(ctx.log),
  MailApp: (ctx) => createMailApp(ctx.user, ctx.log, mailWithQuota(ctx), ctx),
  CalendarApp: (ctx) => createCalendarApp(ctx, ctx.options.calendar),
  // The Calendar advanced service (appsscript.json enabledAdvancedServices) over the same store.
  Calendar: (ctx) => createAdvancedCalendar(ctx.options.calendar as CalendarStore, new Zones(ctx.scriptTimeZone), ctx.log),
};

/** Under a simulation the recipients per day are the sender's quota across runs and days. */
function mailWithQuota(ctx: ServiceContext): MailOptions | undefined {
  const { quotas, user } = ctx;
  if (!quotas) return ctx.options.mail;
  return {
    ...ctx.options.mail,
    daily: { remaining: () => quotas.remaining(user, 'emailRecipients'), use: (n) => quotas.use(user, 'emailRecipients', n) },
  };
}

export function createOfflineServices(options: OfflineServiceOptions): OfflineServices {
  // CalendarApp and the Calendar advanced service read and write one calendar.
  const opts = { ...options, calendar: options.calendar ?? new CalendarStore() };
  const log = opts.log ?? new CallLog();
  const clock = opts.clock ?? null;
  if (clock) log.meter = latencyMeter(clock);
  const user = opts.user ?? '';
  const ui = new OfflineUi(opts.responder);
  const store = opts.store ?? new StateStore(opts.statePath ?? null);
  const lock = createLockService({ lockPath: opts.lockPath, memoryLock: opts.memoryLock, user, log, execution: opts.execution });
  if (clock) lock.impl.waited = (ms) => clock.advance(ms);
  const logger = createLogger(log, opts.echoLog);
  const ctx: ServiceContext = {
    workbook: opts.workbook,
    user,
    log,
    ui,
    store,
    locks: lock.impl,
    logLines: logger.lines,
    scriptTimeZone: opts.scriptTimeZone ?? 'Asia/Shanghai',
    now: clock ? () => clock.now() : opts.now ?? Date.now,
    clock,
    quotas: opts.quotas ?? null,
    options: opts,
  };
  const globals: Record<string, unknown> = { LockService: lock.service, Logger: logger.service };
  for (const [name, make] of Object.entries(SERVICES)) globals[name] = make(ctx);
  if (opts.calendarApi === false) delete globals.Calendar;
  if (clock) Object.defineProperty(globals, CLOCK_OF, { value: clock, enumerable: false });
  return { ...ctx, globals, state: store, end: () => lock.impl.releaseAll() };
}
