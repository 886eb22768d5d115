import { addDays, firstOfNextMonth, type IsoDate, isoDate } from '../kernel/dates/isoDate';
import type { PlanDateTime, PlanItem } from './planItem';
import { addMinutes, type LocalDateTime } from '../kernel/dates/timeZoneRules';

/**
 * When a plan row happens. All-day ends are exclusive (the day after the last day), the way
 * both Google Calendar and RFC 5545 count them; timed ends are wall-clock times in `timeZone`.
 */
export type EventTiming =
  | { readonly kind: 'allDay'; readonly start: IsoDate; readonly end: IsoDate }
  | { readonly kind: 'timed'; readonly start: LocalDateTime; readonly end: LocalDateTime; readonly timeZone: string };

/** The calendar event a plan row should have. */
export interface DesiredEvent {
  /** 计划编号 */
  readonly key: string;
  /** The sheet row, for 日历事件ID / 同步状态 and messages. */
  readonly row: number;
  /** 日历事件ID as the sheet holds it ('' when lost or never synced). */
  readonly knownEventId: string;
  readonly title: string;
  /** Without the marker line (eventMarker adds it). */
  readonly description: string;
  readonly location: string;
  readonly timing: EventTiming;
}

export interface EventContext {
  readonly planYear: number;
  /** The workbook's 时区, e.g. 'Asia/Shanghai'. */
  readonly timeZone: string;
}

/** A meeting with a start time but no end time lasts an hour, as Google Calendar assumes. */
const DEFAULT_MINUTES = 60;

/**
 * No 开始日期: the whole month. Dates only: those days. A time of day on either end: a timed
 * event; a 结束日期 without a time then means "until the end of that day".
 */
export function eventTiming(item: PlanItem, timeZone: string): EventTiming {
  const { start, end } = item;
  if (!start) {
    const { year, month } = item.month;
    return { kind: 'allDay', start: isoDate(year, month, 1), end: firstOfNextMonth(year, month) };
  }
  if (start.time === null && (end === null || end.time === null)) {
    return { kind: 'allDay', start: start.date, end: addDays((end ?? start).date, 1) };
  }
  const from: LocalDateTime = { date: start.date, time: start.time ?? '00:00' };
  return { kind: 'timed', start: from, end: timedEnd(from, end), timeZone };
}

function timedEnd(from: LocalDateTime, end: PlanDateTime | null): LocalDateTime {
  if (end === null) return addMinutes(from, DEFAULT_MINUTES);
  if (end.time === null) return { date: addDays(end.date, 1), time: '00:00' };
  return { date: end.date, time: end.time };
}

export function desiredEvent(item: PlanItem, context: EventContext): DesiredEvent {
  return {
    key: item.planId,
    row: item.row,
    knownEventId: item.eventId,
    title: item.content,
    description: eventDescription(item, context.planYear),
    location: item.location,
    timing: eventTiming(item, context.timeZone),
  };
}

/** What a colleague opening the event needs: who runs it, where, the note, which plan. */
function eventDescription(item: PlanItem, planYear: number): string {
  const lines: string[] = [];
  if (item.department) lines.push(`负责部门：${item.department}`);
  if (item.location) lines.push(`地点：${item.location}`);
  if (item.note) lines.push(`备注：${item.note}`);
  lines.push(`${planYear}年度工作计划`);
  return lines.join('\n');
}

/** First day and exclusive last day touched by any of the events, in the plan's zone. */
export function eventsDateRange(events: readonly DesiredEvent[]): { start: IsoDate; end: IsoDate } | null {
  let start: IsoDate | null = null;
  let end: IsoDate | null = null;
  for (const e of events) {
    const t = e.timing;
    const s = t.kind === 'allDay' ? t.start : t.start.date;
    const x = t.kind === 'allDay' ? t.end : addDays(t.end.date, 1);
    if (start === null || s < start) start = s;
    if (end === null || x > end) end = x;
  }
  return start === null || end === null ? null : { start, end };
}
