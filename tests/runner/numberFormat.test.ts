import { displayValue, isDateFormat } from '../../runner/numberFormat';
import { parseA1, toA1, splitSheetName } from '../../runner/a1';
import { wallToInstant } from '../../runner/timeZone';

const tz = 'Asia/Shanghai';

test.each([
  [12345.6, '#,##0.00', '12,345.60'],
  [0.125, '0.00%', '12.50%'],
  [1234.5, '"¥"#,##0.00', '¥1,234.50'],
  [-3.456, '0.0', '-3.5'],
  [42, '0', '42'],
  [1.5, '0.###', '1.5'],
  // 比例(%) as 初始化工作簿 formats it: never a dangling point.
  [10, '0.0###', '10.0'],
  [12.5, '0.0###', '12.5'],
  [12.3456, '0.0###', '12.3456'],
  [13812345678, 'General', '13812345678'],
  [1 / 3, 'General', '0.3333333333'],
])('number %p under %p shows %p', (v, f, shown) => {
  expect(displayValue(v, f, tz)).toBe(shown);
});

test('dates show with Sheets date formats in the sheet time zone', () => {
  const d = wallToInstant({ y: 2023, mo: 6, d: 22, h: 14, mi: 5 }, tz);
  expect(displayValue(d, 'yyyy-mm-dd', tz)).toBe('2023-06-22');
  expect(displayValue(d, 'yyyy/m/d h:mm', tz)).toBe('2023/6/22 14:05');
  expect(displayValue(d, 'h:mm am/pm', tz)).toBe('2:05 PM');
  expect(displayValue(d, 'dddd, mmmm d', tz)).toBe('Thursday, June 22');
  expect(displayValue(d, 'General', tz)).toBe('2023-06-22 14:05:00');
  expect(displayValue(true, 'General', tz)).toBe('TRUE');
  expect(isDateFormat('yyyy-mm-dd')).toBe(true);
  expect(isDateFormat('#,##0.00')).toBe(false);
  expect(isDateFormat('@')).toBe(false);
});

test('A1 notation', () => {
  expect(parseA1('B2:D5', 1000, 26)).toEqual({ row: 2, column: 2, numRows: 4, numColumns: 3 });
  expect(parseA1('$AA$10', 1000, 26)).toEqual({ row: 10, column: 27, numRows: 1, numColumns: 1 });
  expect(parseA1('A:C', 1000, 26)).toEqual({ row: 1, column: 1, numRows: 1000, numColumns: 3 });
  expect(parseA1('2:3', 1000, 26)).toEqual({ row: 2, column: 1, numRows: 2, numColumns: 26 });
  expect(parseA1('A', 1000, 26)).toBeNull();
  expect(toA1({ row: 1, column: 28, numRows: 2, numColumns: 2 })).toBe('AB1:AC2');
  expect(splitSheetName("'工作 计划'!A1:B2")).toEqual({ sheet: '工作 计划', ref: 'A1:B2' });
});
