// The live Services of the port, built from the Apps Script globals: the only place (with the
// adapters beside it) that names them. Offline, the runner provides the same globals, so this
// same code builds the port there. Every part is made on first use: a trigger or an api call
// has no UI, and a call that never reads the workbook never opens it.
import type { IsoDate } from '../kernel/dates/isoDate';
import type { Clock, Services } from '../kernel/services/services';
import type { Workbook as WorkbookPort } from '../kernel/services/workbook';
import { listCalendarEvents } from './calendarEvents';
import { mailApp } from './mail';
import { liveTriggers } from './triggers';
import { liveUi } from './ui';
import { Workbook } from './workbook';
import { isKnownTimeZone, scriptTimeZone, utilitiesUtcOffset } from './zoneOffset';

export function liveServices(): Services {
  const once = <T>(make: () => T): (() => T) => {
    let made: { value: T } | null = null;
    return () => (made ??= { value: make() }).value;
  };
  const workbook = once((): WorkbookPort => new Workbook());
  const properties = once(() => PropertiesService.getDocumentProperties());
  const mail = once(() => mailApp());
  // One document-properties handle for the run: the triggers keep their due times beside the jobs' markers.
  const triggers = once(() => liveTriggers(ScriptApp, properties));
  const ui = once(() => liveUi());
  // The user does not change within an execution: asked once.
  const email = once(() => (Session.getActiveUser().getEmail() || '').trim().toLowerCase());
  return {
    get workbook() { return workbook(); },
    openWorkbook: () => new Workbook(),
    get properties() { return properties(); },
    lock: {
      run(fn) {
        const lock = LockService.getDocumentLock();
        if (!lock.tryLock(500)) return { locked: true };
        try {
          return { locked: false, value: fn() };
        } finally {
          lock.releaseLock();
        }
      },
    },
    get mail() { return mail(); },
    calendar: {
      open(id) {
        try {
          return CalendarApp.getCalendarById(id);
        } catch {
          return null;
        }
      },
      // `mark` goes into the description in the creating call: a run that died before recording
      // the new ID in 设置 finds that calendar again on the rerun instead of leaving a twin behind.
      create(name, timeZone, mark) {
        const earlier = CalendarApp.getOwnedCalendarsByName(name).find((c) => c.getDescription() === mark);
        return earlier ?? CalendarApp.createCalendar(name, { timeZone, summary: mark });
      },
      listEvents: listCalendarEvents,
    },
    get triggers() { return triggers(); },
    user: {
      email,
      selectedRow(sheetName) {
        const sheet = SpreadsheetApp.getActiveSheet();
        if (!sheet || sheet.getName() !== sheetName) return null;
        const range = SpreadsheetApp.getActiveRange();
        const row = range ? range.getRow() : 0;
        return row >= 2 ? row : null;
      },
      // The row's used columns are selected and its sheet shown; a row that is gone is reported.
      selectRow(sheetName, row) {
        const sheet = SpreadsheetApp.getActiveSpreadsheet().getSheetByName(sheetName);
        if (!sheet) return { selected: false, sheetExists: false, lastRow: 0 };
        const lastRow = sheet.getLastRow();
        if (row > lastRow) return { selected: false, sheetExists: true, lastRow };
        sheet.getRange(row, 1, 1, Math.max(1, sheet.getLastColumn())).activate();
        return { selected: true };
      },
    },
    clock: utilitiesClock(),
    format: {
      scriptTimeZone: () => scriptTimeZone(),
      utcOffset: () => utilitiesUtcOffset(),
      isKnownTimeZone: (zone) => isKnownTimeZone(zone),
      base64Utf8: (text) => Utilities.base64Encode(text, Utilities.Charset.UTF_8),
    },
    get ui() { return ui(); },
  };
}

/** Dates in the workbook's time zone (not the script's, not the machine's), by Utilities.formatDate. */
function utilitiesClock(utilities: GoogleAppsScript.Utilities.Utilities = Utilities): Clock {
  const today = (timeZone: string): IsoDate => utilities.formatDate(new Date(), timeZone, 'yyyy-MM-dd');
  return {
    today,
    currentYear: (timeZone) => Number(today(timeZone).slice(0, 4)),
    nowWallClock: (timeZone) => utilities.formatDate(new Date(), timeZone, 'yyyy-MM-dd HH:mm:ss'),
    sleep: (ms) => utilities.sleep(ms),
  };
}
