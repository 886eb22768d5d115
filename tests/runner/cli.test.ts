import ExcelJS from 'exceljs';
import { existsSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { main } from '../../runner/cli';

function run(argv: string[]): Promise<{ code: number; out: string }> {
  const lines: string[] = [];
  return main(argv, (l) => lines.push(l)).then((code) => ({ code, out: lines.join('\n') }));
}

describe('npx uniondesk init', () => {
  it('creates a sample workbook that another program reads by its headers', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'uniondesk-init-'));
    const path = join(dir, '工会.xlsx');
    const { code, out } = await run(['init', path, '--sample']);
    expect(code).toBe(0);
    expect(out).toContain('已创建工作表');

    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(path);
    const roster = wb.getWorksheet('会员名册')!;
    const headers = (roster.getRow(1).values as unknown[]).slice(1);
    const col = (h: string) => headers.indexOf(h) + 1;
    expect(roster.getRow(2).getCell(col('工号')).value).toBe('001000');
    expect(roster.getRow(2).getCell(col('姓名')).value).toBe('王秀英');
    expect(typeof roster.getRow(2).getCell(col('手机')).value).toBe('string');
    const birth = roster.getRow(2).getCell(col('出生日期')).value as Date;
    expect(birth.toISOString().slice(0, 10)).toBe('1962-01-01');
    const planRows: unknown[] = [];
    wb.getWorksheet('工作计划')!.eachRow((row) => planRows.push(row.getCell(2).value));
    expect(planRows).toHaveLength(37);
    expect(planRows[36]).toBe('青年教职工单身联谊活动');
    expect(existsSync(join(dir, '工会.state.json'))).toBe(true);
  });

  it('changes nothing when run again (and does not rewrite the file)', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'uniondesk-init-'));
    const path = join(dir, 'x.xlsx');
    await run(['init', path]);
    const second = await run(['init', path]);
    expect(second.code).toBe(0);
    expect(second.out).toContain('所有工作表均已存在，无需改动');
    expect(existsSync(join(dir, '.backups'))).toBe(false);
  });
});

describe('usage errors exit with 2 and say how to use the command', () => {
  it.each([
    [['init'], '请指定工作簿文件'],
    [['frobnicate'], '未知命令：frobnicate'],
    [[], 'npx uniondesk 命令'],
  ])('%j', async (argv, text) => {
    const { code, out } = await run(argv);
    expect(code).toBe(2);
    expect(out).toContain(text);
  });

  it('prints help with exit 0', async () => {
    const { code, out } = await run(['--help']);
    expect(code).toBe(0);
    expect(out).toContain('init WORKBOOK.xlsx [--sample]');
  });
});
