import { clipText } from '../../../src/kernel/text/clipText';

describe('clipping a long cell for a message or a log', () => {
  it('keeps short text as it is and marks a cut', () => {
    expect(clipText('王秀英', 50)).toBe('王秀英');
    expect(clipText('长'.repeat(60), 50)).toBe(`${'长'.repeat(50)}……`);
  });

  it('counts 𠮷 and emoji as one character each and never splits them', () => {
    expect(clipText('𠮷😀'.repeat(3), 3)).toBe('𠮷😀𠮷……');
  });
});
