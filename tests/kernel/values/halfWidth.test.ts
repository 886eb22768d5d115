import { halfWidth } from '../../../src/kernel/values/halfWidth';

test('full-width letters, digits, punctuation and the ideographic space become ASCII', () => {
  expect(halfWidth('ＥＭＡＩＬ：１９８５（元）\u3000Ｍ')).toBe('EMAIL:1985(元) M');
  expect(halfWidth('工号')).toBe('工号');
});
