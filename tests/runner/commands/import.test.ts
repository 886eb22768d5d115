import ExcelJS from 'exceljs';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { main } from '../../../runner/cli';
import { GB, gbBytes } from '../../support/gb18030';

function run(argv: string[]): Promise<{ code: number; out: string }> {
  const lines: string[] = [];
  return main(argv, (l) => lines.push(l)).then((code) => ({ code, out: lines.join('\n') }));
}

async function rosterRows(path: string): Promise<unknown[][]> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(path);
  const rows: unknown[][] = [];
  wb.getWorksheet('会员名册')!.eachRow((row) => rows.push((row.values as unknown[]).slice(1)));
  return rows;
}

describe('npx uniondesk import: the clerk merges the HR office\'s CSV into the offline workbook', () => {
  const dir = mkdtempSync(join(tmpdir(), 'uniondesk-import-'));
  const workbook = join(dir, '工会.xlsx');
  // Saved by Chinese Excel as "CSV (逗号分隔)": GB18030, 工号 with a leading zero, a new member.
  const csv = join(dir, '人事处名册.csv');
  writeFileSync(csv, gbBytes(GB.工号, ',', GB.姓名, ',', GB.性别, ',', GB.出生年月, ',', GB.所在分会, '\r\n', '009001,', GB.张三, ',M,198503,', GB.农学院, '\r\n'));

  beforeAll(async () => {
    expect((await run(['init', workbook, '--sample'])).code).toBe(0);
  });

  it('previews without --yes and leaves the file alone', async () => {
    const before = readFileSync(workbook);
    const { code, out } = await run(['import', workbook, csv, '--into', '会员名册']);
    expect(code).toBe(0);
    expect(out).toContain('来源：人事处名册.csv');
    expect(out).toContain('新增（1）：\n  009001 张三（第 2 行）');
    expect(out).not.toContain('提醒');
    expect(out).toContain('确认无误后加 --yes 再运行一次即可写入。');
    expect(readFileSync(workbook).equals(before)).toBe(true);
  });

  it('writes with --yes: 工号 stays text, the year-month 出生年月 stays 1985-03 (never the 1st)', async () => {
    const { code, out } = await run(['import', workbook, csv, '--into', '会员名册', '--yes']);
    expect(code).toBe(0);
    expect(out).toContain('已写入“会员名册”：新增 1 人，修改 0 人。');
    const rows = await rosterRows(workbook);
    const added = rows.find((r) => r[0] === '009001')!;
    expect(added.slice(0, 3)).toEqual(['009001', '张三', '男']);
    expect(added[3]).toBe('1985-03');
    expect(added[4]).toBe('农学院');
  });

  it('a second run finds nothing to write', async () => {
    const { code, out } = await run(['import', workbook, csv, '--into', '会员名册', '--yes']);
    expect(code).toBe(0);
    expect(out).toContain('没有需要写入的内容。');
  });

  it('bad input exits 1 with a Chinese message and the workbook unchanged', async () => {
    const before = readFileSync(workbook);
    const xls = join(dir, '旧名册.xls');
    writeFileSync(xls, Uint8Array.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0]));
    const old = await run(['import', workbook, xls, '--into', '会员名册', '--yes']);
    expect(old.code).toBe(1);
    expect(old.out).toContain('旧名册.xls：这是旧版 Excel 97-2003（.xls）文件');
    expect(old.out).toContain('工作簿未作任何修改。');

    const bad = join(dir, 'bad.csv');
    writeFileSync(bad, '职工号,出生日期\n009002,不详\n');
    const located = await run(['import', workbook, bad, '--into', '会员名册', '--yes']);
    expect(located.code).toBe(1);
    expect(located.out).toContain('bad.csv!2 出生日期: “不详”不是可识别的日期');

    const notLedger = await run(['import', workbook, csv, '--into', '帮扶台账', '--yes']);
    expect(notLedger.code).toBe(1);
    expect(notLedger.out).toContain('这份数据不像帮扶台账');
    expect(readFileSync(workbook).equals(before)).toBe(true);
  });

  it.each([
    [['import'], '请指定工作簿和要导入的文件'],
    [['import', 'a.xlsx', 'b.csv'], '--into 应为 会员名册 或 帮扶台账'],
    [['import', 'a.xlsx', 'b.csv', '--into', '工作计划'], '--into 应为 会员名册 或 帮扶台账'],
  ])('usage error %j exits 2', async (argv, text) => {
    const { code, out } = await run(argv);
    expect(code).toBe(2);
    expect(out).toContain(text);
  });
});
