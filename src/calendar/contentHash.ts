// A change detector, not a security measure: it tells whether what we would write now differs
// from what we wrote before. Two FNV-1a lanes with different offset bases give 64 bits, so an
// edit is missed with odds of 2^-64, with no Utilities.computeDigest round trip per row.

const FNV_PRIME = 0x01000193;

/**
 * 16 lowercase hex digits over the UTF-8 octets of `text` (a lone surrogate counts as U+FFFD, as
 * TextEncoder encodes it). The octets are hashed as they are encoded, not collected first: every
 * sync hashes each plan row, and building a byte array per row was most of a 5,000-row run's time.
 */
export function contentHash(text: string): string {
  let a = 0x811c9dc5;
  let b = 0x050c5d1f;
  const octet = (o: number) => {
    a = Math.imul(a ^ o, FNV_PRIME);
    b = Math.imul(b ^ o, FNV_PRIME);
  };
  for (let i = 0; i < text.length; i++) {
    let c = text.charCodeAt(i);
    if (c >= 0xd800 && c <= 0xdbff && i + 1 < text.length) {
      const low = text.charCodeAt(i + 1);
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
  return (a >>> 0).toString(16).padStart(8, '0') + (b >>> 0).toString(16).padStart(8, '0');
}
