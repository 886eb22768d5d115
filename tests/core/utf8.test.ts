import { utf8Bytes, utf8Length } from '../../src/core/utf8';

describe('utf8', () => {
  it('encodes like Node does, Chinese and emoji included', () => {
    for (const s of ['', 'abc', '工会助手', 'é', '😀 三八节', '\u0800\uffff', 'a\ud800b', '\udc00']) {
      expect([...utf8Bytes(s)]).toEqual([...Buffer.from(s, 'utf8')]);
    }
  });

  it('counts octets per code point', () => {
    expect(['a', 'é', '工', '😀'].map((c) => utf8Length(c.codePointAt(0)!))).toEqual([1, 2, 3, 4]);
  });
});
