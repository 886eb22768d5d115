// Listing a calendar through the Calendar advanced service (appsscript.json enables it under the
// `calendar` scope the manifest already asks for): 2,500 events and their descriptions and tags
// per request, where CalendarApp needs getEvents and then a call per event per field.
import type { ListedEvents } from '../kernel/services/services';

/** "The page size can never be larger than 2500 events" (Events: list, maxResults). */
const PAGE = 2500;
const FIELDS = 'nextPageToken,items(iCalUID,summary,description,extendedProperties)';

export function listCalendarEvents(calendarId: string, range: { from: Date; to: Date }, tagKey: string, more: () => boolean): ListedEvents | null {
  if (typeof Calendar === 'undefined' || !Calendar?.Events) return null;
  const events: ListedEvents['events'][number][] = [];
  let pageToken: string | undefined;
  do {
    if (pageToken && !more()) return { events, complete: false };
    const page = Calendar.Events.list(calendarId, {
      timeMin: range.from.toISOString(),
      timeMax: range.to.toISOString(),
      // Each occurrence of a recurring event, as CalendarApp's getEvents lists them.
      singleEvents: true,
      maxResults: PAGE,
      fields: FIELDS,
      ...(pageToken ? { pageToken } : {}),
    });
    for (const e of page.items ?? []) {
      // Where CalendarApp keeps setTag's values is undocumented: both kinds of property are read
      // (and PlanCalendar checks the listing against getTag before trusting a missing tag).
      const props = e.extendedProperties;
      const tag = props?.private?.[tagKey] ?? props?.shared?.[tagKey] ?? null;
      events.push({ id: e.iCalUID ?? '', title: e.summary ?? '', description: e.description ?? '', tag });
    }
    pageToken = page.nextPageToken ?? undefined;
  } while (pageToken);
  return { events, complete: true };
}
