// 同步工作计划到日历's results as the sidebar's 日历同步 views. The diff, the token and every
// decision are the action's (src/calendar/syncCalendar.ts); this only picks what to show.
import type { ActionResult } from '../kernel/contracts/actionResult';
import type { SyncData } from './syncCalendar';
import type { CalendarChange } from './calendarPreview';
import { SETTING_KEYS } from '../kernel/sheets/schema';
import { problemView } from '../kernel/contracts/problemView';
import type { Problem } from '../kernel/problem';
import type { CalendarApplyView, CalendarChangeView, CalendarPreviewView, ProblemView } from '../kernel/contracts/sidebarContract';

function change(c: CalendarChange): CalendarChangeView {
  return { key: c.key, title: c.title, when: c.when, row: c.row, note: c.note };
}

/** Rows skipped and calls that failed: the rest of the plan still syncs. */
function warnings(problems: readonly Problem[]): ProblemView[] {
  return problems.map((p) => ({ ...problemView(p), blocking: false }));
}

export function calendarPreviewView(data: SyncData, result: ActionResult<SyncData>): CalendarPreviewView {
  const newCalendar = data.calendarId === '';
  return {
    calendarName: newCalendar ? '' : data.calendarName,
    planYear: data.planYear,
    timeZone: data.timeZone,
    counts: { create: data.created, update: data.updated, delete: data.deleted, unchanged: data.unchanged },
    creates: data.changes.creates.map(change),
    updates: data.changes.updates.map(change),
    deletes: data.changes.deletes.map(change),
    untouched: data.untouched,
    problems: warnings(result.problems),
    notes: newCalendar ? [`设置中的“${SETTING_KEYS.calendarId}”为空：确认同步时将新建日历“${data.calendarName}”，并把它的 ID 记入设置（之后可在 Google 日历中共享给同事）。`] : [],
    planToken: data.planToken,
  };
}

export function calendarApplyView(data: SyncData, result: ActionResult<SyncData>): CalendarApplyView {
  return {
    counts: { created: data.created, updated: data.updated, deleted: data.deleted, failed: data.failed },
    finished: data.finished,
    message: result.message,
    problems: warnings(result.problems),
  };
}
