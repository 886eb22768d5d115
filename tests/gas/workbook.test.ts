import { Workbook } from '../../src/gas/workbook';
import { CallLog } from '../../runner/services/callLog';
import { createSpreadsheetApp } from '../../runner/services/spreadsheet';
import { OfflineUi } from '../../runner/services/ui';
import { createUtilities } from '../../runner/services/utilities';
import { MemoryWorkbook } from '../../runner/workbook';

function workbook() {
  const wb = MemoryWorkbook.create();
  const sheet = wb.addSheet('慰问活动');
  sheet.values.set(1, 1, '活动ID');
  sheet.values.set(2, 1, '2023-端午');
  const log = new CallLog();
  const book = new Workbook(createSpreadsheetApp(wb, log, new OfflineUi()), createUtilities(log));
  return { book, log };
}

describe('a workbook read once per run, however many readers', () => {
  it('gives the second reader the same values without another getValues', () => {
    const { book, log } = workbook();
    expect(book.read('慰问活动')).toEqual([['活动ID'], ['2023-端午']]);
    expect(book.read('慰问活动')).toEqual([['活动ID'], ['2023-端午']]);
    expect(log.count('spreadsheet', 'Range.getValues')).toBe(1);
    expect(book.read('设置')).toBeNull();
  });

  it('reads a sheet again after writing to it', () => {
    const { book, log } = workbook();
    book.read('慰问活动');
    book.write('慰问活动', { row: 3, column: 1, values: [['2023-中秋']] });
    expect(book.read('慰问活动')).toEqual([['活动ID'], ['2023-端午'], ['2023-中秋']]);
    expect(log.count('spreadsheet', 'Range.getValues')).toBe(2);
  });
});
