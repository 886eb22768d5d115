import type { DesiredEvent, EventTiming } from './eventSpan';
import { addDays, type IsoDate } from '../kernel/dates/isoDate';
import { type LocalDateTime, offsetTransitions, type UtcOffset, utcOffsetMinutes } from '../kernel/dates/timeZoneRules';
import { splitUtf8 } from '../kernel/text/utf8';

// RFC 5545 text for the plan, written by hand: the format is small, and every rule the clerk's
// calendar app is strict about (CRLF, 75-octet folding, escaping, VTIMEZONE for each TZID) is
// kept here in one place and tested against an independent parser.

export interface IcsOptions {
  /** X-WR-CALNAME, e.g. '四川农业大学工会 2023年度工作计划'. */
  readonly calendarName: string;
  /** A plan row's UID from its 计划编号 (icsLedger: never from a display name). */
  readonly uid: (key: string) => string;
  /** The export time: DTSTAMP. */
  readonly now: Date;
  /** Higher than in any earlier export (icsLedger), so each event is taken as the newer revision. */
  readonly sequence: number;
  /**
   * The union as ORGANIZER. RFC 5546 §3.2.1 requires one in every VEVENT of a METHOD:PUBLISH
   * file; without an address the file carries no METHOD and is a plain RFC 5545 calendar.
   */
  readonly organizer?: { readonly email: string; readonly name: string } | null;
  /** Rows deleted since an earlier export: STATUS:CANCELLED, shown on `day` by clients that keep them. */
  readonly cancelled?: { readonly keys: readonly string[]; readonly day: IsoDate };
  /** The zone rules for VTIMEZONE (Intl when absent). */
  readonly utcOffset?: UtcOffset;
}

const PRODID = '-//UnionDesk//工会助手//ZH';

/**
 * The least SEQUENCE of an export. RFC 5545 §3.8.7.4: it MUST be incremented when DTSTART, DTEND,
 * STATUS … change, and MAY be for any other change. A per-row counter would need a hash of every
 * row in document properties (far past 9 KB at 5,000 rows), so every export raises every event's
 * SEQUENCE: the export time in minutes since 2020 (what exports wrote before the ledger, so
 * they keep rising), lifted above the last one written (icsLedger) when two exports share a
 * minute. It stays below 2^31 for some four thousand years.
 */
export function icsSequence(now: Date): number {
  return Math.max(0, Math.floor((now.getTime() - Date.UTC(2020, 0, 1)) / 60000));
}

/** TEXT value escaping: backslash, semicolon, comma, line breaks; other controls dropped. */
export function escapeText(s: string): string {
  return s
    .replace(/\\/g, '\\\\')
    .replace(/;/g, '\\;')
    .replace(/,/g, '\\,')
    .replace(/\r\n|\r|\n/g, '\\n')
    // eslint-disable-next-line no-control-regex
    .replace(/[\x00-\x08\x0a-\x1f\x7f]/g, '');
}

/** One content line folded at 75 octets, never inside a UTF-8 character, lines joined by CRLF. */
export function foldLine(line: string): string {
  // Continuation lines start with a space, which counts towards their 75 octets.
  return splitUtf8(line, 75, 74).join('\r\n ');
}

export function writeIcs(events: readonly DesiredEvent[], options: IcsOptions): string {
  const stamp = utcStamp(options.now);
  const { sequence, organizer } = options;
  const lines: string[] = ['BEGIN:VCALENDAR', `PRODID:${PRODID}`, 'VERSION:2.0', 'CALSCALE:GREGORIAN'];
  if (organizer) lines.push('METHOD:PUBLISH');
  lines.push(`X-WR-CALNAME:${escapeText(options.calendarName)}`);
  const head = (key: string) => [
    'BEGIN:VEVENT',
    `UID:${options.uid(key)}`,
    `DTSTAMP:${stamp}`,
    `SEQUENCE:${sequence}`,
    ...(organizer ? [organizerLine(organizer)] : []),
  ];
  const zones = new Map<string, LocalDateTime[]>();
  for (const e of events) {
    if (e.timing.kind !== 'timed') continue;
    const list = zones.get(e.timing.timeZone) ?? [];
    list.push(e.timing.start, e.timing.end);
    zones.set(e.timing.timeZone, list);
  }
  for (const [zone, times] of zones) lines.push(...vtimezone(zone, times, options.utcOffset ?? utcOffsetMinutes));
  for (const e of events) {
    // CONFIRMED said outright: a row that comes back after a cancellation is live again.
    lines.push(...head(e.key), ...timingLines(e.timing), `SUMMARY:${escapeText(e.title)}`, 'STATUS:CONFIRMED');
    if (e.description) lines.push(`DESCRIPTION:${escapeText(e.description)}`);
    if (e.location) lines.push(`LOCATION:${escapeText(e.location)}`);
    // A month-long all-day item is a reminder, not a month of being busy.
    lines.push(`TRANSP:${e.timing.kind === 'allDay' ? 'TRANSPARENT' : 'OPAQUE'}`, 'END:VEVENT');
  }
  for (const key of options.cancelled?.keys ?? []) {
    // The deleted row's dates and title are gone; RFC 5546 still wants DTSTART and SUMMARY.
    const day = options.cancelled!.day;
    lines.push(...head(key), ...timingLines({ kind: 'allDay', start: day, end: addDays(day, 1) }));
    lines.push(`SUMMARY:${escapeText(`已删除的工作计划（计划编号 ${key}）`)}`, 'STATUS:CANCELLED', 'TRANSP:TRANSPARENT', 'END:VEVENT');
  }
  lines.push('END:VCALENDAR');
  return lines.map(foldLine).join('\r\n') + '\r\n';
}

/** CN is a quoted parameter value: DQUOTE and controls cannot appear in it (RFC 5545 §3.1). */
function organizerLine(o: { readonly email: string; readonly name: string }): string {
  // eslint-disable-next-line no-control-regex
  const name = o.name.replace(/[\x00-\x1f\x7f"]/g, '');
  return `ORGANIZER${name ? `;CN="${name}"` : ''}:mailto:${o.email}`;
}

function timingLines(t: EventTiming): string[] {
  if (t.kind === 'allDay') return [`DTSTART;VALUE=DATE:${basicDate(t.start)}`, `DTEND;VALUE=DATE:${basicDate(t.end)}`];
  return [`DTSTART;TZID=${t.timeZone}:${localStamp(t.start)}`, `DTEND;TZID=${t.timeZone}:${localStamp(t.end)}`];
}

/**
 * RFC 5545 requires a VTIMEZONE for every TZID used. Its rules are taken from the zone's actual
 * offsets over the years the events touch: one observance from the start, then one per change
 * (Asia/Shanghai has none, so it is a single +0800 STANDARD).
 */
function vtimezone(zone: string, times: readonly LocalDateTime[], offset: UtcOffset): string[] {
  const years = times.map((t) => Number(t.date.slice(0, 4)));
  const fromMs = Date.UTC(Math.min(...years), 0, 1) - 86400000;
  const toMs = Date.UTC(Math.max(...years) + 1, 0, 1) + 86400000;
  const initial = offset(zone, fromMs);
  const lines = ['BEGIN:VTIMEZONE', `TZID:${zone}`];
  lines.push(...observance('STANDARD', `${Math.min(...years)}0101T000000`, initial, initial));
  for (const tr of offsetTransitions(zone, fromMs, toMs, offset)) {
    const onset = new Date(tr.atMs + tr.from * 60000);
    const local = `${basicDate(onset.toISOString().slice(0, 10))}T${onset.toISOString().slice(11, 19).replace(/:/g, '')}`;
    lines.push(...observance(tr.to > tr.from ? 'DAYLIGHT' : 'STANDARD', local, tr.from, tr.to));
  }
  lines.push('END:VTIMEZONE');
  return lines;
}

function observance(kind: 'STANDARD' | 'DAYLIGHT', dtstart: string, from: number, to: number): string[] {
  return [`BEGIN:${kind}`, `DTSTART:${dtstart}`, `TZOFFSETFROM:${utcOffset(from)}`, `TZOFFSETTO:${utcOffset(to)}`, `END:${kind}`];
}

function utcOffset(minutes: number): string {
  const abs = Math.abs(minutes);
  return `${minutes < 0 ? '-' : '+'}${String(Math.floor(abs / 60)).padStart(2, '0')}${String(abs % 60).padStart(2, '0')}`;
}

function basicDate(d: IsoDate): string {
  return d.replace(/-/g, '');
}

function localStamp(t: LocalDateTime): string {
  return `${basicDate(t.date)}T${t.time.replace(':', '')}00`;
}

function utcStamp(d: Date): string {
  return d.toISOString().replace(/[-:]/g, '').replace(/\.\d{3}/, '');
}
