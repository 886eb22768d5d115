// A calendar app importing .ics files into one calendar, as phone and desktop apps do when the
// clerk re-imports a newer export: events are kept by UID; a copy replaces the one held only when
// it is a newer revision (RFC 5546 §2.1.5: higher SEQUENCE, or equal SEQUENCE and later DTSTAMP);
// STATUS:CANCELLED removes the event. Each file is read by one of two independent parsers
// (Mozilla's ical.js, node-ical), and readEvents lets a test check that both read the same.
import ICAL from 'ical.js';
import ical from 'node-ical';

export type IcsParser = 'ical.js' | 'node-ical';

export interface ClientEvent {
  readonly uid: string;
  readonly sequence: number;
  /** DTSTAMP, epoch ms. */
  readonly stamp: number;
  readonly status: string;
  readonly summary: string;
  /** 'YYYY-MM-DD' for an all-day start, else the instant as an ISO string. */
  readonly start: string;
  readonly organizer: string;
}

const pad = (n: number) => String(n).padStart(2, '0');

function viaIcalJs(text: string): ClientEvent[] {
  const vcal = new ICAL.Component(ICAL.parse(text));
  ICAL.TimezoneService.reset();
  for (const tz of vcal.getAllSubcomponents('vtimezone')) ICAL.TimezoneService.register(tz);
  return vcal.getAllSubcomponents('vevent').map((v) => {
    const e = new ICAL.Event(v);
    return {
      uid: e.uid,
      sequence: e.sequence ?? 0,
      stamp: (v.getFirstPropertyValue('dtstamp') as ICAL.Time).toJSDate().getTime(),
      status: String(v.getFirstPropertyValue('status') ?? ''),
      summary: e.summary,
      start: e.startDate.isDate ? e.startDate.toString() : e.startDate.toJSDate().toISOString(),
      organizer: String(v.getFirstPropertyValue('organizer') ?? ''),
    };
  });
}

function viaNodeIcal(text: string): ClientEvent[] {
  const parsed = ical.sync.parseICS(text);
  return Object.values(parsed)
    .filter((c): c is ical.VEvent => c?.type === 'VEVENT')
    .map((e) => {
      const start = e.start as Date & { dateOnly?: boolean };
      const organizer = e.organizer as unknown as { val?: string } | string | undefined;
      return {
        uid: e.uid,
        sequence: Number(e.sequence ?? 0),
        stamp: e.dtstamp.getTime(),
        status: String(e.status ?? ''),
        summary: typeof e.summary === 'string' ? e.summary : String((e.summary as { val?: string })?.val ?? ''),
        start: start.dateOnly ? `${start.getFullYear()}-${pad(start.getMonth() + 1)}-${pad(start.getDate())}` : start.toISOString(),
        organizer: typeof organizer === 'string' ? organizer : String(organizer?.val ?? ''),
      };
    });
}

/** The VEVENTs of a file as `parser` reads them, in file order. */
export function readEvents(text: string, parser: IcsParser): ClientEvent[] {
  return parser === 'ical.js' ? viaIcalJs(text) : viaNodeIcal(text);
}

export class CalendarClient {
  private readonly held = new Map<string, ClientEvent>();

  constructor(private readonly parser: IcsParser) {}

  /** Imports a file; returns how many events it added, changed and removed. */
  import(text: string): { added: number; changed: number; removed: number } {
    const counts = { added: 0, changed: 0, removed: 0 };
    for (const e of readEvents(text, this.parser)) {
      const have = this.held.get(e.uid);
      if (have && (e.sequence < have.sequence || (e.sequence === have.sequence && e.stamp <= have.stamp))) continue;
      if (e.status === 'CANCELLED') {
        if (have) counts.removed++;
        this.held.delete(e.uid);
        continue;
      }
      counts[have ? 'changed' : 'added']++;
      this.held.set(e.uid, e);
    }
    return counts;
  }

  events(): ClientEvent[] {
    return [...this.held.values()];
  }

  summaries(): string[] {
    return this.events().map((e) => e.summary).sort();
  }
}
