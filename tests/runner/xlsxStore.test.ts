import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import ExcelJS from 'exceljs';
import { loadXlsx, saveXlsx, newWorkbook } from '../../runner/xlsxStore';
import { MemoryWorkbook } from '../../runner/workbook';
import { createOfflineServices } from '../../runner/services';
import { runChild } from './childScript';
import { explainWriteError } from '../../runner/atomicWrite';
import { readZip } from '../../runner/xlsx/zipPackage';

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'ud-xlsx-'));
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

/** The sample a clerk's workbook looks like after 初始化工作簿 and some typing. */
function sample(): MemoryWorkbook {
  const wb = newWorkbook();
  const s = createOfflineServices({ workbook: wb });
  const app = s.globals.SpreadsheetApp as GoogleAppsScript.Spreadsheet.SpreadsheetApp;
  const ss = app.getActiveSpreadsheet();
  const roster = ss.insertSheet('会员名册');
  roster.getRange(1, 1, 1, 6).setValues([['工号', '姓名', '出生日期', '手机', '在册', '会费']]).setFontWeight('bold').setBackground('#d9ead3');
  roster.getRange(2, 1, 999, 1).setNumberFormat('@');
  roster.getRange(2, 4, 999, 1).setNumberFormat('@');
  roster.getRange(2, 1, 2, 6).setValues([
    ['00123', '张三', '1988-06-22', '13812345678', true, 12.5],
    ['00124', "'=不是公式", '2023-06-22 09:30', '13900000000', false, 0],
  ]);
  roster.getRange('F4').setFormula('=SUM(F2:F3)');
  roster.setFrozenRows(1);
  roster.setColumnWidth(2, 160);
  roster.getRange('A1').setNote('工号为文本');
  roster.getRange(2, 5, 10, 1).setDataValidation(app.newDataValidation().requireValueInList(['在册', '退休', '离校']).setAllowInvalid(false).setHelpText('请选择').build());
  ss.deleteSheet(ss.getSheetByName('工作表1')!);
  return wb;
}

test('a workbook round-trips: text with leading zeros, numbers, booleans, dates, formulas, formats and layout', async () => {
  const file = path.join(dir, 'roundtrip.xlsx');
  const original = sample();
  await saveXlsx(original, file);
  const { workbook, warnings } = await loadXlsx(file, { timeZone: 'Asia/Shanghai' });
  expect(warnings).toEqual([]);
  expect(workbook.sheets.map((s) => s.name)).toEqual(['会员名册']);
  const sheet = workbook.sheet('会员名册')!;
  expect(sheet.dump()).toEqual(original.sheet('会员名册')!.dump());
  expect(sheet.dump()[1]).toEqual(['00123', '张三', workbook.date('1988-06-22'), '13812345678', true, 12.5]);
  expect(sheet.dump()[2][1]).toBe('=不是公式');
  expect(sheet.dump()[2][2]).toEqual(workbook.date('2023-06-22', '09:30:00'));
  expect(sheet.formulas.get(4, 6)).toBe('=SUM(F2:F3)');
  // The '@' set on rows 2–1000 is kept once, for the column; the header keeps General.
  expect(sheet.columnFormats.get(1)).toBe('@');
  expect(sheet.formatAt(500, 1)).toBe('@');
  expect(sheet.formatAt(1, 1)).toBe('General');
  expect(sheet.formatAt(2, 2)).toBe('General');
  expect(sheet.bold.get(1, 3)).toBe(true);
  expect(sheet.backgrounds.get(1, 1)).toBe('#d9ead3');
  expect(sheet.frozenRows).toBe(1);
  expect(sheet.columnWidths.get(2)).toBe(160);
  expect(sheet.notes.get(1, 1)).toBe('工号为文本');
  expect(sheet.validations.get(5, 5)).toEqual({ type: 'VALUE_IN_LIST', values: ['在册', '退休', '离校'], showDropdown: true, allowInvalid: false, helpText: '请选择' });
  expect(sheet.validations.get(12, 5)).toBeUndefined();
  // And through the services: getValues/getDisplayValues as the bundle sees them.
  const app = createOfflineServices({ workbook }).globals.SpreadsheetApp as GoogleAppsScript.Spreadsheet.SpreadsheetApp;
  const r = app.getActiveSpreadsheet().getSheetByName('会员名册')!.getRange('A2:D3');
  expect(r.getDisplayValues()).toEqual([['00123', '张三', '1988-06-22', '13812345678'], ['00124', '=不是公式', '2023-06-22 09:30:00', '13900000000']]);
  // A further typed '00125' in the text column stays text after the reload.
  app.getActiveSpreadsheet().getSheetByName('会员名册')!.getRange('A900').setValue('00125');
  expect(sheet.values.get(900, 1)).toBe('00125');
});

test('a workbook written by Excel: column formats, rich text, errors, cached formula results, apostrophes', async () => {
  const file = path.join(dir, 'excel.xlsx');
  const xl = new ExcelJS.Workbook();
  const ws = xl.addWorksheet('帮扶台账');
  ws.getColumn(1).numFmt = '@';
  ws.getCell('A1').value = '申请编号';
  ws.getCell('A2').value = '0007';
  ws.getCell('B2').value = { richText: [{ text: '心脏', font: { bold: true } }, { text: '病' }] };
  ws.getCell('C2').value = { error: '#N/A' } as ExcelJS.CellErrorValue;
  ws.getCell('D2').value = { formula: 'E2*2', result: 240 } as ExcelJS.CellFormulaValue;
  ws.getCell('E2').value = 120;
  ws.getCell('F2').value = "'00999";
  ws.getCell('G2').value = new Date(Date.UTC(2023, 10, 15));
  ws.getCell('G2').numFmt = 'yyyy-mm-dd';
  ws.getCell('H2').value = { text: '链接', hyperlink: 'https://example.com' };
  await xl.xlsx.writeFile(file);
  const { workbook } = await loadXlsx(file);
  const sheet = workbook.sheet('帮扶台账')!;
  expect(sheet.dump()[1]).toEqual(['0007', '心脏病', '#N/A', 240, 120, '00999', workbook.date('2023-11-15'), '链接']);
  expect(sheet.formulas.get(2, 4)).toBe('=E2*2');
  expect(sheet.formatAt(5000, 1)).toBe('@');
  expect(sheet.formats.get(2, 1)).toBeUndefined(); // kept once for the column, not per cell
});

test('saving keeps the file as it was before the run in .backups/, the last ten runs, and writes atomically', async () => {
  const sub = fs.mkdtempSync(path.join(dir, 'bak-'));
  const file = path.join(sub, 'bak.xlsx');
  const backups = () => (fs.existsSync(path.join(sub, '.backups')) ? fs.readdirSync(path.join(sub, '.backups')).sort() : []);
  const created = MemoryWorkbook.create({ 设置: [['项目', '值'], ['单位名称', '某大学工会']] });
  await saveXlsx(created, file);
  await saveXlsx(created, file);
  expect(backups()).toEqual([]); // nothing existed before this run
  const before = fs.readFileSync(file);

  const { workbook: run } = await loadXlsx(file);
  run.sheet('设置')!.values.set(2, 2, '改过的名字');
  await saveXlsx(run, file);
  expect(backups()).toHaveLength(1);
  expect(backups()[0]).toMatch(/^bak\.\d{8}-\d{6}-\d{3}\.xlsx$/);
  expect(fs.readFileSync(path.join(sub, '.backups', backups()[0])).equals(before)).toBe(true);
  run.sheet('设置')!.values.set(2, 2, '第三次');
  await saveXlsx(run, file);
  // Still one backup: the file from before this run's first write.
  expect(backups()).toHaveLength(1);
  expect((await loadXlsx(file)).workbook.sheet('设置')!.values.get(2, 2)).toBe('第三次');
  expect(fs.readdirSync(sub).filter((f) => f.endsWith('.tmp'))).toEqual([]);

  for (let i = 0; i < 12; i++) {
    const { workbook } = await loadXlsx(file);
    workbook.sheet('设置')!.values.set(2, 2, `第 ${i} 次`);
    await saveXlsx(workbook, file);
  }
  expect(backups()).toHaveLength(10);
  // The newest backup is the file before the last run.
  expect((await loadXlsx(path.join(sub, '.backups', backups()[9]))).workbook.sheet('设置')!.values.get(2, 2)).toBe('第 10 次');
});

test('a save with nothing changed leaves the file untouched, and no backup is made', async () => {
  const sub = fs.mkdtempSync(path.join(dir, 'same-'));
  const file = path.join(sub, 'same.xlsx');
  await saveXlsx(sample(), file);
  const before = fs.readFileSync(file);
  const mtime = fs.statSync(file).mtimeMs;
  const { workbook } = await loadXlsx(file);
  workbook.sheet('会员名册')!.values.set(2, 2, '张三'); // the same value again
  workbook.dirty = true;
  await saveXlsx(workbook, file);
  expect(fs.readFileSync(file).equals(before)).toBe(true);
  expect(fs.statSync(file).mtimeMs).toBe(mtime);
  expect(fs.existsSync(path.join(sub, '.backups'))).toBe(false);
});

test('only the sheets a command looks at are parsed; the others are copied as they are', async () => {
  const file = path.join(dir, 'lazy.xlsx');
  await saveXlsx(MemoryWorkbook.create({ 设置: [['项目', '值']], 会员名册: [['工号'], ['000001']], 帮扶台账: [['申请编号']] }), file);
  const { workbook } = await loadXlsx(file);
  expect(workbook.sheets.map((s) => s.loaded)).toEqual([false, false, false]);
  workbook.sheet('设置')!.values.set(2, 1, '单位名称');
  await saveXlsx(workbook, file);
  expect(workbook.sheets.map((s) => s.loaded)).toEqual([true, false, false]);
  const back = (await loadXlsx(file)).workbook;
  expect(back.sheet('设置')!.dump()).toEqual([['项目', '值'], ['单位名称', '']]);
  expect(back.sheet('会员名册')!.dump()).toEqual([['工号'], ['000001']]);
});

test('a workbook with an image loads without warnings and keeps the image through a save', async () => {
  const file = path.join(dir, 'image.xlsx');
  const xl = new ExcelJS.Workbook();
  const ws = xl.addWorksheet('工作计划');
  ws.getCell('A1').value = '月份';
  // A 1×1 PNG.
  const png = Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==', 'base64');
  const id = xl.addImage({ buffer: png as unknown as ExcelJS.Buffer, extension: 'png' });
  ws.addImage(id, 'C3:D4');
  await xl.xlsx.writeFile(file);
  const { workbook, warnings } = await loadXlsx(file);
  expect(workbook.sheet('工作计划')!.values.get(1, 1)).toBe('月份');
  expect(warnings).toEqual([]);
  workbook.sheet('工作计划')!.values.set(2, 1, '一月');
  await saveXlsx(workbook, file);
  const names = readZip(fs.readFileSync(file)).map((e) => e.name);
  expect(names.filter((n) => n.startsWith('xl/media/image'))).toHaveLength(1);
  expect((await loadXlsx(file)).workbook.sheet('工作计划')!.values.get(2, 1)).toBe('一月');
});

test('a save that cannot replace the file (open in Excel/WPS) explains itself in Chinese', () => {
  for (const code of ['EBUSY', 'EPERM', 'EACCES']) {
    const e = explainWriteError(Object.assign(new Error(`${code}: resource busy or locked`), { code }), 'D:/工会/名册.xlsx') as Error;
    expect(e.message).toBe(`无法写入 D:/工会/名册.xlsx：文件正被其他程序占用（${code}）。请先在 Excel/WPS 中关闭该文件后重试。`);
  }
  const other = new Error('ENOSPC');
  expect(explainWriteError(other, 'x')).toBe(other);
});

test('date cells keep their calendar date whatever the process time zone (TZ=America/Los_Angeles)', async () => {
  const file = path.join(dir, 'tz.xlsx');
  const wb = MemoryWorkbook.create({ 会员名册: [['姓名', '出生日期', '入职日期']] });
  wb.sheet('会员名册')!.values.set(2, 1, '张三');
  wb.sheet('会员名册')!.values.set(2, 2, wb.date('1988-06-22'));
  wb.sheet('会员名册')!.values.set(2, 3, wb.date('2023-03-12', '08:30:00'));
  await saveXlsx(wb, file);
  const out = runChild(`
    import { loadXlsx, saveXlsx } from './runner/xlsxStore';
    import { createOfflineServices } from './runner/services';
    (async () => {
      const file = process.env.XLSX!;
      const { workbook } = await loadXlsx(file, { timeZone: 'Asia/Shanghai' });
      const app = createOfflineServices({ workbook }).globals.SpreadsheetApp as GoogleAppsScript.Spreadsheet.SpreadsheetApp;
      const sheet = app.getActiveSpreadsheet().getSheetByName('会员名册')!;
      const shown = sheet.getRange('B2:C2').getDisplayValues()[0];
      const instants = (sheet.getRange('B2:C2').getValues()[0] as Date[]).map((d) => d.toISOString());
      sheet.getRange('B3').setValue('1990-12-31');
      await saveXlsx(workbook, file);
      console.log(JSON.stringify({ tz: Intl.DateTimeFormat().resolvedOptions().timeZone, offset: new Date(2023, 5, 1).getTimezoneOffset(), shown, instants }));
    })();
  `, { TZ: 'America/Los_Angeles', XLSX: file });
  const child = JSON.parse(out);
  expect(child.tz).toBe('America/Los_Angeles');
  expect(child.offset).toBe(420);
  expect(child.shown).toEqual(['1988-06-22', '2023-03-12 08:30:00']);
  expect(child.instants).toEqual([wb.date('1988-06-22').toISOString(), wb.date('2023-03-12', '08:30:00').toISOString()]);
  // What the Los Angeles process wrote reads back here as the same calendar date.
  const back = (await loadXlsx(file, { timeZone: 'Asia/Shanghai' })).workbook;
  expect(back.sheet('会员名册')!.values.get(3, 2)).toEqual(back.date('1990-12-31'));
});

test('5,000 rows with a text column load and save (50,000: scripts/bench/xlsxStore.mjs)', async () => {
  const file = path.join(dir, 'big.xlsx');
  const rows: unknown[][] = [['工号', '姓名', '分会', '金额']];
  for (let i = 1; i <= 5_000; i++) rows.push([String(i).padStart(6, '0'), `会员${i}`, `分会${i % 30}`, i * 1.5]);
  const wb = MemoryWorkbook.create({ 会员名册: rows });
  wb.sheet('会员名册')!.columnFormats.set(1, '@');
  const t0 = Date.now();
  await saveXlsx(wb, file);
  const { workbook } = await loadXlsx(file);
  const ms = Date.now() - t0;
  const sheet = workbook.sheet('会员名册')!;
  expect(sheet.lastRow()).toBe(5_001);
  expect(sheet.values.get(5_001, 1)).toBe('005000');
  expect(sheet.formatAt(5_001, 1)).toBe('@');
  expect(ms).toBeLessThan(60_000); // a sanity bound, not a benchmark
}, 120_000);
