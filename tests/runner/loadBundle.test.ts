import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { loadBundle } from '../../runner/loadBundle';
import { MemoryWorkbook } from '../../runner/workbook';
import { createOfflineServices } from '../../runner/services';

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'ud-bundle-'));
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

const BUNDLE = `
var UnionDesk = (() => {
  function birthdays() {
    const sheet = SpreadsheetApp.getActiveSpreadsheet().getSheetByName('会员名册');
    const values = sheet.getDataRange().getValues();
    return values.slice(1).map((r) => [r[1], r[2] instanceof Date, Utilities.formatDate(r[2], 'Asia/Shanghai', 'MM-dd')]);
  }
  function stamp() {
    const d = new Date(Date.UTC(2023, 5, 21, 16));
    SpreadsheetApp.getActiveSheet().getRange('D2').setValue(d);
    return typeof setTimeout + ',' + typeof require + ',' + typeof process;
  }
  function boom() { throw new Error('工作表“设置”缺少表头'); }
  return { birthdays, stamp, boom };
})();
function birthdays() { return UnionDesk.birthdays.apply(this, arguments); }
function stamp() { return UnionDesk.stamp.apply(this, arguments); }
function boom() { return UnionDesk.boom.apply(this, arguments); }
`;

test('runs top-level functions of a bundle on the offline services', () => {
  const file = path.join(dir, 'Code.js');
  fs.writeFileSync(file, BUNDLE);
  const wb = MemoryWorkbook.create({ 会员名册: [['工号', '姓名', '出生日期'], ['00123', '张三', null], ['00124', '李四', null]] });
  wb.sheets[0].values.set(2, 3, wb.date('1988-06-22'));
  wb.sheets[0].values.set(3, 3, wb.date('1990-12-31'));
  const s = createOfflineServices({ workbook: wb });
  const b = loadBundle(file, s.globals);
  expect(b.call('birthdays')).toEqual([['张三', true, '06-22'], ['李四', true, '12-31']]);
  // Apps Script has no timers, require or process; neither has the context.
  expect(b.call('stamp')).toBe('undefined,undefined,undefined');
  expect((wb.sheets[0].values.get(2, 4) as Date).toISOString()).toBe('2023-06-21T16:00:00.000Z');
  expect(s.log.count('spreadsheet', 'Range.getValues')).toBe(1);
});

test('errors thrown inside surface with their message; unknown functions are named', () => {
  const file = path.join(dir, 'Code2.js');
  fs.writeFileSync(file, BUNDLE);
  const b = loadBundle(file, createOfflineServices({ workbook: MemoryWorkbook.create() }).globals);
  expect(() => b.call('boom')).toThrow('工作表“设置”缺少表头');
  let caught: unknown;
  try { b.call('boom'); } catch (e) { caught = e; }
  expect(caught).toBeInstanceOf(Error);
  expect(() => b.call('nope')).toThrow(/没有顶层函数 nope/);
});

test('a changed bundle file is recompiled; each load gets a fresh context', () => {
  const file = path.join(dir, 'Code3.js');
  fs.writeFileSync(file, 'var n = 0; function next() { return ++n; }');
  const globals = createOfflineServices({ workbook: MemoryWorkbook.create() }).globals;
  const a = loadBundle(file, globals);
  expect(a.call('next')).toBe(1);
  expect(a.call('next')).toBe(2);
  expect(loadBundle(file, globals).call('next')).toBe(1);
  fs.writeFileSync(file, 'function next() { return "v2, longer source"; }');
  expect(loadBundle(file, globals).call('next')).toBe('v2, longer source');
});
