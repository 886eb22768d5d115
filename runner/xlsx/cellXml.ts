// One <c> element ⇄ the value and formula the fake spreadsheet keeps (Apps Script's view: a
// date cell is a Date instant, a formula's cached result is its value).
import type { CellValue } from '../workbook';
import { instantToWall, wallToInstant } from '../timeZone';
import { isDate } from '../cellInput';
import { columnToLetters } from '../a1';
import { decodeOoxml, decodeXml, escapeXml, runText } from './xml';

export const ERRORS = new Set(['#N/A', '#REF!', '#VALUE!', '#DIV/0!', '#NAME?', '#NUM!', '#NULL!', '#ERROR!', '#GETTING_DATA']);

const DAY = 86_400_000;
const EPOCH_1900 = Date.UTC(1899, 11, 30);
const EPOCH_1904 = Date.UTC(1904, 0, 1);

export interface DateSystem {
  readonly timeZone: string;
  readonly date1904: boolean;
}

/** A serial day number as the instant of that wall-clock time in the workbook's zone. */
export function serialToDate(serial: number, sys: DateSystem): Date {
  const d = new Date(Math.round((sys.date1904 ? EPOCH_1904 : EPOCH_1900) + serial * DAY));
  return wallToInstant({ y: d.getUTCFullYear(), mo: d.getUTCMonth() + 1, d: d.getUTCDate(), h: d.getUTCHours(), mi: d.getUTCMinutes(), s: d.getUTCSeconds(), ms: d.getUTCMilliseconds() }, sys.timeZone);
}

export function dateToSerial(date: Date, sys: DateSystem): number {
  const w = instantToWall(date, sys.timeZone);
  const utc = new Date(Date.UTC(2000, w.mo - 1, w.d, w.h, w.mi, w.s, w.ms));
  utc.setUTCFullYear(w.y, w.mo - 1, w.d);
  return (utc.getTime() - (sys.date1904 ? EPOCH_1904 : EPOCH_1900)) / DAY;
}

export interface RawCell {
  readonly t: string;
  readonly v?: string;
  /** Formula text without '=' (a shared formula's follower gets it from the caller). */
  readonly f?: string;
  readonly inline?: string;
}

/** The cell's parts from its XML: type, <v>, <f> (with shared-formula attributes), <is>. */
export function rawCell(tagAttrs: { t?: string }, inner: string): RawCell & { fAttrs?: Record<string, string> } {
  const t = tagAttrs.t ?? 'n';
  if (!inner) return { t };
  // Most cells are just <v>…</v>.
  if (inner.startsWith('<v>') && inner.endsWith('</v>') && inner.indexOf('<', 3) === inner.length - 4) return { t, v: decodeXml(inner.slice(3, -4)) };
  const v = /<v(?:\s[^>]*)?>([\s\S]*?)<\/v>/.exec(inner)?.[1];
  const fm = inner.includes('<f') ? /<f(\s[^>]*)?(?:\/>|>([\s\S]*?)<\/f>)/.exec(inner) : null;
  const inline = t === 'inlineStr' ? /<is>([\s\S]*?)<\/is>/.exec(inner)?.[1] : undefined;
  const fAttrs: Record<string, string> = {};
  if (fm?.[1]) for (const m of fm[1].matchAll(/([\w:]+)="([^"]*)"/g)) fAttrs[m[1]] = m[2];
  return { t, v: v === undefined ? undefined : decodeXml(v), f: fm?.[2] !== undefined ? decodeXml(fm[2]) : undefined, inline, fAttrs: fm ? fAttrs : undefined };
}

/** A stored string; an apostrophe the writer kept in the text means "text, not a number". */
function text(s: string): CellValue | undefined {
  const t = s.startsWith("'") ? s.slice(1) : s;
  return t === '' ? undefined : t;
}

export function cellValue(raw: RawCell, shared: readonly string[], isDateFmt: boolean, sys: DateSystem): CellValue | undefined {
  switch (raw.t) {
    case 's':
      return raw.v === undefined ? undefined : text(shared[Number(raw.v)] ?? '');
    case 'inlineStr':
      return raw.inline === undefined ? undefined : text(runText(raw.inline));
    case 'str':
      return raw.v === undefined || raw.v === '' ? undefined : decodeOoxml(raw.v);
    case 'b':
      return raw.v === undefined ? undefined : raw.v === '1' || raw.v === 'true';
    case 'e':
      return raw.v === undefined ? undefined : raw.v;
    case 'd': {
      if (!raw.v) return undefined;
      const m = /^(\d{4})-(\d\d)-(\d\d)(?:T(\d\d):(\d\d)(?::(\d\d))?)?/.exec(raw.v);
      return m ? wallToInstant({ y: +m[1], mo: +m[2], d: +m[3], h: +(m[4] ?? 0), mi: +(m[5] ?? 0), s: +(m[6] ?? 0) }, sys.timeZone) : raw.v;
    }
    default: {
      if (raw.v === undefined || raw.v === '') return undefined;
      const n = Number(raw.v);
      if (Number.isNaN(n)) return raw.v;
      return isDateFmt ? serialToDate(n, sys) : n;
    }
  }
}

/** A <c> element for a value (and formula) in the given style. */
export function cellXml(row: number, col: number, style: number, value: CellValue | undefined, formula: string | undefined, sys: DateSystem): string {
  const r = `${columnToLetters(col)}${row}`;
  const s = style ? ` s="${style}"` : '';
  const f = formula !== undefined ? `<f>${escapeXml(formula.replace(/^=/, ''))}</f>` : '';
  if (value === undefined || value === '') return f ? `<c r="${r}"${s}>${f}</c>` : `<c r="${r}"${s}/>`;
  if (typeof value === 'number') return Number.isFinite(value) ? `<c r="${r}"${s}>${f}<v>${value}</v></c>` : `<c r="${r}"${s} t="e">${f}<v>#NUM!</v></c>`;
  if (typeof value === 'boolean') return `<c r="${r}"${s} t="b">${f}<v>${value ? 1 : 0}</v></c>`;
  if (isDate(value)) return `<c r="${r}"${s}>${f}<v>${dateToSerial(value, sys)}</v></c>`;
  const str = String(value);
  if (ERRORS.has(str)) return `<c r="${r}"${s} t="e">${f}<v>${str}</v></c>`;
  if (f) return `<c r="${r}"${s} t="str">${f}<v>${escapeXml(str)}</v></c>`;
  // Inline strings leave sharedStrings.xml as it was (byte-identical) and read back the same.
  const space = /^\s|\s$|\n/.test(str) ? ' xml:space="preserve"' : '';
  return `<c r="${r}"${s} t="inlineStr"><is><t${space}>${escapeXml(str.replace(/_(x[0-9A-Fa-f]{4}_)/g, '_x005F_$1'))}</t></is></c>`;
}
