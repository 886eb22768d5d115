import { contentHash } from './contentHash';
import type { DesiredEvent, EventTiming } from './eventSpan';
import type { IsoDate } from '../kernel/dates/isoDate';
import { type LocalDateTime, offsetTransitions, type UtcOffset, utcOffsetMinutes } from '../kernel/dates/timeZoneRules';
import { utf8CodePointLength } from '../kernel/text/utf8';

// RFC 5545 text for the plan, written by hand: the format is small, and every rule the clerk's
// calendar app is strict about (CRLF, 75-octet folding, escaping, VTIMEZONE for each TZID) is
// kept here in one place and tested against an independent parser.

export interface IcsOptions {
  /** X-WR-CALNAME, e.g. '四川农业大学工会 2023年度工作计划'. */
  readonly calendarName: string;
  /** 单位名称: part of every UID, so two unions' plans never collide in one calendar. */
  readonly unitName: string;
  /** The export time: DTSTAMP, and the SEQUENCE (see icsSequence). */
  readonly now: Date;
  /** The zone rules for VTIMEZONE (Intl when absent). */
  readonly utcOffset?: UtcOffset;
}

const PRODID = '-//UnionDesk//工会助手//ZH';

/** A UID that stays the same across exports as long as the row keeps its 计划编号. */
export function icsUid(key: string, unitName: string): string {
  return `${key}-${contentHash(unitName).slice(0, 8)}@uniondesk`;
}

/**
 * SEQUENCE must rise when a row changes. Keeping a per-row counter would need storage that an
 * export-only user never has, so it is the export time in minutes since 2020: it rises with
 * every export, hence with every change, and a client re-importing the file takes each event as
 * the newer revision. It stays below 2^31 for some four thousand years.
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
  const out: string[] = [];
  let current = '';
  let octets = 0;
  for (const ch of line) {
    const n = utf8CodePointLength(ch.codePointAt(0)!);
    // Continuation lines start with a space, which counts towards their 75 octets.
    if (octets + n > 75) {
      out.push(current);
      current = ' ';
      octets = 1;
    }
    current += ch;
    octets += n;
  }
  out.push(current);
  return out.join('\r\n');
}

export function writeIcs(events: readonly DesiredEvent[], options: IcsOptions): string {
  const stamp = utcStamp(options.now);
  const sequence = icsSequence(options.now);
  const lines: string[] = [
    'BEGIN:VCALENDAR',
    `PRODID:${PRODID}`,
    'VERSION:2.0',
    'CALSCALE:GREGORIAN',
    'METHOD:PUBLISH',
    `X-WR-CALNAME:${escapeText(options.calendarName)}`,
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
    lines.push(
      'BEGIN:VEVENT',
      `UID:${icsUid(e.key, options.unitName)}`,
      `DTSTAMP:${stamp}`,
      `SEQUENCE:${sequence}`,
      ...timingLines(e.timing),
      `SUMMARY:${escapeText(e.title)}`,
    );
    if (e.description) lines.push(`DESCRIPTION:${escapeText(e.description)}`);
    if (e.location) lines.push(`LOCATION:${escapeText(e.location)}`);
    // A month-long all-day item is a reminder, not a month of being busy.
    lines.push(`TRANSP:${e.timing.kind === 'allDay' ? 'TRANSPARENT' : 'OPAQUE'}`, 'END:VEVENT');
  }
  lines.push('END:VCALENDAR');
  return lines.map(foldLine).join('\r\n') + '\r\n';
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
