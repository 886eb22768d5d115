import { MemoryWorkbook } from '../../../runner/workbook';
import { createOfflineServices } from '../../../runner/services';

function setup(sheets: Record<string, unknown[][]> = {}) {
  const wb = MemoryWorkbook.create(sheets);
  const s = createOfflineServices({ workbook: wb, user: 'clerk@example.edu.cn' });
  const app = s.globals.SpreadsheetApp as GoogleAppsScript.Spreadsheet.SpreadsheetApp;
  return { wb, s, app, ss: app.getActiveSpreadsheet() };
}

describe('reading values as Apps Script returns them', () => {
  test('blanks are empty strings, numbers numbers, dates Date instants of the sheet time zone', () => {
    const wb = MemoryWorkbook.create();
    const born = wb.date('1988-06-22');
    wb.addSheet('会员名册');
    const { app } = (() => {
      const w = MemoryWorkbook.create({ 会员名册: [['工号', '姓名', '出生日期', '会费'], ['00123', '张三', born, 12.5], ['', '', '', '']] });
      const s = createOfflineServices({ workbook: w });
      return { app: s.globals.SpreadsheetApp as GoogleAppsScript.Spreadsheet.SpreadsheetApp };
    })();
    const sheet = app.getActiveSpreadsheet().getSheetByName('会员名册')!;
    const values = sheet.getRange(1, 1, 3, 4).getValues();
    expect(values[1]).toEqual(['00123', '张三', born, 12.5]);
    expect(values[2]).toEqual(['', '', '', '']);
    expect(values[1][2]).toBeInstanceOf(Date);
    // 1988 was a daylight-saving year in China: midnight was 15:00 UTC the day before.
    expect((values[1][2] as Date).toISOString()).toBe('1988-06-21T15:00:00.000Z');
    expect(sheet.getRange('C2').getDisplayValue()).toBe('1988-06-22');
  });

  test('a date typed as 2023-06-22 in an Asia/Shanghai sheet is 2023-06-21T16:00Z', () => {
    const { ss } = setup({ 表: [['日期']] });
    const r = ss.getSheetByName('表')!.getRange('A2');
    r.setValue('2023-06-22');
    expect((r.getValue() as Date).toISOString()).toBe('2023-06-21T16:00:00.000Z');
    expect(r.getDisplayValue()).toBe('2023-06-22');
    r.setNumberFormat('yyyy"年"m"月"d"日"');
    expect(r.getDisplayValue()).toBe('2023年6月22日');
  });

  test('getValues returns copies: mutating them does not change the sheet', () => {
    const { ss } = setup({ 表: [['a', 'b']] });
    const sheet = ss.getSheetByName('表')!;
    const v = sheet.getDataRange().getValues();
    v[0][0] = 'x';
    expect(sheet.getDataRange().getValues()[0][0]).toBe('a');
  });
});

describe('getLastRow and getDataRange', () => {
  test('an empty sheet has last row and column 0 and a 1×1 data range', () => {
    const { ss } = setup();
    const sheet = ss.insertSheet('空表');
    expect(sheet.getLastRow()).toBe(0);
    expect(sheet.getLastColumn()).toBe(0);
    expect(sheet.getDataRange().getA1Notation()).toBe('A1');
  });

  test('formatting, notes and validation do not count; formulas and values do', () => {
    const { ss, app } = setup({ 表: [['a'], ['b']] });
    const sheet = ss.getSheetByName('表')!;
    sheet.getRange('A10').setBackground('#ff0000').setNote('备注').setNumberFormat('@');
    sheet.getRange('B20').setDataValidation(app.newDataValidation().requireValueInList(['是', '否']).build());
    expect(sheet.getLastRow()).toBe(2);
    sheet.getRange('C5').setFormula('=A1');
    expect(sheet.getLastRow()).toBe(5);
    expect(sheet.getLastColumn()).toBe(3);
    sheet.getRange('C5').clearContent();
    expect(sheet.getLastRow()).toBe(2);
    expect(sheet.getRange(3, 1, 5, 2).getLastRow()).toBe(7);
  });

  test('writing an empty string clears the cell', () => {
    const { ss } = setup({ 表: [['a'], ['b']] });
    const sheet = ss.getSheetByName('表')!;
    sheet.getRange('A2').setValue('');
    expect(sheet.getLastRow()).toBe(1);
  });
});

describe('errors Apps Script raises', () => {
  test('setValues with the wrong number of rows or columns', () => {
    const { ss } = setup({ 表: [['a', 'b']] });
    const r = ss.getSheetByName('表')!.getRange(1, 1, 3, 2);
    expect(() => r.setValues([['x', 'y']])).toThrow('The number of rows in the data does not match the number of rows in the range. The data has 1 but the range has 3.');
    expect(() => r.setValues([['x'], ['y'], ['z']])).toThrow('The number of columns in the data does not match the number of columns in the range. The data has 1 but the range has 2.');
    expect(() => r.setValues(['x', 'y', 'z'] as unknown as unknown[][])).toThrow(/don't match the method signature/);
  });

  test('getRange outside the sheet throws until rows are inserted', () => {
    const { ss } = setup({ 表: [['a']] });
    const sheet = ss.getSheetByName('表')!;
    expect(sheet.getMaxRows()).toBe(1000);
    expect(() => sheet.getRange(1001, 1)).toThrow('The coordinates of the range are outside the dimensions of the sheet.');
    expect(() => sheet.getRange(999, 1, 5, 1)).toThrow('The coordinates of the range are outside the dimensions of the sheet.');
    expect(() => sheet.getRange(1, 27)).toThrow('The coordinates of the range are outside the dimensions of the sheet.');
    expect(() => sheet.getRange(0, 1)).toThrow('The starting row of the range is too small.');
    expect(() => sheet.getRange(1, 1, 0, 1)).toThrow('The number of rows in the range must be at least 1.');
    sheet.insertRowsAfter(sheet.getMaxRows(), 10);
    expect(sheet.getRange(1001, 1, 10, 1).getNumRows()).toBe(10);
  });

  test('a strict validation rejects a bad value; a lenient one (the default) accepts it', () => {
    const { ss, app } = setup({ 表: [['状态']] });
    const sheet = ss.getSheetByName('表')!;
    sheet.getRange('A2').setDataValidation(app.newDataValidation().requireValueInList(['在册', '退休']).setAllowInvalid(false).build());
    sheet.getRange('A3').setDataValidation(app.newDataValidation().requireValueInList(['在册', '退休']).build());
    expect(() => sheet.getRange('A2').setValue('离职')).toThrow('The data you entered in cell A2 violates the data validation rules set on this cell.');
    sheet.getRange('A2').setValue('在册');
    sheet.getRange('A3').setValue('离职');
    expect(sheet.getRange('A2:A3').getValues()).toEqual([['在册'], ['离职']]);
  });

  test('inserting a sheet whose name exists', () => {
    const { ss } = setup({ 设置: [['项目', '值']] });
    expect(() => ss.insertSheet('设置')).toThrow('A sheet with the name "设置" already exists. Please enter another name.');
  });
});

describe('write semantics of Sheets (USER_ENTERED)', () => {
  test('numeric strings become numbers unless the cell is plain text (@)', () => {
    const { ss } = setup({ 会员名册: [['工号', '手机']] });
    const sheet = ss.getSheetByName('会员名册')!;
    sheet.getRange('A2:B2').setValues([['00123', '13812345678']]);
    expect(sheet.getRange('A2:B2').getValues()).toEqual([[123, 13812345678]]);
    sheet.getRange(3, 1, 998, 2).setNumberFormat('@');
    sheet.getRange('A3:B3').setValues([['00123', '13812345678']]);
    expect(sheet.getRange('A3:B3').getValues()).toEqual([['00123', '13812345678']]);
    expect(sheet.getRange('A3').getNumberFormat()).toBe('@');
    expect(sheet.getRange('C3').getNumberFormat()).toBe('0.###############');
  });

  test('an 18-digit ID number written to a General cell loses digits, as on Google', () => {
    const { ss } = setup({ 表: [['身份证号']] });
    const r = ss.getSheetByName('表')!.getRange('A2');
    r.setValue('110101199003071234');
    expect(r.getValue()).toBe(110101199003071230);
    expect(r.getDisplayValue()).toBe('1.10101E+17');
  });

  test('a leading apostrophe forces text and is not returned', () => {
    const { ss } = setup({ 表: [['x']] });
    const r = ss.getSheetByName('表')!.getRange('A2:C2');
    r.setValues([["'00123", "'=SUM(A1)", "'-5"]]);
    expect(r.getValues()).toEqual([['00123', '=SUM(A1)', '-5']]);
    expect(r.getFormulas()).toEqual([['', '', '']]);
  });

  test('formulas are kept, read back as formulas, and their value is unknown offline', () => {
    const { ss } = setup({ 表: [[1, 2]] });
    const sheet = ss.getSheetByName('表')!;
    sheet.getRange('C1').setValue('=A1+B1');
    expect(sheet.getRange('C1').getFormula()).toBe('=A1+B1');
    expect(sheet.getRange('C1').getValue()).toBe('');
  });

  test('user text starting with - or + that is no number is a broken formula (#ERROR!)', () => {
    const { ss } = setup({ 表: [['备注']] });
    const r = ss.getSheetByName('表')!.getRange('A2:C2');
    r.setValues([['-已退休', '+86 138 1234 5678', '-5']]);
    expect(r.getValues()).toEqual([['#ERROR!', '#ERROR!', -5]]);
  });

  test('TRUE/FALSE, percentages and grouped numbers are parsed; other text stays text', () => {
    const { ss } = setup({ 表: [['x']] });
    const r = ss.getSheetByName('表')!.getRange('A2:E2');
    r.setValues([['true', '12%', '12,345.60', '张三 ', '1.2万']]);
    expect(r.getValues()).toEqual([[true, 0.12, 12345.6, '张三 ', '1.2万']]);
  });

  test('Date objects are stored as instants; display uses the sheet time zone', () => {
    const { ss, wb } = setup({ 表: [['x']] });
    const r = ss.getSheetByName('表')!.getRange('A2');
    r.setValue(new Date('2023-06-22T01:30:00Z'));
    expect((r.getValue() as Date).getTime()).toBe(Date.parse('2023-06-22T01:30:00Z'));
    expect(r.getDisplayValue()).toBe('2023-06-22 09:30:00');
    expect(wb.dirty).toBe(true);
  });

  test('appendRow writes after the last row and grows the sheet when full', () => {
    const { ss } = setup({ 发送记录: [['时间', '活动ID']] });
    const sheet = ss.getSheetByName('发送记录')!;
    sheet.appendRow(['2023-06-01 10:00', '2023-端午']);
    expect(sheet.getLastRow()).toBe(2);
    expect(sheet.getRange('B2').getValue()).toBe('2023-端午');
    sheet.deleteRows(3, 998);
    expect(sheet.getMaxRows()).toBe(2);
    sheet.appendRow(['x', 'y']);
    expect(sheet.getMaxRows()).toBe(3);
  });
});

describe('formats, layout and protection', () => {
  test('inserted rows inherit the formats of the row above', () => {
    const { ss } = setup({ 表: [['工号']] });
    const sheet = ss.getSheetByName('表')!;
    sheet.getRange(2, 1, 999, 1).setNumberFormat('@');
    sheet.getRange('A1').setFontWeight('bold').setBackground('#d9ead3');
    sheet.insertRowsAfter(1000, 5);
    expect(sheet.getRange('A1003').getNumberFormat()).toBe('@');
    sheet.getRange('A1003').setValue('00042');
    expect(sheet.getRange('A1003').getValue()).toBe('00042');
    sheet.insertRowsAfter(1, 1);
    expect(sheet.getRange('A2').getFontWeight()).toBe('bold');
    expect(sheet.getRange('A2').getBackground()).toBe('#d9ead3');
    expect(sheet.getRange('A2').getValue()).toBe('');
  });

  test('frozen rows, column widths, notes, backgrounds and validation read back', () => {
    const { ss, app } = setup({ 表: [['a', 'b']] });
    const sheet = ss.getSheetByName('表')!;
    sheet.setFrozenRows(1);
    sheet.setColumnWidths(1, 2, 160);
    sheet.getRange('A1:B1').setNotes([['工号，文本', '']]).setBackgrounds([['#ffff00', null as unknown as string]]);
    sheet.getRange('B2:B5').setDataValidation(app.newDataValidation().requireValueInList(['男', '女'], true).setHelpText('请选择').build());
    expect(sheet.getFrozenRows()).toBe(1);
    expect(sheet.getColumnWidth(2)).toBe(160);
    expect(sheet.getColumnWidth(3)).toBe(100);
    expect(sheet.getRange('A1:B1').getNotes()).toEqual([['工号，文本', '']]);
    expect(sheet.getRange('A1:B1').getBackgrounds()).toEqual([['#ffff00', '#ffffff']]);
    const dv = sheet.getRange('B3').getDataValidation()!;
    expect(String(dv.getCriteriaType())).toBe('VALUE_IN_LIST');
    expect(dv.getCriteriaValues()).toEqual([['男', '女'], true]);
    expect(dv.getHelpText()).toBe('请选择');
    expect(sheet.getRange('A3').getDataValidation()).toBeNull();
  });

  test('protecting a sheet: protect() returns the existing protection the second time', () => {
    const { ss, app } = setup({ 会员名册: [['工号']] });
    const sheet = ss.getSheetByName('会员名册')!;
    const p = sheet.protect().setDescription('仅管理员');
    p.addEditors(['admin@example.edu.cn']);
    p.removeEditors(['clerk@example.edu.cn']);
    p.setDomainEdit(false);
    expect(p.getEditors().map((u) => u.getEmail())).toEqual(['clerk@example.edu.cn', 'admin@example.edu.cn']);
    const again = sheet.protect();
    expect(again.getDescription()).toBe('仅管理员');
    expect(sheet.getProtections(app.ProtectionType.SHEET)).toHaveLength(1);
    expect(p.canEdit()).toBe(true);
    p.remove();
    expect(sheet.getProtections(app.ProtectionType.SHEET)).toHaveLength(0);
  });

  test('the active sheet and selection come from the workbook', () => {
    const { wb, app, ss } = setup({ 工作计划: [['月份']], 慰问活动: [['活动ID'], ['2023-端午'], ['2023-中秋']] });
    wb.setSelection('慰问活动', 'A3');
    expect(app.getActiveSheet().getName()).toBe('慰问活动');
    expect(app.getActiveRange()!.getValue()).toBe('2023-中秋');
    ss.insertSheet('新表', 0);
    expect(ss.getActiveSheet().getName()).toBe('新表');
    expect(ss.getSheets().map((s) => s.getName())).toEqual(['新表', '工作计划', '慰问活动']);
  });
});

describe('call counting', () => {
  test('every call of every object is counted by name', () => {
    const { s, ss } = setup({ 表: [['a']] });
    const sheet = ss.getSheetByName('表')!;
    sheet.getDataRange().getValues();
    sheet.getDataRange().getValues();
    expect(s.log.count('spreadsheet', 'Range.getValues')).toBe(2);
    expect(s.log.snapshot()).toEqual({
      'Range.getValues': 2,
      'Sheet.getDataRange': 2,
      'Spreadsheet.getSheetByName': 1,
      'SpreadsheetApp.getActiveSpreadsheet': 1,
    });
    expect(s.log.count('spreadsheet')).toBe(6);
    expect(s.log.count()).toBe(6);
  });

  test('failAt makes the k-th call throw before it happens', () => {
    const { s, ss } = setup({ 表: [['a']] });
    const sheet = ss.getSheetByName('表')!;
    s.log.failAt = s.log.count() + 2;
    const range = sheet.getRange('A1');
    expect(() => range.setValue('b')).toThrow('注入故障：第 4 次服务调用 Range.setValue');
    s.log.failAt = null;
    expect(sheet.getRange('A1').getValue()).toBe('a');
  });

  test('an unimplemented method fails loudly', () => {
    const { ss } = setup({ 表: [['a']] });
    const sheet = ss.getSheetByName('表')! as unknown as { getCharts(): unknown };
    expect(() => sheet.getCharts()).toThrow('Sheet.getCharts 离线运行器不支持 (not supported offline)');
  });
});
