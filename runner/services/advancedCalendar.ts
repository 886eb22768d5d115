// The Calendar advanced service offline (the global `Calendar`, Google Calendar API v3), over the
// same calendar store as CalendarApp. Only Events.list is implemented — what the sync reads with;
// every other method throws "not supported offline". Shapes follow the API reference
// (developers.google.com/calendar/api/v3/reference/events/list and the Event resource): an
// event's `iCalUID` is what CalendarApp's getId() returns ("…@google.com"), its `id` the API's
// own ID (for events made in Google Calendar the iCalUID without "@google.com"); empty fields are
// left out; deleted events are not listed; `fields` selects a partial response.
import type { CallLog } from './callLog';
import { offline } from './offline';
import type { CalendarStore, StoredCalendar, StoredEvent } from './calendarStore';
import type { Zones } from './calendarEvent';
import { offsetAt } from '../timeZone';

type ApiEvent = GoogleAppsScript.Calendar.Schema.Event;
type ApiEvents = GoogleAppsScript.Calendar.Schema.Events;

const G = 'calendar';
/** "By default the value is 250 events. The page size can never be larger than 2500 events." */
const DEFAULT_PAGE = 250;
const MAX_PAGE = 2500;
const LIST_OPTIONS = new Set(['timeMin', 'timeMax', 'singleEvents', 'maxResults', 'pageToken', 'fields', 'showDeleted']);

/** How Apps Script reports an API error of an advanced service. */
function apiError(method: string, message: string): Error {
  return new Error(`API call to calendar.events.${method} failed with error: ${message}`);
}

/** RFC 3339 with the offset of `timeZone`, as the API writes dateTime values. */
function rfc3339(t: number, timeZone: string): string {
  const offset = offsetAt(t, timeZone);
  const wall = new Date(t + offset).toISOString().slice(0, 19);
  const m = Math.abs(offset) / 60_000;
  return `${wall}${offset < 0 ? '-' : '+'}${String(Math.floor(m / 60)).padStart(2, '0')}:${String(m % 60).padStart(2, '0')}`;
}

function resource(e: StoredEvent, cal: StoredCalendar): ApiEvent {
  const when = (v: string) => (e.allDay ? { date: v } : { dateTime: rfc3339(Date.parse(v), cal.timeZone) });
  const event: ApiEvent = {
    kind: 'calendar#event',
    etag: `"${Date.parse(e.updated) || 0}"`,
    id: e.id.replace(/@.*$/, ''),
    status: 'confirmed',
    created: e.created,
    updated: e.updated,
    summary: e.title,
    start: when(e.start),
    end: when(e.end),
    iCalUID: e.id,
    sequence: 0,
    eventType: 'default',
  };
  if (e.description) event.description = e.description;
  if (e.location) event.location = e.location;
  // CalendarApp's tags (setTag). Google does not document where they live in the API; they are
  // shown as private extended properties here, and the sync checks that on Google before relying on it.
  if (Object.keys(e.tags).length) event.extendedProperties = { private: { ...e.tags } };
  return event;
}

type Selection = Map<string, Selection | null>;

/** A `fields` parameter ("nextPageToken,items(iCalUID,extendedProperties/private)"). */
export function parseFields(spec: string): Selection {
  let i = 0;
  const item = (): [string, Selection | null] => {
    let name = '';
    while (i < spec.length && !',()/'.includes(spec[i])) name += spec[i++];
    if (spec[i] === '/') {
      i++;
      const [inner, sub] = item();
      return [name.trim(), new Map([[inner, sub]])];
    }
    if (spec[i] === '(') {
      i++;
      const sub = list();
      if (spec[i++] !== ')') throw apiError('list', 'Invalid field selection');
      return [name.trim(), sub];
    }
    return [name.trim(), null];
  };
  const list = (): Selection => {
    const out: Selection = new Map();
    do {
      const [name, sub] = item();
      if (name === '') throw apiError('list', 'Invalid field selection');
      out.set(name, sub);
    } while (spec[i] === ',' && ++i);
    return out;
  };
  const selection = list();
  if (i !== spec.length) throw apiError('list', 'Invalid field selection');
  return selection;
}

function select(value: unknown, selection: Selection): unknown {
  if (Array.isArray(value)) return value.map((v) => select(v, selection));
  if (value === null || typeof value !== 'object') return value;
  const out: Record<string, unknown> = {};
  for (const [name, sub] of selection) {
    const v = (value as Record<string, unknown>)[name];
    if (v !== undefined) out[name] = sub ? select(v, sub) : v;
  }
  return out;
}

interface ListOptions {
  timeMin?: string;
  timeMax?: string;
  singleEvents?: boolean;
  maxResults?: number;
  pageToken?: string;
  fields?: string;
  showDeleted?: boolean;
}

function instant(v: string | undefined, name: string): number | null {
  if (v === undefined) return null;
  // The API wants RFC 3339 with an offset ("2011-06-03T10:00:00-07:00" or "…Z").
  const t = /(Z|[+-]\d\d:\d\d)$/.test(String(v)) ? Date.parse(String(v)) : NaN;
  if (!Number.isFinite(t)) throw apiError('list', `Bad Request (${name})`);
  return t;
}

class EventsCollectionImpl {
  constructor(private readonly store: CalendarStore, private readonly zones: Zones) {}

  /** Events whose time overlaps [timeMin, timeMax): "timeMin … exclusive for an event's end time, timeMax … exclusive for an event's start time". */
  list(calendarId: string, optionalArgs: ListOptions = {}): ApiEvents {
    for (const key of Object.keys(optionalArgs)) {
      if (!LIST_OPTIONS.has(key)) throw new Error(`Calendar.Events.list 的参数 ${key} 离线运行器不支持 (not supported offline)`);
    }
    if (optionalArgs.showDeleted) throw new Error('Calendar.Events.list 的参数 showDeleted 离线运行器不支持 (not supported offline)');
    const cal = this.store.calendar(String(calendarId));
    if (!cal) throw apiError('list', 'Not Found');
    const from = instant(optionalArgs.timeMin, 'timeMin');
    const to = instant(optionalArgs.timeMax, 'timeMax');
    const size = Math.min(MAX_PAGE, optionalArgs.maxResults ?? DEFAULT_PAGE);
    if (!(size >= 1)) throw apiError('list', 'Bad Request (maxResults)');
    const offset = optionalArgs.pageToken === undefined ? 0 : pageOffset(optionalArgs.pageToken);
    const matching = cal.events
      .map((e) => ({ e, range: this.zones.range(e) }))
      .filter(({ range: [s, x] }) => (to === null || s < to) && (from === null || x > from))
      .sort((a, b) => a.range[0] - b.range[0])
      .map(({ e }) => e);
    const page = matching.slice(offset, offset + size);
    const response: ApiEvents = {
      kind: 'calendar#events',
      etag: `"${cal.events.length}"`,
      summary: cal.name,
      updated: new Date(Math.max(0, ...cal.events.map((e) => Date.parse(e.updated) || 0))).toISOString(),
      timeZone: cal.timeZone,
      accessRole: 'owner',
      defaultReminders: [],
      items: page.map((e) => resource(e, cal)),
    };
    if (offset + size < matching.length) response.nextPageToken = Buffer.from(`offset:${offset + size}`).toString('base64url');
    return (optionalArgs.fields ? select(response, parseFields(optionalArgs.fields)) : response) as ApiEvents;
  }
}
interface EventsCollectionImpl extends GoogleAppsScript.Calendar.Collection.EventsCollection {}

function pageOffset(token: string): number {
  const m = /^offset:(\d+)$/.exec(Buffer.from(String(token), 'base64url').toString());
  if (!m) throw apiError('list', 'Invalid pageToken');
  return Number(m[1]);
}

/** The `Calendar` global: its Events collection; the other collections are not offline. */
export function createAdvancedCalendar(store: CalendarStore, zones: Zones, log: CallLog): GoogleAppsScript.Calendar {
  const events = offline<GoogleAppsScript.Calendar.Collection.EventsCollection>(new EventsCollectionImpl(store, zones), G, 'Calendar.Events', log);
  return offline<GoogleAppsScript.Calendar>({ Events: events }, G, 'Calendar', log);
}
