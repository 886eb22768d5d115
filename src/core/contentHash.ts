import { utf8Bytes } from './utf8';

// A change detector, not a security measure: it tells whether what we would write now differs
// from what we wrote before. Two FNV-1a lanes with different offset bases give 64 bits, so an
// edit is missed with odds of 2^-64, with no Utilities.computeDigest round trip per row.

const FNV_PRIME = 0x01000193;
const LANES = [0x811c9dc5, 0x050c5d1f];

/** 16 lowercase hex digits over the UTF-8 octets of `text`. */
export function contentHash(text: string): string {
  const bytes = utf8Bytes(text);
  return LANES.map((basis) => {
    let h = basis;
    for (const b of bytes) h = Math.imul(h ^ b, FNV_PRIME);
    return (h >>> 0).toString(16).padStart(8, '0');
  }).join('');
}
