import { createHash } from 'node:crypto';
import { sha256Hex } from '../../../src/kernel/text/sha256';

it('matches SHA-256 for ASCII, Chinese, emoji and block-boundary lengths', () => {
  for (const text of ['', 'abc', '端午安康', '😀'.repeat(30), 'x'.repeat(55), 'x'.repeat(56), 'x'.repeat(64), '慰问'.repeat(500)]) {
    expect(sha256Hex(text)).toBe(createHash('sha256').update(text, 'utf8').digest('hex'));
  }
});
