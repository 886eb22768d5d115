import { CsvError, parseCsv } from '../../runner/parseCsv';

describe('CSV as Excel and HR systems write it', () => {
  test('quoted fields with commas, doubled quotes and line breaks', () => {
    expect(parseCsv('工号,姓名,备注\r\n001024,"李,四","他说""好""\r\n第二行"\r\n')).toEqual([
      ['工号', '姓名', '备注'],
      ['001024', '李,四', '他说"好"\r\n第二行'],
    ]);
  });

  test('every field stays text: leading zeros, long digits, ="…" protection', () => {
    expect(parseCsv('工号,手机,身份证号\n001024,13812345678,="510103198503071234"')).toEqual([
      ['工号', '手机', '身份证号'],
      ['001024', '13812345678', '510103198503071234'],
    ]);
  });

  test('LF, CR, CRLF; empty fields; trailing blank lines dropped', () => {
    expect(parseCsv('a,b\rc,\n,d\r\n\r\n,\n')).toEqual([['a', 'b'], ['c', ''], ['', 'd']]);
    expect(parseCsv('')).toEqual([]);
  });

  test('tab-separated when the header line has tabs', () => {
    expect(parseCsv('工号\t姓名\n1\t张,三')).toEqual([['工号', '姓名'], ['1', '张,三']]);
  });

  test('an unterminated quote is an error naming its line', () => {
    expect(() => parseCsv('a,b\n1,"oops\n2,3')).toThrow(new CsvError('第 2 行开始的引号没有配对，文件可能不完整'));
  });
});
