import { numberText, scaleDecimal, toHalfWidth } from '../../../src/kernel/values/decimalText';

describe('decimal text', () => {
  test('full-width forms become ASCII', () => {
    expect(toHalfWidth('￥１２，３４５．６７％\u3000－')).toBe('¥12,345.67% -');
  });

  test('numbers are written as a clerk typed them, without float noise', () => {
    expect(numberText(0.1 + 0.2)).toBe('0.3');
    expect(numberText(12345.6)).toBe('12345.6');
    expect(numberText(1e-7)).toBe('0.00000010000000000000');
    expect(numberText(1e21)).toBeNull();
    expect(numberText(NaN)).toBeNull();
  });

  test('scaling rounds half up on the digits and says whether anything was dropped', () => {
    expect(scaleDecimal('12,345.675', 2)).toEqual({ value: 1234568, exact: false });
    expect(scaleDecimal('12345.60', 2)).toEqual({ value: 1234560, exact: true });
    expect(scaleDecimal('60', 4)).toEqual({ value: 600000, exact: true });
    expect(scaleDecimal('1,2', 2)).toBeNull();
    expect(scaleDecimal('9'.repeat(20), 2)).toBeNull();
  });
});
