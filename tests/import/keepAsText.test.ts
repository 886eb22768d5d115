import { keepAsText } from '../../src/import/keepAsText';

describe('text written to a sheet stays the text it was', () => {
  test.each(['001024', '13812345678', '510103198503071234', '028-86290000', '1985-03-07', '1,000'])('%s gets the apostrophe', (s) => {
    expect(keepAsText(s)).toBe(`'${s}`);
  });
  test('formulas are escaped as before', () => {
    expect(keepAsText('=1+1')).toBe("'=1+1");
    expect(keepAsText('+86 138')).toBe("'+86 138");
  });
  test('ordinary text, numbers and other cells are untouched', () => {
    expect(keepAsText('张三')).toBe('张三');
    expect(keepAsText('1号楼')).toBe('1号楼');
    expect(keepAsText('a@b.cn')).toBe('a@b.cn');
    expect(keepAsText(12.5)).toBe(12.5);
    expect(keepAsText('')).toBe('');
  });
});
