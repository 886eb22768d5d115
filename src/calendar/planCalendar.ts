import type { EventDeletion, EventUpdate, ExistingEvent, PlannedEvent } from './calendarDiff';
import type { EventTiming } from './eventSpan';
import { MARK_TAG, markedDescription, markText } from './eventMarker';
import { addDays, type IsoDate } from '../kernel/dates/isoDate';
import type { Services } from '../kernel/services/services';
import { instantOnDate, type UtcOffset, wallClockToEpochMs } from '../kernel/dates/timeZoneRules';

type Calendar = GoogleAppsScript.Calendar.Calendar;
type CalendarEvent = GoogleAppsScript.Calendar.CalendarEvent;

/**
 * "You have been creating or deleting too many calendar events in a short time. Please try
 * again later." passes after a pause; "…too many times for one day" (the daily quota) does not.
 */
export function isThrottling(error: unknown): boolean {
  const message = error instanceof Error ? error.message : String(error);
  return /in a short time|try again later|rate limit/i.test(message) && !/for one day/i.test(message);
}

/** getEventById answers null for an unknown ID, and throws for some malformed ones. */
function eventById(calendar: Calendar, id: string): CalendarEvent | null {
  try {
    return calendar.getEventById(id) ?? null;
  } catch {
    return null;
  }
}

export const BACKOFF_MS = [1000, 2000, 4000, 8000, 16000];

/** The adapter over the port: script zone, sleep and zone rules from the services. */
export function planCalendar(calendar: Calendar, planTimeZone: string, services: Pick<Services, 'clock' | 'format'>): PlanCalendar {
  return new PlanCalendar(calendar, {
    planTimeZone,
    scriptTimeZone: services.format.scriptTimeZone(),
    sleep: (ms) => services.clock.sleep(ms),
    utcOffset: services.format.utcOffset(),
  });
}

export interface CalendarOptions {
  /** The plan's 时区: what the sheet's dates and times mean. */
  readonly planTimeZone: string;
  /** The script's zone: the one the calendar reads an all-day Date in. */
  readonly scriptTimeZone: string;
  readonly sleep: (ms: number) => void;
  readonly utcOffset: UtcOffset;
}

/**
 * The shared calendar as the sync sees it. Reads are one getEvents over the plan's span (plus
 * getEventById only for a 日历事件ID that span did not return); every write names an event
 * this class read or created, so an event we did not read cannot be changed.
 */
export class PlanCalendar {
  private readonly handles = new Map<string, CalendarEvent>();
  /** Throttling retries made, for the report. */
  retries = 0;

  constructor(private readonly calendar: Calendar, private readonly options: CalendarOptions) {}

  read(range: { start: IsoDate; end: IsoDate }, knownIds: readonly string[]): ExistingEvent[] {
    // A day of margin each side: an all-day event is a date, not an instant, in every zone.
    const from = new Date(wallClockToEpochMs({ date: addDays(range.start, -1), time: '00:00' }, this.options.planTimeZone, this.options.utcOffset));
    const to = new Date(wallClockToEpochMs({ date: addDays(range.end, 1), time: '00:00' }, this.options.planTimeZone, this.options.utcOffset));
    const found: ExistingEvent[] = [];
    const keep = (e: CalendarEvent) => {
      const id = e.getId();
      if (this.handles.has(id)) return;
      this.handles.set(id, e);
      found.push({ id, description: e.getDescription(), tag: e.getTag(MARK_TAG) });
    };
    for (const e of this.calendar.getEvents(from, to)) keep(e);
    for (const id of knownIds) {
      if (id === '' || this.handles.has(id)) continue;
      // A row moved out of the span keeps its event: find it by ID rather than duplicate it.
      const e = eventById(this.calendar, id);
      if (e) keep(e);
    }
    return found;
  }

  /** One call creates the event with its marker; the tag follows. Returns the event's ID. */
  create(p: PlannedEvent): string {
    const { desired, hash } = p;
    const options = { description: markedDescription(desired, hash), location: desired.location };
    const t = desired.timing;
    const event = this.withBackoff(() => t.kind === 'allDay'
      ? this.calendar.createAllDayEvent(desired.title, this.allDayDate(t.start), this.allDayDate(t.end), options)
      : this.calendar.createEvent(desired.title, ...this.times(t), options));
    const id = event.getId();
    this.handles.set(id, event);
    this.withBackoff(() => event.setTag(MARK_TAG, markText({ key: desired.key, hash })));
    return id;
  }

  update(u: EventUpdate): void {
    const event = this.handle(u.event.id);
    const { desired, hash } = u;
    if (!u.tagOnly) {
      const t = desired.timing;
      this.withBackoff(() => event.setTitle(desired.title));
      this.withBackoff(() => event.setLocation(desired.location));
      if (t.kind === 'allDay') this.withBackoff(() => event.setAllDayDates(this.allDayDate(t.start), this.allDayDate(t.end)));
      else this.withBackoff(() => event.setTime(...this.times(t)));
      // The description carries the new hash, so it goes last: a run dying before it leaves the
      // old hash and the rerun redoes the whole update; after it, every field is already written.
      this.withBackoff(() => event.setDescription(markedDescription(desired, hash)));
    }
    this.withBackoff(() => event.setTag(MARK_TAG, markText({ key: desired.key, hash })));
  }

  remove(d: EventDeletion): void {
    const event = this.handle(d.event.id);
    this.withBackoff(() => event.deleteEvent());
    this.handles.delete(d.event.id);
  }

  /** The title of an event read before (for the deletion preview). */
  titleOf(id: string): string {
    return this.handles.get(id)?.getTitle() ?? '';
  }

  private handle(id: string): CalendarEvent {
    const e = this.handles.get(id);
    if (!e) throw new Error(`日历事件 ${id} 不在本次读取的范围内，未作改动`);
    return e;
  }

  private allDayDate(date: IsoDate): Date {
    return new Date(instantOnDate(date, [this.options.scriptTimeZone, this.options.planTimeZone], this.options.utcOffset));
  }

  private times(t: Extract<EventTiming, { kind: 'timed' }>): [Date, Date] {
    const { utcOffset } = this.options;
    return [new Date(wallClockToEpochMs(t.start, t.timeZone, utcOffset)), new Date(wallClockToEpochMs(t.end, t.timeZone, utcOffset))];
  }

  private withBackoff<T>(call: () => T): T {
    for (let attempt = 0; ; attempt++) {
      try {
        return call();
      } catch (e) {
        if (attempt >= BACKOFF_MS.length || !isThrottling(e)) throw e;
        this.retries++;
        this.options.sleep(BACKOFF_MS[attempt]);
      }
    }
  }
}
