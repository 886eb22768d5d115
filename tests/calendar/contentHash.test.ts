import { contentHash } from '../../src/calendar/contentHash';

describe('contentHash', () => {
  it('is FNV-1a in its first lane (known test vectors)', () => {
    expect(contentHash('').slice(0, 8)).toBe('811c9dc5');
    expect(contentHash('a').slice(0, 8)).toBe('e40c292c');
    expect(contentHash('foobar').slice(0, 8)).toBe('bf9cf968');
  });

  it('gives 16 hex digits, the same for the same text and different for a one-character edit', () => {
    const h = contentHash('教职工篮球系列赛');
    expect(h).toMatch(/^[0-9a-f]{16}$/);
    expect(contentHash('教职工篮球系列赛')).toBe(h);
    expect(contentHash('教职工排球系列赛')).not.toBe(h);
  });
});
