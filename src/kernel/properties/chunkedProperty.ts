import { utf8CodePointLength } from '../text/utf8';

// A document property value holds at most 9 KB on Apps Script ("Properties value size: 9 KB /
// val", https://developers.google.com/apps-script/guides/services/quotas); a record that can grow
// past it is kept in numbered parts written in one setProperties call. The first key holds the
// value itself while it fits, so a small record stays one property and one read.

export type PropertyStore = Pick<GoogleAppsScript.Properties.Properties, 'getProperty' | 'setProperty' | 'setProperties' | 'deleteProperty'>;

/** Bytes per part, below the 9 KB limit with room for the key. */
export const PART_BYTES = 8000;
const PARTS = /^#parts:(\d+)$/;

/** Parts `text` needs, each at most `maxBytes` UTF-8 octets, never splitting a character. */
export function splitUtf8(text: string, maxBytes: number): string[] {
  const parts: string[] = [];
  let current = '';
  let bytes = 0;
  for (const ch of text) {
    const n = utf8CodePointLength(ch.codePointAt(0)!);
    if (bytes + n > maxBytes) {
      parts.push(current);
      current = '';
      bytes = 0;
    }
    current += ch;
    bytes += n;
  }
  parts.push(current);
  return parts;
}

function partCount(head: string | null): number {
  const m = head === null ? null : PARTS.exec(head);
  return m ? Number(m[1]) : 0;
}

/**
 * The value under `key` (null when absent). A missing part is a damaged record, which the caller
 * must not mistake for an empty one: it throws.
 */
export function readChunked(props: PropertyStore, key: string): string | null {
  const head = props.getProperty(key);
  const count = partCount(head);
  if (count === 0) return head;
  let text = '';
  for (let i = 1; i <= count; i++) {
    const part = props.getProperty(`${key}#${i}`);
    if (part === null) throw new Error(`文档属性 ${key} 的第 ${i} 段缺失`);
    text += part;
  }
  return text;
}

/** Stores `value` (which must not start with '#parts:') under `key`, in parts when it is long. */
export function writeChunked(props: PropertyStore, key: string, value: string): void {
  const before = partCount(props.getProperty(key));
  const parts = splitUtf8(value, PART_BYTES);
  const next: Record<string, string> = {};
  if (parts.length === 1) next[key] = value;
  else {
    next[key] = `#parts:${parts.length}`;
    parts.forEach((p, i) => (next[`${key}#${i + 1}`] = p));
  }
  // One call: the head and its parts change together. Left-over parts of a longer earlier value
  // are removed after; if that is cut short they are simply never read.
  props.setProperties(next);
  for (let i = parts.length === 1 ? 1 : parts.length + 1; i <= before; i++) props.deleteProperty(`${key}#${i}`);
}
