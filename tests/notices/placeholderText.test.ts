import { placeholderText } from '../../src/notices/placeholderText';
import { wallClock } from '../../src/kernel/values/cell';

it('writes cells the way a notice reads them', () => {
  expect(placeholderText(wallClock('2023-06-20'))).toBe('2023年6月20日');
  expect(placeholderText(wallClock('2023-06-09', '09:30:00'))).toBe('2023年6月9日 09:30');
  expect(placeholderText(3000)).toBe('3000');
  expect(placeholderText(0.1 + 0.2)).toBe('0.3');
  expect(placeholderText(true)).toBe('是');
  expect(placeholderText(' 雅安 ')).toBe('雅安');
});
