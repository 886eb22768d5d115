import { contentHash } from './contentHash';
import type { DesiredEvent, EventTiming } from './eventSpan';

// An event we create carries, in its description, a marker line with its key (计划编号) and the
// hash of what we wrote. It goes in with the createEvent call itself, so no crash can leave an
// event nobody can identify; the same pair goes into an event tag, which survives a colleague
// rewriting the description. Events with neither are someone else's and are never touched.

export interface EventMark {
  readonly key: string;
  readonly hash: string;
}

/** The tag name (CalendarEvent.setTag) holding `key:hash`. */
export const MARK_TAG = 'uniondesk';

const MARKER_NOTE = '（由工会助手从“工作计划”同步，请在表格中修改）';
const MARK_PATTERN = /\[uniondesk:([^\s:\]]+):([0-9a-f]{16})\]/g;

/** The hash of everything we write into an event; equal hashes mean nothing to write. */
export function eventHash(event: DesiredEvent): string {
  return contentHash(JSON.stringify(['v1', event.title, event.description, event.location, timingFields(event.timing)]));
}

function timingFields(t: EventTiming): string[] {
  return t.kind === 'allDay'
    ? ['allDay', t.start, t.end]
    : ['timed', t.start.date, t.start.time, t.end.date, t.end.time, t.timeZone];
}

export function markText(mark: EventMark): string {
  return `[uniondesk:${encodeURIComponent(mark.key)}:${mark.hash}]`;
}

export function parseMarkText(text: string | null | undefined): EventMark | null {
  if (!text) return null;
  let found: EventMark | null = null;
  // The last marker wins: a description pasted into another keeps the newer line at the end.
  for (const m of text.matchAll(MARK_PATTERN)) {
    try {
      found = { key: decodeURIComponent(m[1]), hash: m[2] };
    } catch {
      // a mangled %-escape is not our marker
    }
  }
  return found;
}

/** The description an event gets: the row's details, then the marker line. */
export function markedDescription(event: DesiredEvent, hash: string = eventHash(event)): string {
  return `${event.description}\n\n${MARKER_NOTE}${markText({ key: event.key, hash })}`;
}

/** The description of a calendar the sync created for this spreadsheet (found again after a crash). */
export function calendarMark(spreadsheetId: string): string {
  return `由工会助手为表格 ${spreadsheetId} 的“工作计划”创建`;
}
