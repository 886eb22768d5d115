// How many lines wrapped text takes, and which row heights the writer may set.
import { fittedRowTag, wrappedLines } from '../../../runner/xlsx/rowHeight';

describe('fitting a row to wrapped text', () => {
  it('counts a CJK character wider than a digit, and each line break as a new line', () => {
    expect(wrappedLines('制定年度工作要点', 320)).toBe(1);
    expect(wrappedLines('修订《工会财务管理办法》和《优秀工会干部和积极分子评选办法》', 320)).toBe(2);
    expect(wrappedLines('尊敬的老师：\n\n您好！', 420)).toBe(3);
    expect(wrappedLines('1234567890', 40)).toBeGreaterThan(1);
  });

  it('stores the fitted height without claiming it was set by hand, and keeps a height the clerk set', () => {
    expect(fittedRowTag('<row r="6">', 2)).toBe('<row r="6" ht="30">');
    expect(fittedRowTag('<row r="6" ht="45">', 1)).toBe('<row r="6">');
    expect(fittedRowTag('<row r="1" ht="30" customHeight="1">', 4)).toBe('<row r="1" ht="30" customHeight="1">');
  });
});
