import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { ImportFileError, readImportBytes, readImportFile } from '../../runner/importFile';
import { ROSTER_IMPORT, planImport } from '../../src/import/importMerge';
import { wallClock } from '../../src/kernel/values/cell';
import { ROSTER_SPEC } from '../../src/kernel/sheets/schema';
import { GB, gbBytes } from '../support/gb18030';

async function xlsxBytes(fill: (ws: ExcelJS.Worksheet, wb: ExcelJS.Workbook) => void): Promise<Uint8Array> {
  const wb = new ExcelJS.Workbook();
  fill(wb.addWorksheet('花名册'), wb);
  return new Uint8Array(await wb.xlsx.writeBuffer());
}

const failure = async (p: Promise<unknown>) => {
  const e = await p.then(() => null, (err: unknown) => err);
  expect(e).toBeInstanceOf(ImportFileError);
  return (e as Error).message;
};

describe('an HR export saved as .xlsx', () => {
  test('the first sheet is read: dates as dates, phone numbers and 000000-formatted 工号 as their digits', async () => {
    const bytes = await xlsxBytes((ws, wb) => {
      ws.addRow(['教工号', '姓名', '出生日期', '手机号码', '电子邮箱', '所在分会', '年龄']);
      ws.addRow([1024, { richText: [{ text: '张' }, { text: '三' }] }, new Date(Date.UTC(1985, 2, 7)), 13812345678,
        { text: 'zs@x.cn', hyperlink: 'mailto:zs@x.cn' }, '农学院', { formula: '2023-1985', result: 38 }]);
      ws.getCell('A2').numFmt = '000000';
      wb.addWorksheet('说明').addRow(['不会被读取']);
    });
    const source = await readImportBytes('名册.xlsx', bytes);
    expect(source.name).toBe('名册.xlsx');
    expect(source.rows[1]).toEqual(['001024', '张三', wallClock('1985-03-07'), 13812345678, 'zs@x.cn', '农学院', 38]);
    const plan = planImport(ROSTER_IMPORT, source, [ROSTER_SPEC.columns.map((c) => c.header)]);
    expect(plan.added).toEqual([{ key: '001024', name: '张三', sourceRow: 2 }]);
    expect(plan.write!.values[0].slice(0, 8)).toEqual(['001024', '张三', '', wallClock('1985-03-07'), '农学院', '', 'zs@x.cn', '13812345678']);
  });

  test('read from disk by path', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'uniondesk-import-'));
    const path = join(dir, 'roster.xlsx');
    writeFileSync(path, await xlsxBytes((ws) => ws.addRow(['工号'])));
    expect((await readImportFile(path)).rows).toEqual([['工号']]);
    expect(await failure(readImportFile(join(dir, 'none.csv')))).toContain('找不到或无法打开文件');
  });
});

describe('a CSV in whatever encoding it came', () => {
  test('GB18030 (Chinese Excel "CSV (逗号分隔)")', async () => {
    const csv = gbBytes(GB.工号, ',', GB.姓名, ',', GB.性别, ',', GB.出生年月, ',', GB.所在分会, '\r\n001024,', GB.张三, ',', GB.男, ',1985-03-07,', GB.农学院, '\r\n');
    const source = await readImportBytes('名册.csv', csv);
    expect(source.rows).toEqual([['工号', '姓名', '性别', '出生年月', '所在分会'], ['001024', '张三', '男', '1985-03-07', '农学院']]);
  });

  test('UTF-8 with BOM (Excel "CSV UTF-8") and without', async () => {
    const text = '职工号,姓名,手机\n001024,张三,13812345678\n';
    const plain = new TextEncoder().encode(text);
    for (const b of [Uint8Array.from([0xef, 0xbb, 0xbf, ...plain]), plain]) {
      expect((await readImportBytes('x.csv', b)).rows).toEqual([['职工号', '姓名', '手机'], ['001024', '张三', '13812345678']]);
    }
  });
});

describe('files that cannot be read end with a clear message', () => {
  test('an old binary .xls', async () => {
    const xls = Uint8Array.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0, 0, 0]);
    expect(await failure(readImportBytes('名册.xls', xls))).toContain('“另存为” Excel 工作簿（.xlsx');
  });

  test('an HTML page named .xls, as some HR systems export', async () => {
    expect(await failure(readImportBytes('导出.xls', new TextEncoder().encode('<html><table><tr><td>工号</td></tr></table></html>')))).toContain('网页格式（HTML）');
  });

  test('an empty file, a damaged .xlsx, a broken CSV', async () => {
    expect(await failure(readImportBytes('空.csv', new Uint8Array()))).toBe('空.csv：文件是空的');
    expect(await failure(readImportBytes('坏.xlsx', Uint8Array.from([0x50, 0x4b, 0x03, 0x04, 1, 2, 3])))).toContain('无法读取这个 .xlsx 文件');
    expect(await failure(readImportBytes('坏.csv', new TextEncoder().encode('工号,姓名\n1,"张')))).toBe('坏.csv：第 2 行开始的引号没有配对，文件可能不完整');
  });

  test('an empty sheet reads as no rows, which the import reports as empty', async () => {
    const source = await readImportBytes('空表.xlsx', await xlsxBytes(() => undefined));
    expect(source.rows).toEqual([]);
    expect(planImport(ROSTER_IMPORT, source, []).problems[0].message).toBe('没有数据（是空的）');
  });

  test('a workbook openpyxl wrote with images, a chart, notes and a table (ExcelJS crashed on them) is read', async () => {
    const source = await readImportFile(join(__dirname, '..', 'fixtures', 'xlsx', 'openpyxl.xlsx'));
    expect(source.rows[0]).toEqual(['项目', '值']);
    expect(source.rows.length).toBeGreaterThan(5);
  });
});
