// CalendarEvent offline: one event of the shared calendar, read and changed in place.
import { isDate } from '../cellInput';
import { dateAtMidnight, instantToWall } from '../timeZone';
import type { CalendarStore, StoredCalendar, StoredEvent } from './calendarStore';

export function requireDate(v: unknown, method: string): Date {
  if (!isDate(v) || !Number.isFinite(v.getTime())) throw new Error(`The parameters don't match the method signature for ${method}.`);
  return v;
}

export function nextDay(day: string): string {
  const t = new Date(`${day}T00:00:00Z`);
  t.setUTCDate(t.getUTCDate() + 1);
  return t.toISOString().slice(0, 10);
}

/** Apps Script keeps the day of an all-day Date as the script's time zone sees it. */
export class Zones {
  /** Midnights by day: listings compute them for every event, and the zone rules are not cheap. */
  private readonly midnights = new Map<string, number>();

  constructor(readonly scriptTimeZone: string) {}
  day(d: Date): string {
    const w = instantToWall(d, this.scriptTimeZone);
    return `${String(w.y).padStart(4, '0')}-${String(w.mo).padStart(2, '0')}-${String(w.d).padStart(2, '0')}`;
  }
  midnight(day: string): Date {
    let t = this.midnights.get(day);
    if (t === undefined) {
      t = dateAtMidnight(day, this.scriptTimeZone).getTime();
      this.midnights.set(day, t);
    }
    return new Date(t);
  }
  range(e: StoredEvent): [number, number] {
    return e.allDay ? [this.midnight(e.start).getTime(), this.midnight(e.end).getTime()] : [Date.parse(e.start), Date.parse(e.end)];
  }
}

/** What every calendar object of one execution shares. */
export interface CalendarContext {
  readonly zones: Zones;
  readonly store: CalendarStore;
  readonly now: () => number;
  /** Counts a create or delete against Google's limits; throws their message when over. */
  readonly limitWrite: (operation: 'create' | 'delete') => void;
}

export class CalendarEventImpl {
  constructor(private readonly cal: StoredCalendar, private readonly id: string, private readonly ctx: CalendarContext) {}

  /** A cancelled event keeps its details for reading (the organizer's view), not for changing. */
  private get e(): StoredEvent {
    const e = this.cal.events.find((x) => x.id === this.id) ?? this.cal.cancelled?.find((x) => x.id === this.id);
    if (!e) throw new Error('The event was deleted or does not exist.');
    return e;
  }

  private get live(): StoredEvent {
    const e = this.cal.events.find((x) => x.id === this.id);
    if (!e) throw new Error('The event was deleted or does not exist.');
    return e;
  }

  private touch(change: (e: StoredEvent) => void): this {
    const e = this.live;
    change(e);
    e.updated = new Date(this.ctx.now()).toISOString();
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
  getStartTime(): Date { return new Date(this.ctx.zones.range(this.e)[0]); }
  getEndTime(): Date { return new Date(this.ctx.zones.range(this.e)[1]); }
  getAllDayStartDate(): Date {
    if (!this.e.allDay) throw new Error('This method can only be called on all-day events.');
    return this.ctx.zones.midnight(this.e.start);
  }
  getAllDayEndDate(): Date {
    if (!this.e.allDay) throw new Error('This method can only be called on all-day events.');
    return this.ctx.zones.midnight(this.e.end);
  }

  setTitle(title: string): this { return this.touch((e) => { e.title = String(title); }); }
  setDescription(description: string): this { return this.touch((e) => { e.description = String(description); }); }
  setLocation(location: string): this { return this.touch((e) => { e.location = String(location); }); }
  setTag(key: string, value: string): this { return this.touch((e) => { e.tags[String(key)] = String(value); }); }
  deleteTag(key: string): this { return this.touch((e) => { delete e.tags[String(key)]; }); }
  setAllDayDate(date: Date): this {
    const day = this.ctx.zones.day(requireDate(date, 'CalendarEvent.setAllDayDate'));
    return this.touch((e) => Object.assign(e, { allDay: true, start: day, end: nextDay(day) }));
  }
  setAllDayDates(startDate: Date, endDate: Date): this {
    const start = this.ctx.zones.day(requireDate(startDate, 'CalendarEvent.setAllDayDates'));
    const end = this.ctx.zones.day(requireDate(endDate, 'CalendarEvent.setAllDayDates'));
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
    this.ctx.limitWrite('delete');
    this.ctx.store.cancel(this.id, new Date(this.ctx.now()).toISOString());
  }
}
export interface CalendarEventImpl extends GoogleAppsScript.Calendar.CalendarEvent {}
