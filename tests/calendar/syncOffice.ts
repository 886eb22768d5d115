// The union's workbook, its shared calendar and its document properties across runs of the BUILT
// dist/Code.js: the setting every 同步工作计划到日历 story starts from.
import type { ActionResult } from '../../src/kernel/contracts/actionResult';
import type { SyncData } from '../../src/calendar/syncCalendar';
import { CalendarStore, type StoredEvent } from '../../runner/services/calendar';
import { SharedMemoryLock } from '../../runner/services/lock';
import type { UiResponder } from '../../runner/services/ui';
import { StateStore } from '../../runner/stateFile';
import type { MemoryWorkbook } from '../../runner/workbook';
import { answering, runBundle, sampleWorkbook } from '../support/offlineBundle';
export const PLAN = '工作计划';

/** The union's workbook, its shared calendar and its document properties, across several runs. */
export function office(options: { scriptTimeZone?: string } = {}) {
  const workbook = sampleWorkbook();
  const calendar = new CalendarStore();
  const store = new StateStore(null);
  const memoryLock = new SharedMemoryLock();
  const run = (responder: UiResponder = answering('YES'), user = 'clerk@example.edu.cn') =>
    runBundle({ workbook, responder, user, services: { calendar, store, memoryLock, scriptTimeZone: options.scriptTimeZone } });
  const api = (options: Record<string, unknown> = {}) => {
    const r = run();
    return { result: r.call<ActionResult<SyncData>>('apiSyncCalendar', { createCalendar: true, ...options }), run: r };
  };
  return { workbook, calendar, store, memoryLock, run, api };
}

export function planSheet(workbook: MemoryWorkbook) {
  const sheet = workbook.sheet(PLAN)!;
  const col = (header: string) => sheet.dump()[0].indexOf(header) + 1;
  const rowOf = (content: string) => sheet.dump().findIndex((r) => r[1] === content) + 1;
  return {
    sheet,
    col,
    rowOf,
    cell: (row: number, header: string) => sheet.values.get(row, col(header)) ?? '',
    set: (row: number, header: string, value: string | Date) => sheet.values.set(row, col(header), value),
    deleteRow: (row: number) => sheet.grids().forEach((g) => g.deleteRows(row, 1)),
    column: (header: string) => sheet.dump().slice(1).map((r) => r[col(header) - 1]),
  };
}

export const byTitle = (events: StoredEvent[], title: string) => events.filter((e) => e.title === title);

