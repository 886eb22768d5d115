// The one services port (docs/architecture.md): every action is `(request, services) → result`.
// src/gas builds the live Services from the Apps Script globals; offline the same bundle builds
// it from the runner's implementations of those globals, so no action runs outside the bundle.
import type { MenuEntry } from '../contracts/menu';
import type { IsoDate } from '../dates/isoDate';
import type { UtcOffset } from '../dates/timeZoneRules';
import type { Mailer } from './mail';
import type { Workbook } from './workbook';

export interface Services {
  /** The bound spreadsheet, one instance per run: a sheet is read at most once. */
  readonly workbook: Workbook;
  /** The spreadsheet opened anew, for a server call that composes two actions' reads. */
  openWorkbook(): Workbook;
  /** Document properties: the send journal, job markers, plan-ID high-water marks. */
  readonly properties: GoogleAppsScript.Properties.Properties;
  readonly lock: DocumentLock;
  readonly mail: Mailer;
  readonly calendar: Calendars;
  readonly triggers: Triggers;
  readonly user: User;
  readonly clock: Clock;
  readonly format: Formatting;
  /** Dialogs, menus and the sidebar; only menu items may use it (triggers and api calls have no UI). */
  readonly ui: Ui;
}

export const LOCKED_MESSAGE = '另一项操作（可能是其他干事或自动任务）正在修改本工作簿，请稍后再试。';

export interface DocumentLock {
  /** Runs `fn` under the document lock; a second run arriving while it is held is refused at once. */
  run<T>(fn: () => T): { locked: true } | { locked: false; value: T };
}

export interface Calendars {
  /** The shared calendar by 共享日历ID; null when it does not exist or is not shared with us. */
  open(id: string): GoogleAppsScript.Calendar.Calendar | null;
  /** A new calendar in `timeZone`, `mark` in its description (found again by a rerun). */
  create(name: string, timeZone: string, mark: string): GoogleAppsScript.Calendar.Calendar;
  /**
   * The events of a calendar overlapping [from, to) with their description and the tag `tagKey`,
   * read through the Calendar API a page at a time instead of CalendarApp's call per field; before
   * each further page it asks `more()`, and stops when that answers false. null when the advanced service is not enabled.
   */
  listEvents(calendarId: string, range: { from: Date; to: Date }, tagKey: string, more: () => boolean): ListedEvents | null;
}

export interface ListedEvent {
  /** The iCalUID: what CalendarApp's CalendarEvent.getId() returns for the same event. */
  readonly id: string;
  readonly title: string;
  readonly description: string;
  /** The tag's value, or null when the listing shows none. */
  readonly tag: string | null;
}

export interface ListedEvents {
  readonly events: readonly ListedEvent[];
  /** false: `more()` stopped the listing before its last page. */
  readonly complete: boolean;
}

/** Time-driven triggers of the bundle's own entry points (handler = an export of src/main.ts). */
export interface Triggers {
  /**
   * A one-off continuation after `afterMs`, with an hourly backup that resumes the job should the
   * one-off be refused (the day's trigger runtime used up); at most these two per handler.
   */
  scheduleContinuation(handler: string, afterMs: number): void;
  /** Removes the continuation and its backup. */
  cancelContinuation(handler: string): void;
  /** false when the trigger firing now is a backup early for the booked continuation: do nothing. */
  continuationDue(handler: string): boolean;
  hasHourly(handler: string): boolean;
  /** Installs the hourly trigger unless present; true when one was created. */
  installHourly(handler: string): boolean;
  /** Removes every trigger of `handler`; the number removed. */
  remove(handler: string): number;
}

export interface User {
  /** The clerk's email, lower-cased; '' when it cannot be told (some consumer accounts). */
  email(): string;
  /** The sheet row the clerk has selected when `sheet` is the active sheet; null otherwise. */
  selectedRow(sheet: string): number | null;
  /** Selects a row of a sheet for the clerk, or says why it could not. */
  selectRow(sheet: string, row: number): RowSelection;
}

export type RowSelection = { selected: true } | { selected: false; sheetExists: boolean; lastRow: number };

export interface Clock {
  /** Today in `timeZone` (the workbook's, not the script's or the machine's). */
  today(timeZone: string): IsoDate;
  currentYear(timeZone: string): number;
  /** Now as wall-clock 'YYYY-MM-DD HH:mm:ss' in `timeZone`. */
  nowWallClock(timeZone: string): string;
  sleep(ms: number): void;
}

export interface Formatting {
  /** The zone the script runs in: the one the calendar reads an all-day Date in. */
  scriptTimeZone(): string;
  /** Zone rules from the platform's own date formatting. */
  utcOffset(): UtcOffset;
  /** Whether the platform's date formatting knows the zone (Utilities.formatDate on Apps Script, not Intl). */
  isKnownTimeZone(timeZone: string): boolean;
  /** Base64 of the UTF-8 octets of a text (a data: link's payload). */
  base64Utf8(text: string): string;
}

/** The clerk-facing prompts every menu action uses. */
export interface Dialogs {
  alert(title: string, message: string): void;
  /** YES/NO question; true only on an explicit YES. */
  confirm(title: string, message: string): boolean;
  /** YES/NO/CANCEL question. */
  choose(title: string, message: string): 'yes' | 'no' | 'cancel';
  /** null when the clerk cancels. */
  prompt(title: string, message: string): string | null;
  toast(message: string): void;
}

export interface Ui extends Dialogs {
  /** A modal dialog showing `html` (built and escaped by the feature). */
  showHtmlDialog(title: string, html: string, size?: { width: number; height: number }): void;
  /** Opens (or replaces) the sidebar on one of its views. */
  showSidebar(view: string): void;
  /** Builds the menu and nothing else: onOpen may run without authorization. */
  addMenu(title: string, items: readonly MenuEntry[]): void;
}

/**
 * The same services with some parts replaced (a fresh workbook, watched properties). The other
 * parts stay as they are, made only when used.
 */
export function servicesWith(services: Services, parts: Partial<Services>): Services {
  const replaced = Object.create(services) as Services;
  // Defined, not assigned: the parts they replace may be getters without a setter.
  for (const [name, value] of Object.entries(parts)) Object.defineProperty(replaced, name, { value, enumerable: true });
  return replaced;
}
