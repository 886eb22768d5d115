import { utf8Bytes, utf8Length } from '../../src/core/utf8';

it('encodes like Node does, and counts bytes the way property size limits do', () => {
  for (const text of ['abc', '王秀英', 'é', '😀', 'a端😀é']) {
    expect(utf8Bytes(text)).toEqual([...Buffer.from(text, 'utf8')]);
    expect(utf8Length(text)).toBe(Buffer.byteLength(text, 'utf8'));
  }
});
