// Sets of 计划编号 as the .ics ledger stores them in a document property. The numbers the tool
// hands out ('2023-0007') are bits of a hex bitmap, so 5,000 rows take 1,250 characters however
// many were deleted in between; any other text a clerk typed into 计划编号 is listed as it is.

export interface KeySetCode {
  /** Hex digits, least significant bit first: digit i, bit j = number 4i + j. */
  readonly b?: string;
  /** Keys that are not `${year}-NNNN`. */
  readonly x?: readonly string[];
}

function numberKey(year: number, n: number): string {
  return `${year}-${String(n).padStart(4, '0')}`;
}

/** The sequence number of a key the tool would write for `year`, else null. */
function numberOf(year: number, key: string): number | null {
  const m = /^(\d{4})-(\d{4,6})$/.exec(key);
  if (!m || Number(m[1]) !== year) return null;
  const n = Number(m[2]);
  return numberKey(year, n) === key ? n : null;
}

export function encodeKeySet(year: number, keys: Iterable<string>): KeySetCode {
  const nibbles: number[] = [];
  const others: string[] = [];
  for (const key of keys) {
    const n = numberOf(year, key);
    if (n === null) {
      others.push(key);
      continue;
    }
    while (nibbles.length <= n >> 2) nibbles.push(0);
    nibbles[n >> 2] |= 1 << (n & 3);
  }
  const code: { b?: string; x?: string[] } = {};
  if (nibbles.length) code.b = nibbles.map((v) => v.toString(16)).join('');
  if (others.length) code.x = [...new Set(others)].sort();
  return code;
}

/** The keys of a stored set; throws on anything that is not one (a damaged record). */
export function decodeKeySet(year: number, code: unknown): Set<string> {
  const keys = new Set<string>();
  if (code === undefined) return keys;
  const c = code as { b?: unknown; x?: unknown };
  if (typeof c !== 'object' || c === null) throw new Error('not a key set');
  if (c.b !== undefined) {
    if (typeof c.b !== 'string' || !/^[0-9a-f]*$/.test(c.b)) throw new Error('bad bitmap');
    for (let i = 0; i < c.b.length; i++) {
      const v = parseInt(c.b[i], 16);
      for (let j = 0; j < 4; j++) if (v & (1 << j)) keys.add(numberKey(year, i * 4 + j));
    }
  }
  if (c.x !== undefined) {
    if (!Array.isArray(c.x) || !c.x.every((k) => typeof k === 'string')) throw new Error('bad key list');
    for (const k of c.x as string[]) keys.add(k);
  }
  return keys;
}
