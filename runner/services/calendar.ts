// CalendarApp offline: the shared calendar is a JSON file (`calendar.json` beside the workbook,
// or --calendar FILE). Events the tool did not create stay in the file exactly as they were.
// Every call is counted in the CallLog group 'calendar'; a test can make creates or deletes
// fail with Google's throttling message to exercise the retry.
import * as fs from 'node:fs';
import type { CallLog } from './callLog';
import { offline, unwrap } from './offline';
import { writeFileAtomic } from '../atomicWrite';
import { isDate } from '../cellInput';
import { dateAtMidnight, instantToWall } from '../timeZone';

const G = 'calendar';

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
  /** Fields a hand-written file may carry are kept as they are. */
  [other: string]: unknown;
}

export interface StoredCalendar {
  id: string;
  name: string;
  timeZone: string;
  events: StoredEvent[];
  [other: string]: unknown;
}

export interface CalendarFile {
  calendars: StoredCalendar[];
  /** Event and calendar ids are numbered, so runs and tests are repeatable. */
  nextNumber: number;
}

export const THROTTLE_MESSAGE = 'You have been creating or deleting too many calendar events in a short time. Please try again later.';

/** The names of the calls that change a calendar, for "zero calendar writes" assertions. */
export const CALENDAR_WRITES = [
  'CalendarApp.createCalendar',
  'Calendar.createEvent', 'Calendar.createAllDayEvent',
  'CalendarEvent.setTitle', 'CalendarEvent.setDescription', 'CalendarEvent.setLocation',
  'CalendarEvent.setTime', 'CalendarEvent.setAllDayDate', 'CalendarEvent.setAllDayDates',
  'CalendarEvent.setTag', 'CalendarEvent.deleteTag', 'CalendarEvent.deleteEvent',
] as const;

export function calendarWrites(log: CallLog): number {
  return CALENDAR_WRITES.reduce((n, name) => n + log.count(G, name), 0);
}

/**
 * The calendar file in memory. `save()` writes it atomically; the sync command calls it after
 * the run (before the workbook is saved: a calendar ahead of the sheet is recovered by key).
 */
export class CalendarStore {
  readonly data: CalendarFile;
  /** Throws Google's throttling error when it returns true; n counts create/delete attempts from 1. */
  throttleWhen?: (operation: 'create' | 'delete', n: number) => boolean;
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

  /** Every event of every calendar (tests). */
  events(calendarId?: string): StoredEvent[] {
    return this.data.calendars.filter((c) => !calendarId || c.id === calendarId).flatMap((c) => c.events);
  }

  number(): number {
    return this.data.nextNumber++;
  }

  attempt(operation: 'create' | 'delete'): void {
    this.attempts++;
    if (this.throttleWhen?.(operation, this.attempts)) throw new Error(THROTTLE_MESSAGE);
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

function requireDate(v: unknown, method: string): Date {
  if (!isDate(v) || !Number.isFinite(v.getTime())) throw new Error(`The parameters don't match the method signature for ${method}.`);
  return v;
}

interface EventOptions {
  description?: string;
  location?: string;
}

/** Apps Script keeps the day of an all-day Date as the script's time zone sees it. */
class Zones {
  constructor(readonly scriptTimeZone: string) {}
  day(d: Date): string {
    const w = instantToWall(d, this.scriptTimeZone);
    return `${String(w.y).padStart(4, '0')}-${String(w.mo).padStart(2, '0')}-${String(w.d).padStart(2, '0')}`;
  }
  midnight(day: string): Date {
    return dateAtMidnight(day, this.scriptTimeZone);
  }
  range(e: StoredEvent): [number, number] {
    return e.allDay ? [this.midnight(e.start).getTime(), this.midnight(e.end).getTime()] : [Date.parse(e.start), Date.parse(e.end)];
  }
}

class CalendarEventImpl {
  constructor(private readonly cal: StoredCalendar, private readonly id: string, private readonly zones: Zones, private readonly store: CalendarStore) {}

  private get e(): StoredEvent {
    const e = this.cal.events.find((x) => x.id === this.id);
    if (!e) throw new Error('The event was deleted or does not exist.');
    return e;
  }

  private touch(change: (e: StoredEvent) => void): this {
    const e = this.e;
    change(e);
    e.updated = new Date().toISOString();
    return this;
  }

  getId(): string { return this.e.id; }
  getTitle(): string { return this.e.title; }
  getDescription(): string { return this.e.description; }
  getLocation(): string { return this.e.location; }
  isAllDayEvent(): boolean { return this.e.allDay; }
  // Apps Script returns null for a missing tag, though its typings say string.
  getTag(key: string): string { return (this.e.tags[String(key)] ?? null) as string; }
  getAllTagKeys(): string[] { return Object.keys(this.e.tags); }
  getDateCreated(): Date { return new Date(this.e.created); }
  getLastUpdated(): Date { return new Date(this.e.updated); }
  getStartTime(): Date { return new Date(this.zones.range(this.e)[0]); }
  getEndTime(): Date { return new Date(this.zones.range(this.e)[1]); }
  getAllDayStartDate(): Date {
    if (!this.e.allDay) throw new Error('This method can only be called on all-day events.');
    return this.zones.midnight(this.e.start);
  }
  getAllDayEndDate(): Date {
    if (!this.e.allDay) throw new Error('This method can only be called on all-day events.');
    return this.zones.midnight(this.e.end);
  }

  setTitle(title: string): this { return this.touch((e) => { e.title = String(title); }); }
  setDescription(description: string): this { return this.touch((e) => { e.description = String(description); }); }
  setLocation(location: string): this { return this.touch((e) => { e.location = String(location); }); }
  setTag(key: string, value: string): this { return this.touch((e) => { e.tags[String(key)] = String(value); }); }
  deleteTag(key: string): this { return this.touch((e) => { delete e.tags[String(key)]; }); }
  setAllDayDate(date: Date): this {
    const day = this.zones.day(requireDate(date, 'CalendarEvent.setAllDayDate'));
    return this.touch((e) => Object.assign(e, { allDay: true, start: day, end: nextDay(day) }));
  }
  setAllDayDates(startDate: Date, endDate: Date): this {
    const start = this.zones.day(requireDate(startDate, 'CalendarEvent.setAllDayDates'));
    const end = this.zones.day(requireDate(endDate, 'CalendarEvent.setAllDayDates'));
    if (end <= start) throw new Error('Event start date must be before event end date.');
    return this.touch((e) => Object.assign(e, { allDay: true, start, end }));
  }
  setTime(startTime: Date, endTime: Date): this {
    const start = requireDate(startTime, 'CalendarEvent.setTime');
    const end = requireDate(endTime, 'CalendarEvent.setTime');
    if (end < start) throw new Error('Event start time must be before event end time.');
    return this.touch((e) => Object.assign(e, { allDay: false, start: start.toISOString(), end: end.toISOString() }));
  }
  deleteEvent(): void {
    this.store.attempt('delete');
    const i = this.cal.events.findIndex((x) => x.id === this.id);
    if (i < 0) throw new Error('The event was deleted or does not exist.');
    this.cal.events.splice(i, 1);
  }
}
interface CalendarEventImpl extends GoogleAppsScript.Calendar.CalendarEvent {}

function nextDay(day: string): string {
  const t = new Date(`${day}T00:00:00Z`);
  t.setUTCDate(t.getUTCDate() + 1);
  return t.toISOString().slice(0, 10);
}

class CalendarImpl {
  constructor(private readonly cal: StoredCalendar, private readonly zones: Zones, private readonly store: CalendarStore, private readonly log: CallLog) {}

  private wrap(id: string): GoogleAppsScript.Calendar.CalendarEvent {
    return offline(new CalendarEventImpl(this.cal, id, this.zones, this.store), G, 'CalendarEvent', this.log);
  }

  getId(): string { return this.cal.id; }
  getName(): string { return this.cal.name; }
  getTimeZone(): string { return this.cal.timeZone; }

  /** Events that start, end or run during [startTime, endTime), as Apps Script returns them. */
  getEvents(startTime: Date, endTime: Date, options?: unknown): GoogleAppsScript.Calendar.CalendarEvent[] {
    if (options !== undefined) throw new Error('Calendar.getEvents(start, end, options) 离线运行器不支持 options (not supported offline)');
    const from = requireDate(startTime, 'Calendar.getEvents').getTime();
    const to = requireDate(endTime, 'Calendar.getEvents').getTime();
    return this.cal.events
      .filter((e) => {
        const [s, x] = this.zones.range(e);
        return s < to && (x > from || (s === x && s >= from));
      })
      .sort((a, b) => this.zones.range(a)[0] - this.zones.range(b)[0])
      .map((e) => this.wrap(e.id));
  }

  getEventById(iCalId: string): GoogleAppsScript.Calendar.CalendarEvent {
    return (this.cal.events.some((e) => e.id === String(iCalId)) ? this.wrap(String(iCalId)) : null) as GoogleAppsScript.Calendar.CalendarEvent;
  }

  createEvent(title: string, startTime: Date, endTime: Date, options?: EventOptions): GoogleAppsScript.Calendar.CalendarEvent {
    const start = requireDate(startTime, 'Calendar.createEvent');
    const end = requireDate(endTime, 'Calendar.createEvent');
    if (end < start) throw new Error('Event start time must be before event end time.');
    return this.add(title, false, start.toISOString(), end.toISOString(), options);
  }

  /** (title, date) | (title, date, options) | (title, startDate, endDate) | (title, startDate, endDate, options) */
  createAllDayEvent(title: string, date: GoogleAppsScript.Base.Date, a?: unknown, b?: unknown): GoogleAppsScript.Calendar.CalendarEvent {
    const start = this.zones.day(requireDate(date, 'Calendar.createAllDayEvent'));
    const end = isDate(a) ? this.zones.day(a) : nextDay(start);
    if (end <= start) throw new Error('Event start date must be before event end date.');
    return this.add(title, true, start, end, (isDate(a) ? b : a) as EventOptions | undefined);
  }

  private add(title: string, allDay: boolean, start: string, end: string, options: EventOptions | undefined): GoogleAppsScript.Calendar.CalendarEvent {
    this.store.attempt('create');
    const now = new Date().toISOString();
    const id = `event-${this.store.number()}@offline`;
    this.cal.events.push({
      id, title: String(title), description: options?.description ?? '', location: options?.location ?? '',
      allDay, start, end, tags: {}, created: now, updated: now,
    });
    return this.wrap(id);
  }
}
interface CalendarImpl extends GoogleAppsScript.Calendar.Calendar {}

class CalendarAppImpl {
  constructor(readonly store: CalendarStore, private readonly zones: Zones, private readonly log: CallLog) {}

  private wrap(cal: StoredCalendar): GoogleAppsScript.Calendar.Calendar {
    return offline(new CalendarImpl(cal, this.zones, this.store, this.log), G, 'Calendar', this.log);
  }

  /** A file that holds no calendar yet stands for the one asked for: it is created with that ID. */
  getCalendarById(id: string): GoogleAppsScript.Calendar.Calendar {
    const found = this.store.calendar(String(id)) ?? (this.store.data.calendars.length === 0 ? this.store.addCalendar('共享日历', this.zones.scriptTimeZone, String(id)) : undefined);
    // null for an unknown ID, as Apps Script returns (its typings say Calendar).
    return (found ? this.wrap(found) : null) as GoogleAppsScript.Calendar.Calendar;
  }

  createCalendar(name: string, options?: { timeZone?: string }): GoogleAppsScript.Calendar.Calendar {
    return this.wrap(this.store.addCalendar(String(name), options?.timeZone ?? this.zones.scriptTimeZone));
  }
}
interface CalendarAppImpl extends GoogleAppsScript.Calendar.CalendarApp {}

export function createCalendarApp(ctx: { log: CallLog; scriptTimeZone: string }, store: CalendarStore = new CalendarStore()): GoogleAppsScript.Calendar.CalendarApp {
  return offline(new CalendarAppImpl(store, new Zones(ctx.scriptTimeZone), ctx.log), G, 'CalendarApp', ctx.log);
}

/** The store behind a CalendarApp global of the service set (the demo saves it beside the workbook). */
export function calendarStoreOf(calendarApp: unknown): CalendarStore {
  const impl = unwrap<CalendarAppImpl>(calendarApp);
  if (!(impl instanceof CalendarAppImpl)) throw new Error('不是离线运行器的 CalendarApp');
  return impl.store;
}
