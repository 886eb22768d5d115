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
import { createCalendarApp, type CalendarStore } from './calendar';
import { StateStore } from '../stateFile';
import type { MemoryWorkbook } from '../workbook';

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
  /** Echo Logger.log lines (CLI --verbose). */
  echoLog?: (line: string) => void;
  /** MailApp: outbox folder or SMTP server, quota, test hooks. */
  mail?: MailOptions;
  /** Called by SpreadsheetApp.flush() (the CLI records the unsaved writes durably). */
  onFlush?: () => void;
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
  Utilities: (ctx) => createUtilities(ctx.log),
  Session: (ctx) => createSession(ctx.user, ctx.scriptTimeZone, ctx.log),
  ScriptApp: (ctx) => createScriptApp({ store: ctx.store, user: ctx.user, log: ctx.log, now: ctx.now }),
  HtmlService: (ctx) => createHtmlService(ctx.log),
  MailApp: (ctx) => createMailApp(ctx.user, ctx.log, ctx.options.mail, ctx),
  CalendarApp: (ctx) => createCalendarApp(ctx, ctx.options.calendar),
};

export function createOfflineServices(opts: OfflineServiceOptions): OfflineServices {
  const log = opts.log ?? new CallLog();
  const user = opts.user ?? '';
  const ui = new OfflineUi(opts.responder);
  const store = opts.store ?? new StateStore(opts.statePath ?? null);
  const lock = createLockService({ lockPath: opts.lockPath, memoryLock: opts.memoryLock, user, log, execution: opts.execution });
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
    now: opts.now ?? Date.now,
    options: opts,
  };
  const globals: Record<string, unknown> = { LockService: lock.service, Logger: logger.service };
  for (const [name, make] of Object.entries(SERVICES)) globals[name] = make(ctx);
  return { ...ctx, globals, state: store, end: () => lock.impl.releaseAll() };
}
