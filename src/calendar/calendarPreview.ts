import type { CalendarDiff } from './calendarDiff';
import { contentHash } from './contentHash';
import type { DesiredEvent, EventTiming } from './eventSpan';
import { addDays, firstOfNextMonth, isoParts } from '../kernel/dates/isoDate';
import type { CalendarChange, CalendarChanges } from '../kernel/contracts/calendarData';
export type { CalendarChange, CalendarChanges };

/** How many items of each kind the preview lists before "…". */
export const PREVIEW_ITEMS = 5;

/** '2023年3月', '2023-03-08', '2023-03-08 至 2023-03-10', '2023-04-28 09:00–11:30'. */
export function describeTiming(t: EventTiming): string {
  if (t.kind === 'allDay') {
    const { year, month, day } = isoParts(t.start);
    if (day === 1 && t.end === firstOfNextMonth(year, month)) return `${year}年${month}月`;
    const last = addDays(t.end, -1);
    return last === t.start ? t.start : `${t.start} 至 ${last}`;
  }
  const end = t.end.date === t.start.date ? t.end.time : `${t.end.date} ${t.end.time}`;
  return `${t.start.date} ${t.start.time}–${end}`;
}

function describeRow(d: DesiredEvent): string {
  return `第${d.row}行 ${d.title}（${describeTiming(d.timing)}）`;
}

function section(title: string, lines: readonly string[]): string[] {
  if (lines.length === 0) return [];
  const shown = lines.slice(0, PREVIEW_ITEMS).map((l) => `  ${l}`);
  if (lines.length > PREVIEW_ITEMS) shown.push(`  ……共 ${lines.length} 项`);
  return [`${title}：`, ...shown];
}

export interface PreviewExtras {
  readonly calendarName: string;
  /** Titles of the events to delete, by event ID (the diff only knows their keys). */
  readonly deleteTitles: ReadonlyMap<string, string>;
  /** Problems of rows that are skipped this time, already formatted. */
  readonly skipped: readonly string[];
  /** Deletions will not be applied (offline without --yes). */
  readonly deletesHeld: boolean;
}

/** Counts first, then the first items of each kind, as the clerk confirms them. */
export function previewText(diff: CalendarDiff, extras: PreviewExtras): string {
  const counts = `新建 ${diff.creates.length} 项，更新 ${diff.updates.length} 项，删除 ${diff.deletes.length} 项，不变 ${diff.unchanged.length} 项`;
  const lines = [`日历“${extras.calendarName}”：${counts}。`];
  if (diff.untouched > 0) lines.push(`日历中另有 ${diff.untouched} 个不是由本工具为本年度计划创建的事件，不会被改动。`);
  lines.push(...section('新建', diff.creates.map((c) => describeRow(c.desired))));
  lines.push(...section('更新', diff.updates.map((u) => describeRow(u.desired))));
  const deleteTitle = extras.deletesHeld ? '删除（需确认，本次未执行）' : '删除';
  lines.push(...section(deleteTitle, diff.deletes.map((d) => {
    const title = extras.deleteTitles.get(d.event.id) ?? '';
    const why = d.reason === 'duplicate' ? '重复的日历事件' : '工作计划中已没有这一行';
    return `计划编号 ${d.key} ${title}（${why}）`;
  })));
  lines.push(...section('有问题、本次跳过的行（已有的日历事件保持不变）', [
    ...extras.skipped,
    ...diff.duplicateKeys.map((d) => `第${d.row}行 计划编号 ${d.key} 与其他行重复`),
  ]));
  return lines.join('\n');
}

/** The first `limit` items of each kind, structured. */
export function changeLists(diff: CalendarDiff, deleteTitles: ReadonlyMap<string, string>, limit: number): CalendarChanges {
  const item = (d: CalendarDiff['creates'][number]['desired'], note = ''): CalendarChange =>
    ({ key: d.key, title: d.title, when: describeTiming(d.timing), row: d.row, note });
  return {
    creates: diff.creates.slice(0, limit).map((c) => item(c.desired)),
    updates: diff.updates.slice(0, limit).map((u) => item(u.desired, u.tagOnly ? '补写标记' : '')),
    deletes: diff.deletes.slice(0, limit).map((d) => ({
      key: d.key, title: deleteTitles.get(d.event.id) ?? '', when: '', row: null,
      note: d.reason === 'duplicate' ? '重复的日历事件' : '计划行已删除',
    })),
  };
}

/**
 * Names one change list: applying "the plan I previewed" is refused when the sheet or the
 * calendar has moved on since (the token of a fresh diff differs).
 */
export function planToken(diff: CalendarDiff): string {
  return contentHash(JSON.stringify([
    diff.creates.map((c) => [c.desired.key, c.hash]),
    diff.updates.map((u) => [u.desired.key, u.hash, u.event.id]),
    diff.deletes.map((d) => d.event.id),
  ]));
}
