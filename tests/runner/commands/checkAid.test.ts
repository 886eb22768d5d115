import ExcelJS from 'exceljs';
import { copyFileSync, mkdtempSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { main } from '../../../runner/cli';
import { MemoryWorkbook } from '../../../runner/workbook';
import { saveXlsx } from '../../../runner/xlsxStore';

function run(argv: string[]): Promise<{ code: number; out: string }> {
  const lines: string[] = [];
  return main(argv, (l) => lines.push(l)).then((code) => ({ code, out: lines.join('\n') }));
}

async function sheetRows(path: string, name: string): Promise<Record<string, unknown>[]> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(path);
  const rows: unknown[][] = [];
  wb.getWorksheet(name)!.eachRow((row) => rows.push((row.values as unknown[]).slice(1)));
  const [header, ...data] = rows;
  return data.map((r) => Object.fromEntries(header.map((h, i) => [String(h), r[i]])));
}

const tmp = () => mkdtempSync(join(tmpdir(), 'uniondesk-check-aid-'));

describe('npx uniondesk check-aid', () => {
  // One sample workbook made by `init --sample`; each test checks a fresh copy of it.
  let sample: string;
  beforeAll(async () => {
    sample = join(tmp(), 'sample.xlsx');
    await run(['init', sample, '--sample']);
  });
  const sampleCopy = (name: string) => {
    const path = join(tmp(), name);
    copyFileSync(sample, path);
    return path;
  };

  it('writes the owned columns into the workbook, prints the summary and the rows to fix, exits 1 on mismatches', async () => {
    const path = sampleCopy('工会.xlsx');
    const { code, out } = await run(['check-aid', path]);
    expect(code).toBe(1);
    expect(out).toContain('已核对帮扶台账 25 行：一致 18，不一致 2，待发放 1，错误 4。');
    expect(out).toContain('帮扶台账!24 实发金额: 实发 9,000.00 元，应发 9,000.01 元，少发 0.01 元');
    const ledger = await sheetRows(path, '帮扶台账');
    expect(ledger.find((r) => r['申请编号'] === 'BF2023-013')).toMatchObject({ 应发金额: 4000, 差额: -1000, 核对结果: '不一致' });
    expect(ledger.find((r) => r['申请编号'] === 'BF2023-012')).toMatchObject({ 应发金额: 2000, 核对结果: '待发放' });

    // Run again, asking for JSON: the same findings, and the file is not rewritten.
    const written = statSync(path).mtimeMs;
    const again = await run(['check-aid', path, '--json']);
    expect(again.code).toBe(1);
    expect(statSync(path).mtimeMs).toBe(written);
    const json = JSON.parse(again.out);
    expect(json.status).toBe('done');
    expect(json.changed).toBe(false);
    expect(json.summary.perResult).toEqual({ 一致: 18, 不一致: 2, 待发放: 1, 错误: 4 });
    expect(json.summary.totalDue).toBe(8_300_001);
    expect(json.rows.find((r: { applicationId: string }) => r.applicationId === 'BF2023-023')).toMatchObject({ dueFen: 900_001, paidFen: 900_000, differenceFen: -1, result: '不一致' });
  });

  it('exits 0 when every row is 一致 or 待发放', async () => {
    const path = join(tmp(), 'clean.xlsx');
    const workbook = MemoryWorkbook.create({
      设置: [['项目', '值'], ['计划年度', 2023]],
      帮扶标准: [['下限(元)', '上限(元)', '帮扶金额(元)', '比例(%)', '说明'], [5000, '', 1000, 0, '']],
      会员名册: [['工号', '姓名', '会员状态'], ['001000', '王秀英', '在册'], ['001017', '李勇', '在册']],
      帮扶台账: [
        ['申请编号', '年度', '工号', '姓名', '分会', '病种', '医疗总费用', '医保报销', '自付金额', '实发金额', '发放日期'],
        ['BF-1', 2023, '001000', '王秀英', '', '', '', '', 8000, 1000, '2023-11-24'],
        ['BF-2', 2023, '001017', '李勇', '', '', '', '', 6000, '', ''],
      ],
    });
    await saveXlsx(workbook, path);
    const { code, out } = await run(['check-aid', path]);
    expect(out).toContain('一致 1，不一致 0，待发放 1，错误 0');
    expect(code).toBe(0);
  });

  it('exits 1 with the tier table\'s errors and writes nothing when 帮扶标准 is invalid', async () => {
    const path = join(tmp(), 'bad.xlsx');
    await saveXlsx(MemoryWorkbook.create({
      帮扶标准: [['下限(元)', '上限(元)', '帮扶金额(元)', '比例(%)'], [5000, 3000, 1000, 0]],
      会员名册: [['工号', '姓名']],
      帮扶台账: [['申请编号', '年度', '工号', '姓名', '自付金额', '实发金额'], ['BF-1', 2023, '001000', '王秀英', 8000, 1000]],
    }), path);
    const written = statSync(path).mtimeMs;
    const { code, out } = await run(['check-aid', path]);
    expect(code).toBe(1);
    expect(out).toContain('帮扶标准!2 上限(元): 上限 3,000.00 元不大于下限 5,000.00 元');
    expect(statSync(path).mtimeMs).toBe(written);
  });

  it('without a workbook is a usage error', async () => {
    const { code, out } = await run(['check-aid']);
    expect(code).toBe(2);
    expect(out).toContain('check-aid WORKBOOK.xlsx [--json]');
  });
});

describe('npx uniondesk demo', () => {
  it('checks the sample aid ledger, reports its deliberate problems and still exits 0', async () => {
    const { code, out } = await run(['demo', '--out', tmp()]);
    expect(code).toBe(0);
    expect(out).toContain('== 核算帮扶金');
    expect(out).toContain('已核对帮扶台账 25 行');
    expect(out).toContain('帮扶台账!16 工号: 工号 009999 不在会员名册中');
  });
});
