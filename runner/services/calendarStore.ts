// The shared calendar the offline CalendarApp reads and writes: a JSON file (`calendar.json`
// beside the workbook, or --calendar FILE) or memory. Events the tool did not create stay in the
// file exactly as they were; events deleted (by the tool or by hand) stay as cancelled ones, as
// Google keeps them.
import * as fs from 'node:fs';
import { createHash } from 'node:crypto';
import type { CallLog } from './callLog';
import { writeFileAtomic } from '../atomicWrite';
import { CALENDAR_THROTTLE_MESSAGE } from './quotas';

export interface StoredEvent {
  id: string;
  title: string;
  description: string;
  location: string;
  /** All-day: start and exclusive end as YYYY-MM-DD. Timed: ISO instants. */
  allDay: boolean;
  start: string;
  end: string;
  tags: Record<string, string>;
  created: string;
  updated: string;
  /** 'cancelled' for a deleted event (Calendar API event status); absent for a live one. */
  status?: 'cancelled';
  /** Fields a hand-written file may carry are kept as they are. */
  [other: string]: unknown;
}

export interface StoredCalendar {
  id: string;
  name: string;
  timeZone: string;
  events: StoredEvent[];
  /**
   * Deleted events. The Calendar API's events.get "always returns them" with status 'cancelled'
   * (Event resource, `status`), and so does CalendarApp.getEventById; listings leave them out.
   */
  cancelled?: StoredEvent[];
  [other: string]: unknown;
}

export interface CalendarFile {
  calendars: StoredCalendar[];
  /** Event and calendar ids are numbered, so runs and tests are repeatable. */
  nextNumber: number;
}

/** Google's exact text (see quotas.ts); kept under this name for the tests that throttle by hand. */
export const THROTTLE_MESSAGE = CALENDAR_THROTTLE_MESSAGE;

/** The names of the calls that change a calendar, for "zero calendar writes" assertions. */
export const CALENDAR_WRITES = [
  'CalendarApp.createCalendar',
  'Calendar.createEvent', 'Calendar.createAllDayEvent',
  'CalendarEvent.setTitle', 'CalendarEvent.setDescription', 'CalendarEvent.setLocation',
  'CalendarEvent.setTime', 'CalendarEvent.setAllDayDate', 'CalendarEvent.setAllDayDates',
  'CalendarEvent.setTag', 'CalendarEvent.deleteTag', 'CalendarEvent.deleteEvent',
] as const;

export function calendarWrites(log: CallLog): number {
  return CALENDAR_WRITES.reduce((n, name) => n + log.count('calendar', name), 0);
}

const BASE32HEX = '0123456789abcdefghijklmnopqrstuv';

/**
 * An iCalUID as Google gives events created through Apps Script: 26 base32hex characters and
 * "@google.com" (37 characters; e.g. "7kukuqrpqnpk3f8e0vlujrtqns@google.com"). Derived from the
 * number so runs are repeatable; the length matters for what fits in a 9 KB property.
 */
export function eventIdFor(n: number): string {
  const digest = createHash('sha256').update(`uniondesk-offline-event:${n}`).digest();
  let id = '';
  for (let i = 0; i < 26; i++) id += BASE32HEX[digest[i] & 31];
  return `${id}@google.com`;
}

/**
 * The calendar file in memory. `save()` writes it atomically; the sync command calls it after
 * the run (before the workbook is saved: a calendar ahead of the sheet is recovered by key).
 */
export class CalendarStore {
  readonly data: CalendarFile;
  /**
   * Throws Google's throttling error when it returns true, or the message it returns (Apps Script
   * words errors in the user's language); n counts create/delete attempts from 1.
   */
  throttleWhen?: (operation: 'create' | 'delete', n: number) => boolean | string;
  private attempts = 0;

  constructor(readonly path: string | null = null) {
    this.data = path ? readCalendarFile(path) : { calendars: [], nextNumber: 1 };
  }

  /** Writes the file (atomically), to `path` or where it was read from; in-memory stores skip it. */
  save(path: string | null = this.path): void {
    if (path) writeFileAtomic(path, `${JSON.stringify(this.data, null, 1)}\n`);
  }

  calendar(id: string): StoredCalendar | undefined {
    return this.data.calendars.find((c) => c.id === id);
  }

  addCalendar(name: string, timeZone: string, id?: string): StoredCalendar {
    const cal: StoredCalendar = { id: id ?? `calendar-${this.number()}@group.calendar.offline`, name, timeZone, events: [] };
    this.data.calendars.push(cal);
    return cal;
  }

  /** Every live event of every calendar (tests). */
  events(calendarId?: string): StoredEvent[] {
    return this.data.calendars.filter((c) => !calendarId || c.id === calendarId).flatMap((c) => c.events);
  }

  /** Deleted events, which getEventById still returns (tests). */
  cancelledEvents(calendarId?: string): StoredEvent[] {
    return this.data.calendars.filter((c) => !calendarId || c.id === calendarId).flatMap((c) => c.cancelled ?? []);
  }

  /** Deletes an event as the tool's deleteEvent or a person in Google Calendar does: it becomes cancelled. */
  cancel(eventId: string, when: string = new Date().toISOString()): void {
    for (const cal of this.data.calendars) {
      const i = cal.events.findIndex((e) => e.id === eventId);
      if (i < 0) continue;
      const [gone] = cal.events.splice(i, 1);
      (cal.cancelled ??= []).push({ ...gone, status: 'cancelled', updated: when });
      return;
    }
    throw new Error('The event was deleted or does not exist.');
  }

  number(): number {
    return this.data.nextNumber++;
  }

  newEventId(): string {
    return eventIdFor(this.number());
  }

  attempt(operation: 'create' | 'delete'): void {
    this.attempts++;
    const refusal = this.throttleWhen?.(operation, this.attempts);
    if (refusal) throw new Error(typeof refusal === 'string' ? refusal : THROTTLE_MESSAGE);
  }
}

function readCalendarFile(path: string): CalendarFile {
  let text: string;
  try {
    text = fs.readFileSync(path, 'utf8');
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === 'ENOENT') return { calendars: [], nextNumber: 1 };
    throw e;
  }
  let parsed: Partial<CalendarFile>;
  try {
    parsed = JSON.parse(text) as Partial<CalendarFile>;
  } catch {
    throw new Error(`日历文件 ${path} 不是有效的 JSON，请检查或换一个文件名`);
  }
  if (!Array.isArray(parsed.calendars)) throw new Error(`日历文件 ${path} 缺少 calendars 列表`);
  const highest = parsed.calendars.flatMap((c) => [c.id, ...(c.events ?? []).map((e) => e.id)])
    .map((id) => Number(/-(\d+)@/.exec(String(id))?.[1] ?? 0))
    .reduce((a, b) => Math.max(a, b), 0);
  for (const c of parsed.calendars) c.events = c.events ?? [];
  return { calendars: parsed.calendars, nextNumber: Math.max(Number(parsed.nextNumber) || 1, highest + 1) };
}
