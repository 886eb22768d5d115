import type { EventDeletion, EventUpdate, ExistingEvent, PlannedEvent } from './calendarDiff';
import type { EventTiming } from './eventSpan';
import { MARK_TAG, markedDescription, markText, parseMarkText } from './eventMarker';
import { addDays, type IsoDate } from '../kernel/dates/isoDate';
import type { ListedEvent, ListedEvents, Services } from '../kernel/services/services';
import { instantOnDate, type UtcOffset, wallClockToEpochMs } from '../kernel/dates/timeZoneRules';

type Calendar = GoogleAppsScript.Calendar.Calendar;
type CalendarEvent = GoogleAppsScript.Calendar.CalendarEvent;

/** getEventById answers null for an unknown ID, and throws for some malformed ones. */
function eventById(calendar: Calendar, id: string): CalendarEvent | null {
  try {
    return calendar.getEventById(id) ?? null;
  } catch {
    return null;
  }
}

/**
 * Waits before retrying a refused write. Apps Script words its errors in the user's language
 * (a zh-CN clerk does not get "too many … in a short time"), so no message is parsed: every
 * failed write is retried after a pause, and the action tells a refusing service from a bad item
 * by what happens next (syncCalendar's apply).
 */
export const BACKOFF_MS = [1000, 2000, 4000, 8000, 16000];

/** The adapter over the port: script zone, sleep, zone rules and the API listing from the services. */
export function planCalendar(calendar: Calendar, calendarId: string, planTimeZone: string, services: Pick<Services, 'clock' | 'format' | 'calendar'>): PlanCalendar {
  return new PlanCalendar(calendar, {
    planTimeZone,
    scriptTimeZone: services.format.scriptTimeZone(),
    sleep: (ms) => services.clock.sleep(ms),
    utcOffset: services.format.utcOffset(),
    list: (range, more) => services.calendar.listEvents(calendarId, range, MARK_TAG, more),
  });
}

/** What read() found; complete false: it ran out of time (`more`) and found nothing to go on. */
export interface CalendarRead {
  readonly events: ExistingEvent[];
  readonly complete: boolean;
}

const STOPPED: CalendarRead = { events: [], complete: false };

export interface CalendarOptions {
  /** The plan's 时区: what the sheet's dates and times mean. */
  readonly planTimeZone: string;
  /** The script's zone: the one the calendar reads an all-day Date in. */
  readonly scriptTimeZone: string;
  readonly sleep: (ms: number) => void;
  readonly utcOffset: UtcOffset;
  /** The Calendar API listing (Services.calendar.listEvents); absent or null: CalendarApp alone. */
  readonly list?: (range: { from: Date; to: Date }, more: () => boolean) => ListedEvents | null;
}

/**
 * The shared calendar as the sync sees it. Reads are one listing of the plan's span — pages of
 * the Calendar API, or else getEvents and three getters per event — plus getEventById only for a
 * 日历事件ID that span did not return; every write names an event this class read or created, so
 * an event we did not read cannot be changed.
 */
export class PlanCalendar {
  private readonly handles = new Map<string, CalendarEvent>();
  /** Events the API listing returned (by ID, their titles): their handles are fetched on first write. */
  private readonly listed = new Map<string, string>();
  /** Throttling retries made, for the report. */
  retries = 0;
  /** Whether there is time left to wait this long before a retry (the run's deadline). */
  mayWait: (ms: number) => boolean = () => true;

  constructor(private readonly calendar: Calendar, private readonly options: CalendarOptions) {}

  /** The events of the span and those `knownIds` name; stops as soon as `more()` says the run's time is up. */
  read(range: { start: IsoDate; end: IsoDate }, knownIds: readonly string[], more: () => boolean = () => true): CalendarRead {
    // A day of margin each side: an all-day event is a date, not an instant, in every zone.
    const from = new Date(wallClockToEpochMs({ date: addDays(range.start, -1), time: '00:00' }, this.options.planTimeZone, this.options.utcOffset));
    const to = new Date(wallClockToEpochMs({ date: addDays(range.end, 1), time: '00:00' }, this.options.planTimeZone, this.options.utcOffset));
    const found: ExistingEvent[] = [];
    const keep = (e: CalendarEvent) => {
      const id = e.getId();
      if (this.has(id)) return;
      this.handles.set(id, e);
      found.push({ id, description: e.getDescription(), tag: e.getTag(MARK_TAG) });
    };
    const listing = this.options.list?.({ from, to }, more) ?? null;
    if (listing && !listing.complete) return STOPPED;
    if (listing && this.showsTags(listing.events)) {
      for (const e of listing.events) {
        if (this.has(e.id)) continue;
        this.listed.set(e.id, e.title);
        found.push({ id: e.id, description: e.description, tag: e.tag });
      }
    } else {
      for (const e of this.calendar.getEvents(from, to)) {
        if (!more()) return STOPPED;
        keep(e);
      }
    }
    for (const id of knownIds) {
      if (id === '' || this.has(id)) continue;
      if (!more()) return STOPPED;
      // A row moved out of the span keeps its event: find it by ID rather than duplicate it.
      const e = eventById(this.calendar, id);
      if (e && this.isListed(e, from, to)) keep(e);
    }
    return { events: found, complete: true };
  }

  private has(id: string): boolean {
    return this.handles.has(id) || this.listed.has(id);
  }

  /**
   * Google documents where CalendarApp keeps setTag's values nowhere, so the listing's tags are
   * checked once against getTag: on an event whose description carries our marker but whose
   * listing shows no tag. A tag getTag sees and the listing does not means tags are not listed,
   * and the sync reads with CalendarApp instead (or every run would rewrite every tag).
   */
  private showsTags(events: readonly ListedEvent[]): boolean {
    const untagged = events.find((e) => e.tag === null && parseMarkText(e.description) !== null);
    if (!untagged) return true;
    const e = eventById(this.calendar, untagged.id);
    return !e || e.getTag(MARK_TAG) === null;
  }

  /**
   * Google returns a deleted (cancelled) event by its ID but never lists it, so an event found
   * by ID counts only if a listing of its own time shows it. One inside the span just listed is
   * deleted for certain: the listing would have shown it.
   */
  private isListed(e: CalendarEvent, from: Date, to: Date): boolean {
    const start = e.getStartTime();
    const end = e.getEndTime();
    if (start < to && end > from) return false;
    const id = e.getId();
    return this.calendar.getEvents(start, new Date(Math.max(end.getTime(), start.getTime() + 1))).some((x) => x.getId() === id);
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
    this.listed.delete(d.event.id);
  }

  /** The instant of a wall-clock time in the plan's time zone (e.g. when to resume tomorrow). */
  epochOf(at: { date: IsoDate; time: string }): number {
    return wallClockToEpochMs(at, this.options.planTimeZone, this.options.utcOffset);
  }

  /** The title of an event read before (for the deletion preview). */
  titleOf(id: string): string {
    return this.listed.get(id) ?? this.handles.get(id)?.getTitle() ?? '';
  }

  private handle(id: string): CalendarEvent {
    const known = this.handles.get(id);
    if (known) return known;
    if (!this.listed.has(id)) throw new Error(`日历事件 ${id} 不在本次读取的范围内，未作改动`);
    // Listed, not yet fetched: CalendarApp writes need the event object.
    const e = eventById(this.calendar, id);
    if (!e) throw new Error(`日历事件 ${id} 已不在日历上，未作改动`);
    this.handles.set(id, e);
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
        // Backing off must never carry the run past its deadline (and Apps Script's 6 minutes).
        if (attempt >= BACKOFF_MS.length || !this.mayWait(BACKOFF_MS[attempt])) throw e;
        this.retries++;
        this.options.sleep(BACKOFF_MS[attempt]);
      }
    }
  }
}
