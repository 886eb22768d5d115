/**
 * Apps Script enums are objects, not strings: `String(e)` and `e.toString()` give the name, JSON
 * gives the name, but `e === 'YES'` is false on Google. Offline enums behave the same, so code
 * comparing an enum to a string literal fails here as it would there.
 */
export interface EnumValue {
  name(): string;
  ordinal(): number;
  toString(): string;
  toJSON(): string;
}

export type EnumOf<K extends string> = Readonly<Record<K, EnumValue>>;

export function makeEnum<K extends string>(typeName: string, names: readonly K[]): EnumOf<K> {
  const out = {} as Record<K, EnumValue>;
  names.forEach((n, i) => {
    const v: EnumValue = Object.freeze({
      name: () => n,
      ordinal: () => i,
      toString: () => n,
      toJSON: () => n,
      [Symbol.toStringTag]: `${typeName}.${n}`,
    });
    out[n] = v;
  });
  return Object.freeze(out);
}

/** The name of an enum value, or of a string passed where an enum is expected. */
export function enumName(v: unknown): string {
  return v === null || v === undefined ? '' : String(v);
}
