import { numberText } from '../../../src/kernel/values/numberText';
import { wallClock } from '../../../src/kernel/values/cell';

describe('工号 and 手机 stay text', () => {
  test('a phone number stored as a number becomes its digits, never 1.38E+10', () => {
    expect(numberText(13812345678, '手机')).toEqual({ ok: true, text: '13812345678' });
  });
  test('text keeps its leading zeros', () => {
    expect(numberText('001024', '工号')).toEqual({ ok: true, text: '001024' });
    expect(numberText(' 028-86290000 ', '手机')).toEqual({ ok: true, text: '028-86290000' });
  });
  test('scientific notation in the export means the digits are already lost: an error', () => {
    const r = numberText('1.38123E+10', '手机');
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.reason).toContain('科学计数法');
  });
  test('a fraction or a date is not an identifier', () => {
    expect(numberText(1001.5, '工号').ok).toBe(false);
    expect(numberText(wallClock('2023-01-01'), '工号').ok).toBe(false);
  });
});
