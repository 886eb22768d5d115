import { eachUtf8Octet } from '../kernel/text/utf8';

// A change detector, not a security measure: it tells whether what we would write now differs
// from what we wrote before. Two FNV-1a lanes with different offset bases give 64 bits, so an
// edit is missed with odds of 2^-64, with no Utilities.computeDigest round trip per row.

const FNV_PRIME = 0x01000193;
/**
 * Looked up once: offline the bundle runs in a node:vm context, where every read of a global
 * (`Math`) goes through the sandbox's interceptor — per octet, that made hashing 5,000 plan rows
 * take seconds of a run's real time instead of milliseconds.
 */
const imul = Math.imul;

/**
 * 16 lowercase hex digits over the UTF-8 octets of `text`. The octets are hashed as they are
 * encoded, not collected first: every sync hashes each plan row, and building a byte array per
 * row was most of a 5,000-row run's time.
 */
export function contentHash(text: string): string {
  let a = 0x811c9dc5;
  let b = 0x050c5d1f;
  eachUtf8Octet(text, (o) => {
    a = imul(a ^ o, FNV_PRIME);
    b = imul(b ^ o, FNV_PRIME);
  });
  return (a >>> 0).toString(16).padStart(8, '0') + (b >>> 0).toString(16).padStart(8, '0');
}
