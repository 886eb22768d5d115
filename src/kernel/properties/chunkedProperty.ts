import { splitUtf8 } from '../text/utf8';

// A document property value holds at most 9 KB on Apps Script ("Properties value size: 9 KB /
// val", https://developers.google.com/apps-script/guides/services/quotas); a record that can grow
// past it is kept in numbered parts written in one setProperties call. The first key holds the
// value itself while it fits, so a small record stays one property and one read.

export type PropertyStore = Pick<GoogleAppsScript.Properties.Properties, 'getProperty' | 'setProperty' | 'setProperties' | 'deleteProperty'>;

/** Bytes per part, below the 9 KB limit with room for the key. */
export const PART_BYTES = 8000;
const PARTS = /^#parts:(\d+)$/;

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
