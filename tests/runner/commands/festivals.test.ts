import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { main } from '../../../runner/cli';

function run(argv: string[]): Promise<{ code: number; out: string }> {
  const lines: string[] = [];
  return main(argv, (l) => lines.push(l)).then((code) => ({ code, out: lines.join('\n') }));
}

describe('npx uniondesk festivals', () => {
  it('adds the year’s campaigns to the workbook file, then nothing the second time', async () => {
    const path = join(mkdtempSync(join(tmpdir(), 'uniondesk-festivals-')), '工会.xlsx');
    await run(['init', path, '--sample']);

    const dry = await run(['festivals', path, '--year', '2025', '--dry-run']);
    expect(dry.code).toBe(0);
    expect(dry.out).toContain('将在“慰问活动”中添加 9 项活动');
    expect(dry.out).toContain('未添加任何活动');

    const first = await run(['festivals', path, '--year', '2025']);
    expect(first.code).toBe(0);
    expect(first.out).toContain('已在“慰问活动”中添加 2025 年度的 9 项活动');
    expect(first.out).toContain('2026-春节');

    const second = await run(['festivals', path, '--year', '2025']);
    expect(second.code).toBe(0);
    expect(second.out).toContain('都已在“慰问活动”中（9 项），没有需要添加的');
  });

  it('defaults to 设置!计划年度 (2023 in the sample)', async () => {
    const path = join(mkdtempSync(join(tmpdir(), 'uniondesk-festivals-')), 'x.xlsx');
    await run(['init', path, '--sample']);
    const { code, out } = await run(['festivals', path]);
    expect(code).toBe(0);
    expect(out).toContain('添加 2023 年度的 5 项活动');
  });

  it.each([
    [['festivals'], '请指定工作簿文件'],
    [['festivals', 'x.xlsx', '--year', '25'], '--year 应为四位年份'],
  ])('usage error %j exits 2', async (argv, text) => {
    const { code, out } = await run(argv);
    expect(code).toBe(2);
    expect(out).toContain(text);
  });

  it('exits 1 for a year it cannot plan', async () => {
    const path = join(mkdtempSync(join(tmpdir(), 'uniondesk-festivals-')), 'x.xlsx');
    await run(['init', path, '--sample']);
    const { code, out } = await run(['festivals', path, '--year', '2101']);
    expect(code).toBe(1);
    expect(out).toContain('设置 值: 计划年度：只能生成 2000–2100 年的活动，现为 2101');
  });
});
