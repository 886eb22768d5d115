import { splitUtf8, utf8Bytes, utf8CodePointLength, utf8Length } from '../../../src/kernel/text/utf8';

describe('UTF-8 without TextEncoder (Apps Script has none)', () => {
  it.each(['', 'abc', '工会助手', 'é', '😀𠮷', '端午安康 🎉 & <b>'])('encodes %j as Node does', (text) => {
    expect([...utf8Bytes(text)]).toEqual([...Buffer.from(text, 'utf8')]);
    expect(utf8Length(text)).toBe(Buffer.byteLength(text, 'utf8'));
  });

  it('turns a lone surrogate into U+FFFD as TextEncoder does', () => {
    for (const s of ['\ud800', 'a\udc00b']) {
      expect([...utf8Bytes(s)]).toEqual([...Buffer.from(s, 'utf8')]);
    }
  });

  it('knows the length of one code point', () => {
    expect(['a', 'é', '工', '😀'].map((c) => utf8CodePointLength(c.codePointAt(0)!))).toEqual([1, 2, 3, 4]);
  });

  it('splits a text into pieces of limited octets, never inside a character', () => {
    expect(splitUtf8('a😀b工', 4)).toEqual(['a', '😀', 'b工']);
    expect(splitUtf8('abcdef', 3, 2)).toEqual(['abc', 'de', 'f']);
  });
});
