// The sidebar's 日历同步 calls: a dry run of 同步工作计划到日历 for the preview, then the real
// run with the preview's token, so exactly what the clerk saw is applied (or nothing, if the
// sheet or the calendar has moved on). Deletions and a new calendar are confirmed by the click.
import { calendarApplyView, calendarPreviewView } from './calendarViews';
import type { CalendarApplyView, CalendarPreviewView, SidebarReply } from '../kernel/contracts/sidebarContract';
import { fromActionResult, refusal } from '../kernel/contracts/sidebarReplies';
import type { Services } from '../kernel/services/services';
import { syncCalendar } from './syncCalendar';

export function calendarPreview(services: Services): SidebarReply<CalendarPreviewView> {
  return fromActionResult(syncCalendar({ kind: 'api', dryRun: true, confirmDeletes: true, createCalendar: false }, services), calendarPreviewView);
}

export function calendarApply(planToken: unknown, services: Services): SidebarReply<CalendarApplyView> {
  if (typeof planToken !== 'string' || planToken === '') return refusal('refused', '请先预览，再确认同步。');
  const result = syncCalendar({ kind: 'api', dryRun: false, confirmDeletes: true, createCalendar: true, planToken }, services);
  if (result.data?.stale) return refusal('stale', result.message);
  return fromActionResult(result, calendarApplyView);
}
