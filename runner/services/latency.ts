// How long each Apps Script service call takes on Google, for the virtual clock. Published
// measurements are used where they exist; the rest are estimates (marked so), chosen on the
// slow side of what users report, because the point is to find runs that could pass 6 minutes.
//
// Sources:
//  [P]  Luis Peralta, "Google Apps Script APIs performance" (ziritione.org/post/apps_script_performance):
//       100 runs each — getProperty avg 30 ms, setProperty avg 62 ms.
//  [F]  "What is faster: ScriptDb or SpreadsheetApp?" (answer measuring SpreadsheetApp): one
//       setValues of 4,000 cells < 50 ms; flush() 610 ms; 400 row-by-row writes 164 ms without flush.
//  [M]  Bruce McPherson, "Measuring sheet operation performance" (ramblings.mcpher.com): reads and
//       writes grow with the number of cells; a full rewrite is the most expensive operation.
//  [T]  Apps Script best practices (developers.google.com/apps-script/guides/support/best-practices):
//       every call to another service is a round trip; batch reads and writes.
//  [S]  "[GAS] CalendarApp、Calendarのパフォーマンス比較" (seman7277211.blogspot.com, 2014-07): the
//       same 3 events read by Calendar.Events.list in 0.34 s, by CalendarApp (getCalendarById,
//       getEvents, a getter each) in about 1.8 s.
//  [E]  Estimate: no published measurement; figure from user reports of calendar and mail scripts
//       (e.g. GAS-ICS-Sync issues #29/#39: 115 events took ~200 s with 6+ calls each).

import type { CallMeter } from './callLog';
import type { VirtualClock } from './virtualClock';

export interface Latency {
  /** Fixed cost of the call, in ms. */
  readonly ms: number;
  /** Extra cost per cell read or written (getValues result, setValues argument). */
  readonly perCellMs?: number;
  /** Extra cost per item of a listing page returned (Calendar API `items`). */
  readonly perItemMs?: number;
  readonly source: 'P' | 'F' | 'M' | 'T' | 'S' | 'E';
}

/** By call name (`Type.method`); the first matching group default applies otherwise. */
export const LATENCY: Readonly<Record<string, Latency>> = {
  // Spreadsheet: range reads and writes are server round trips; building ranges is lazy.
  'Range.getValues': { ms: 40, perCellMs: 0.02, source: 'M' },
  'Range.getDisplayValues': { ms: 40, perCellMs: 0.02, source: 'M' },
  'Range.getFormulas': { ms: 40, perCellMs: 0.02, source: 'M' },
  'Range.getNumberFormats': { ms: 40, perCellMs: 0.02, source: 'M' },
  'Range.setValues': { ms: 50, perCellMs: 0.03, source: 'F' },
  'Range.setValue': { ms: 30, source: 'F' },
  'Range.setNumberFormat': { ms: 30, source: 'E' },
  'Range.setNumberFormats': { ms: 40, perCellMs: 0.01, source: 'E' },
  'Sheet.appendRow': { ms: 60, source: 'F' },
  'Sheet.getLastRow': { ms: 20, source: 'E' },
  'Sheet.getLastColumn': { ms: 20, source: 'E' },
  'Sheet.getDataRange': { ms: 20, source: 'E' },
  'SpreadsheetApp.flush': { ms: 610, source: 'F' },
  'SpreadsheetApp.getActiveSpreadsheet': { ms: 50, source: 'E' },
  'Spreadsheet.insertSheet': { ms: 400, source: 'E' },
  // Properties: measured [P].
  'Properties.getProperty': { ms: 30, source: 'P' },
  'Properties.getProperties': { ms: 30, source: 'P' },
  'Properties.getKeys': { ms: 30, source: 'P' },
  'Properties.setProperty': { ms: 62, source: 'P' },
  'Properties.setProperties': { ms: 62, source: 'P' },
  'Properties.deleteProperty': { ms: 62, source: 'P' },
  'Properties.deleteAllProperties': { ms: 62, source: 'P' },
  // Calendar: every call is a Calendar API request behind CalendarApp [E].
  'CalendarApp.getCalendarById': { ms: 300, source: 'E' },
  'CalendarApp.getOwnedCalendarsByName': { ms: 400, source: 'E' },
  'CalendarApp.createCalendar': { ms: 1500, source: 'E' },
  'Calendar.getEvents': { ms: 600, source: 'E' },
  'Calendar.getEventById': { ms: 300, source: 'E' },
  'Calendar.createEvent': { ms: 700, source: 'E' },
  'Calendar.createAllDayEvent': { ms: 700, source: 'E' },
  'CalendarEvent.deleteEvent': { ms: 500, source: 'E' },
  // The Calendar advanced service: one API request per page [S]; the payload of a full page of
  // 2,500 events (about 1 KB each) is an estimate of 0.5 ms per event [E].
  'Calendar.Events.list': { ms: 340, perItemMs: 0.5, source: 'S' },
  // Mail: one SMTP hand-off per call [E].
  'MailApp.sendEmail': { ms: 800, source: 'E' },
  'MailApp.getRemainingDailyQuota': { ms: 30, source: 'E' },
  // Lock: a round trip to the lock service [E]; waiting is added by the lock itself.
  'Lock.tryLock': { ms: 50, source: 'E' },
  'Lock.waitLock': { ms: 50, source: 'E' },
  'Lock.releaseLock': { ms: 30, source: 'E' },
  // Triggers [E].
  'ClockTriggerBuilder.create': { ms: 400, source: 'E' },
  'ScriptApp.getProjectTriggers': { ms: 150, source: 'E' },
  'ScriptApp.deleteTrigger': { ms: 300, source: 'E' },
  // Dialogs: showing one is a round trip to the browser; the clerk's reading time is the responder's.
  'Ui.alert': { ms: 300, source: 'E' },
  'Ui.prompt': { ms: 300, source: 'E' },
  'Ui.showModalDialog': { ms: 500, source: 'E' },
  'Ui.showModelessDialog': { ms: 500, source: 'E' },
  'Ui.showSidebar': { ms: 500, source: 'E' },
  // Session: the user's identity is a server call [E].
  'User.getEmail': { ms: 20, source: 'E' },
  'Session.getActiveUser': { ms: 20, source: 'E' },
  'Session.getEffectiveUser': { ms: 20, source: 'E' },
};

/** Calls not named above, by service group. */
export const GROUP_LATENCY: Readonly<Record<string, Latency>> = {
  spreadsheet: { ms: 2, source: 'T' },
  calendar: { ms: 250, source: 'E' }, // event getters and setters
  properties: { ms: 1, source: 'E' }, // getDocumentProperties() and friends
  mail: { ms: 30, source: 'E' },
  lock: { ms: 1, source: 'E' },
  script: { ms: 1, source: 'E' }, // builders
  utilities: { ms: 1, source: 'E' }, // local computation (formatDate, digests)
  session: { ms: 5, source: 'E' },
  html: { ms: 5, source: 'E' },
  ui: { ms: 1, source: 'E' }, // menus, prompt responses
  logger: { ms: 1, source: 'E' },
};

/** Calendar event getters are served from the event fetched with it, far cheaper than writes. */
const CALENDAR_GETTER: Latency = { ms: 20, source: 'E' };

function items(v: unknown): number {
  const list = (v as { items?: unknown } | null)?.items;
  return Array.isArray(list) ? list.length : 0;
}

function cells(v: unknown): number {
  if (!Array.isArray(v)) return 0;
  return v.reduce((n: number, row: unknown) => n + (Array.isArray(row) ? row.length : 1), 0);
}

/** Milliseconds one call takes: its fixed cost plus, for bulk reads and writes, the cells moved. */
export function latencyOf(group: string, name: string, args: readonly unknown[], result: unknown): number {
  const rule = LATENCY[name]
    ?? (group === 'calendar' && /^CalendarEvent\.(get|is)/.test(name) ? CALENDAR_GETTER : undefined)
    ?? GROUP_LATENCY[group]
    ?? { ms: 1, source: 'E' };
  if (rule.perItemMs) return rule.ms + items(result) * rule.perItemMs;
  if (!rule.perCellMs) return rule.ms;
  const n = /\.set/.test(name) ? cells(args[0]) : cells(result);
  return rule.ms + n * rule.perCellMs;
}

/** Charges each call's latency to the clock; a killed execution makes no further call. */
export function latencyMeter(clock: VirtualClock): CallMeter {
  return {
    before: () => clock.assertAlive(),
    after: (group, name, args, result) => clock.advance(latencyOf(group, name, args, result)),
  };
}
