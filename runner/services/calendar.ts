// CalendarApp offline, over the shared calendar of calendarStore.ts. Every call is counted in the
// CallLog group 'calendar'; creates and deletes count against Google's limits (quotas.ts) when
// the services run on the virtual clock, and a test can throttle them by hand (throttleWhen).
import type { CallLog } from './callLog';
import { offline, unwrap } from './offline';
import { isDate } from '../cellInput';
import { CalendarStore, type StoredCalendar } from './calendarStore';
import { CalendarEventImpl, type CalendarContext, nextDay, requireDate, Zones } from './calendarEvent';
import type { AppsScriptQuotas } from './quotas';

export { CalendarStore, CALENDAR_WRITES, calendarWrites, eventIdFor, THROTTLE_MESSAGE } from './calendarStore';
export type { CalendarFile, StoredCalendar, StoredEvent } from './calendarStore';

const G = 'calendar';

interface EventOptions {
  description?: string;
  location?: string;
}

class CalendarImpl {
  constructor(private readonly cal: StoredCalendar, private readonly ctx: CalendarContext, private readonly log: CallLog) {}

  private wrap(id: string): GoogleAppsScript.Calendar.CalendarEvent {
    return offline(new CalendarEventImpl(this.cal, id, this.ctx), G, 'CalendarEvent', this.log);
  }

  getId(): string { return this.cal.id; }
  getName(): string { return this.cal.name; }
  getTimeZone(): string { return this.cal.timeZone; }
  getDescription(): string { return typeof this.cal.description === 'string' ? this.cal.description : ''; }

  /** Events that start, end or run during [startTime, endTime), as Apps Script returns them; never cancelled ones. */
  getEvents(startTime: Date, endTime: Date, options?: unknown): GoogleAppsScript.Calendar.CalendarEvent[] {
    if (options !== undefined) throw new Error('Calendar.getEvents(start, end, options) 离线运行器不支持 options (not supported offline)');
    const from = requireDate(startTime, 'Calendar.getEvents').getTime();
    const to = requireDate(endTime, 'Calendar.getEvents').getTime();
    const zones = this.ctx.zones;
    return this.cal.events
      .map((e) => ({ e, range: zones.range(e) }))
      .filter(({ range: [s, x] }) => s < to && (x > from || (s === x && s >= from)))
      .sort((a, b) => a.range[0] - b.range[0])
      .map(({ e }) => this.wrap(e.id));
  }

  /** A deleted event is still returned, as Google returns cancelled events by ID; null only for an unknown ID. */
  getEventById(iCalId: string): GoogleAppsScript.Calendar.CalendarEvent {
    const id = String(iCalId);
    const known = this.cal.events.some((e) => e.id === id) || (this.cal.cancelled ?? []).some((e) => e.id === id);
    return (known ? this.wrap(id) : null) as GoogleAppsScript.Calendar.CalendarEvent;
  }

  createEvent(title: string, startTime: Date, endTime: Date, options?: EventOptions): GoogleAppsScript.Calendar.CalendarEvent {
    const start = requireDate(startTime, 'Calendar.createEvent');
    const end = requireDate(endTime, 'Calendar.createEvent');
    if (end < start) throw new Error('Event start time must be before event end time.');
    return this.add(title, false, start.toISOString(), end.toISOString(), options);
  }

  /** (title, date) | (title, date, options) | (title, startDate, endDate) | (title, startDate, endDate, options) */
  createAllDayEvent(title: string, date: GoogleAppsScript.Base.Date, a?: unknown, b?: unknown): GoogleAppsScript.Calendar.CalendarEvent {
    const zones = this.ctx.zones;
    const start = zones.day(requireDate(date, 'Calendar.createAllDayEvent'));
    const end = isDate(a) ? zones.day(a) : nextDay(start);
    if (end <= start) throw new Error('Event start date must be before event end date.');
    return this.add(title, true, start, end, (isDate(a) ? b : a) as EventOptions | undefined);
  }

  private add(title: string, allDay: boolean, start: string, end: string, options: EventOptions | undefined): GoogleAppsScript.Calendar.CalendarEvent {
    this.ctx.limitWrite('create');
    const now = new Date(this.ctx.now()).toISOString();
    const id = this.ctx.store.newEventId();
    this.cal.events.push({
      id, title: String(title), description: options?.description ?? '', location: options?.location ?? '',
      allDay, start, end, tags: {}, created: now, updated: now,
    });
    return this.wrap(id);
  }
}
interface CalendarImpl extends GoogleAppsScript.Calendar.Calendar {}

class CalendarAppImpl {
  constructor(readonly store: CalendarStore, private readonly ctx: CalendarContext, private readonly log: CallLog) {}

  private wrap(cal: StoredCalendar): GoogleAppsScript.Calendar.Calendar {
    return offline(new CalendarImpl(cal, this.ctx, this.log), G, 'Calendar', this.log);
  }

  /** A file that holds no calendar yet stands for the one asked for: it is created with that ID. */
  getCalendarById(id: string): GoogleAppsScript.Calendar.Calendar {
    const found = this.store.calendar(String(id)) ?? (this.store.data.calendars.length === 0 ? this.store.addCalendar('共享日历', this.ctx.zones.scriptTimeZone, String(id)) : undefined);
    // null for an unknown ID, as Apps Script returns (its typings say Calendar).
    return (found ? this.wrap(found) : null) as GoogleAppsScript.Calendar.Calendar;
  }

  createCalendar(name: string, options?: { timeZone?: string; summary?: string }): GoogleAppsScript.Calendar.Calendar {
    const cal = this.store.addCalendar(String(name), options?.timeZone ?? this.ctx.zones.scriptTimeZone);
    if (options?.summary !== undefined) cal.description = String(options.summary);
    return this.wrap(cal);
  }

  /** Names compare without regard to case, as Apps Script's do; the offline user owns every calendar in the file. */
  getOwnedCalendarsByName(name: string): GoogleAppsScript.Calendar.Calendar[] {
    const wanted = String(name).toLowerCase();
    return this.store.data.calendars.filter((c) => c.name.toLowerCase() === wanted).map((c) => this.wrap(c));
  }
}
interface CalendarAppImpl extends GoogleAppsScript.Calendar.CalendarApp {}

export interface CalendarAppContext {
  readonly log: CallLog;
  readonly scriptTimeZone: string;
  /** The executing user's quotas (virtual clock); absent: no limits but a test's throttleWhen. */
  readonly quotas?: AppsScriptQuotas | null;
  readonly user?: string;
  readonly now?: () => number;
}

export function createCalendarApp(ctx: CalendarAppContext, store: CalendarStore = new CalendarStore()): GoogleAppsScript.Calendar.CalendarApp {
  const calendarCtx: CalendarContext = {
    zones: new Zones(ctx.scriptTimeZone),
    store,
    now: ctx.now ?? Date.now,
    limitWrite: (operation) => {
      store.attempt(operation);
      ctx.quotas?.calendarWrite(ctx.user ?? '', operation);
    },
  };
  return offline(new CalendarAppImpl(store, calendarCtx, ctx.log), G, 'CalendarApp', ctx.log);
}

/** The store behind a CalendarApp global of the service set (the demo saves it beside the workbook). */
export function calendarStoreOf(calendarApp: unknown): CalendarStore {
  const impl = unwrap<CalendarAppImpl>(calendarApp);
  if (!(impl instanceof CalendarAppImpl)) throw new Error('不是离线运行器的 CalendarApp');
  return impl.store;
}
