// Just enough XML for the package's parts. SpreadsheetML is machine-written and regular, so a
// scan by element name keeps every byte's position: a save splices new text between the
// positions and leaves the rest of a part as the clerk's program wrote it.

const ENTITIES: Record<string, string> = { lt: '<', gt: '>', amp: '&', quot: '"', apos: "'" };

export function decodeXml(s: string): string {
  if (!s.includes('&')) return s;
  return s.replace(/&(#x[0-9a-f]+|#\d+|\w+);/gi, (m, e: string) => {
    if (e[0] === '#') return String.fromCodePoint(e[1] === 'x' || e[1] === 'X' ? parseInt(e.slice(2), 16) : parseInt(e.slice(1), 10));
    return ENTITIES[e] ?? m;
  });
}

/** Characters XML 1.0 cannot hold at all are dropped (a control character pasted into a name). */
export function escapeXml(s: string): string {
  return s
    .replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]/g, '')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;');
}

export function attrs(tag: string): Record<string, string> {
  const out: Record<string, string> = {};
  const re = /([\w:.-]+)\s*=\s*("([^"]*)"|'([^']*)')/g;
  for (let m; (m = re.exec(tag)); ) out[m[1]] = decodeXml(m[3] ?? m[4]);
  return out;
}

/** The start tag with one attribute set (added before the end of the tag when missing). */
export function setAttr(tag: string, name: string, value: string): string {
  const re = new RegExp(`(\\s${name.replace('.', '\\.')}\\s*=\\s*)("[^"]*"|'[^']*')`);
  if (re.test(tag)) return tag.replace(re, `$1"${escapeXml(value)}"`);
  return tag.replace(/\s*(\/?)>$/, ` ${name}="${escapeXml(value)}"$1>`);
}

export function removeAttr(tag: string, name: string): string {
  return tag.replace(new RegExp(`\\s${name}\\s*=\\s*("[^"]*"|'[^']*')`), '');
}

export interface XmlElement {
  readonly start: number;
  readonly end: number;
  /** The start tag, e.g. `<c r="A1" s="3">`. */
  readonly tag: string;
  /** What is between the start and end tags ('' for an empty element). */
  readonly inner: string;
}

/**
 * Every `<name …>…</name>` or `<name …/>` in xml[from, to), outermost only, in order. Elements of
 * the same name do not nest in the parts read this way (rows, cells, sheets, relationships).
 */
export function elements(xml: string, name: string, from = 0, to = xml.length): XmlElement[] {
  const out: XmlElement[] = [];
  const open = new RegExp(`<${name}(?=[\\s/>])[^>]*>`, 'g');
  const close = `</${name}>`;
  open.lastIndex = from;
  for (let m; (m = open.exec(xml)) && m.index < to; ) {
    const tag = m[0];
    const afterTag = m.index + tag.length;
    if (tag.endsWith('/>')) {
      out.push({ start: m.index, end: afterTag, tag, inner: '' });
      continue;
    }
    const endAt = xml.indexOf(close, afterTag);
    if (endAt < 0) break;
    out.push({ start: m.index, end: endAt + close.length, tag, inner: xml.slice(afterTag, endAt) });
    open.lastIndex = endAt + close.length;
  }
  return out;
}

export function firstElement(xml: string, name: string): XmlElement | undefined {
  return elements(xml, name)[0];
}

/** The text of a string item or comment: its <t> runs, without phonetic guides (<rPh>). */
export function runText(inner: string): string {
  const plain = inner.includes('<rPh') ? inner.replace(/<rPh\b[\s\S]*?<\/rPh>/g, '') : inner;
  let s = '';
  const re = /<t(?:\s[^>]*)?>([\s\S]*?)<\/t>/g;
  for (let m; (m = re.exec(plain)); ) s += m[1];
  return decodeOoxml(decodeXml(s));
}

/** OOXML's own escape for characters XML cannot carry: _x000D_ (and _x005F_ for "_"). */
export function decodeOoxml(s: string): string {
  return s.includes('_x') ? s.replace(/_x([0-9A-Fa-f]{4})_/g, (_, h: string) => String.fromCharCode(parseInt(h, 16))) : s;
}

/**
 * Inserts `text` into the parent element before the first child named in `before` (schema
 * order), else before `</parent>`.
 */
export function insertInOrder(xml: string, parent: string, text: string, before: readonly string[]): string {
  let at = -1;
  for (const name of before) {
    const m = new RegExp(`<${name}(?=[\\s/>])`).exec(xml);
    if (m && (at < 0 || m.index < at)) at = m.index;
  }
  if (at < 0) at = xml.lastIndexOf(`</${parent}>`);
  if (at < 0) throw new Error(`no </${parent}>`);
  return xml.slice(0, at) + text + xml.slice(at);
}
