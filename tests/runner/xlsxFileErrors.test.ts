// A file that is not a workbook stops the command with a Chinese sentence naming the file and
// what to do, never a raw zip or file-system error.
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadXlsx, WorkbookFileError } from '../../runner/xlsxStore';
import { newEntry, writeZip } from '../../runner/xlsx/zipPackage';

const dir = mkdtempSync(join(tmpdir(), 'ud-xlsx-errors-'));
const message = async (path: string) => {
  const e = await loadXlsx(path).then(() => null, (err: unknown) => err);
  expect(e).toBeInstanceOf(WorkbookFileError);
  expect((e as Error).message).toContain(path);
  expect((e as Error).message).not.toMatch(/central directory|EISDIR|ENOENT|undefined/);
  return (e as Error).message;
};

test.each([
  ['an empty file', (p: string) => writeFileSync(p, ''), '文件是空的'],
  ['an old .xls (OLE)', (p: string) => writeFileSync(p, Buffer.from('d0cf11e0a1b11ae1' + '00'.repeat(504), 'hex')), '旧版 Excel 97-2003（.xls）'],
  ['a text file named .xlsx', (p: string) => writeFileSync(p, '工号,姓名\n'), '这不是 .xlsx 文件'],
  ['a folder', (p: string) => mkdirSync(p), '这是一个文件夹'],
  ['a zip cut short (a copy interrupted)', (p: string) => writeFileSync(p, readFileSync(join(__dirname, '..', 'fixtures', 'xlsx', 'google.xlsx')).subarray(0, 9000)), '文件已损坏'],
  ['a zip that is not a workbook', (p: string) => writeFileSync(p, writeZip([newEntry('说明.txt', Buffer.from('不是工作簿'))])), '缺少 xl/workbook.xml'],
])('%s', async (_what, make, text) => {
  const path = join(dir, `${_what.replace(/\W+/g, '-')}.xlsx`);
  make(path);
  const msg = await message(path);
  expect(msg).toContain(text);
  expect(msg).toMatch(/^无法读取工作簿 /);
});

test('a missing file is named', async () => {
  expect(await message(join(dir, '没有这个.xlsx'))).toContain('找不到工作簿文件');
});
