// UTF-8 by hand: Apps Script has no TextEncoder, and the content hashes, the .ics line folding
// (75 octets, never inside a character) and the size limits of document properties all work on
// octets, not UTF-16 units.

/** Octets a code point takes in UTF-8. */
export function utf8CodePointLength(codePoint: number): number {
  return codePoint < 0x80 ? 1 : codePoint < 0x800 ? 2 : codePoint < 0x10000 ? 3 : 4;
}

/**
 * `text` in pieces of at most `maxBytes` UTF-8 octets (`restBytes` for the pieces after the
 * first), never splitting a character: .ics line folding, property values split into parts.
 */
export function splitUtf8(text: string, maxBytes: number, restBytes = maxBytes): string[] {
  const parts: string[] = [];
  let current = '';
  let bytes = 0;
  for (const ch of text) {
    const n = utf8CodePointLength(ch.codePointAt(0)!);
    if (bytes + n > (parts.length ? restBytes : maxBytes)) {
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

/** Octets a text takes in UTF-8, without building them. */
export function utf8Length(text: string): number {
  let n = 0;
  for (const ch of text) n += utf8CodePointLength(ch.codePointAt(0)!);
  return n;
}

/** The UTF-8 octets of a text (a lone surrogate becomes U+FFFD, as TextEncoder does). */
export function utf8Bytes(s: string): Uint8Array {
  const out = new Uint8Array(s.length * 3);
  let n = 0;
  eachUtf8Octet(s, (o) => { out[n++] = o; });
  return out.subarray(0, n);
}

/** Hands each UTF-8 octet of a text to `octet`, in order, without building them (hashing). */
export function eachUtf8Octet(s: string, octet: (o: number) => void): void {
  for (let i = 0; i < s.length; i++) {
    let c = s.charCodeAt(i);
    if (c >= 0xd800 && c <= 0xdbff && i + 1 < s.length) {
      const low = s.charCodeAt(i + 1);
      if (low >= 0xdc00 && low <= 0xdfff) {
        c = 0x10000 + ((c - 0xd800) << 10) + (low - 0xdc00);
        i++;
      }
    }
    if (c >= 0xd800 && c <= 0xdfff) c = 0xfffd;
    if (c < 0x80) octet(c);
    else if (c < 0x800) {
      octet(0xc0 | (c >> 6));
      octet(0x80 | (c & 0x3f));
    } else if (c < 0x10000) {
      octet(0xe0 | (c >> 12));
      octet(0x80 | ((c >> 6) & 0x3f));
      octet(0x80 | (c & 0x3f));
    } else {
      octet(0xf0 | (c >> 18));
      octet(0x80 | ((c >> 12) & 0x3f));
      octet(0x80 | ((c >> 6) & 0x3f));
      octet(0x80 | (c & 0x3f));
    }
  }
}
