import ExcelJS from 'exceljs';
import { copyFileSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { main } from '../../../runner/cli';

// The clerk's story with the exports a personnel office really sends (tests/fixtures/import,
// made by make_corpus.py with openpyxl and LibreOffice): the numbers the preview shows, what the
// merge writes, and what the later actions then see.
const CORPUS = join(__dirname, '..', '..', 'fixtures', 'import');

function run(argv: string[]): Promise<{ code: number; out: string }> {
  const lines: string[] = [];
  return main(argv, (l) => lines.push(l)).then((code) => ({ code, out: lines.join('\n') }));
}

async function sheetRows(path: string, sheet: string): Promise<unknown[][]> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(path);
  const rows: unknown[][] = [];
  wb.getWorksheet(sheet)!.eachRow((row) => rows.push((row.values as unknown[]).slice(1)));
  return rows;
}

const dateText = (v: unknown) => (v instanceof Date ? v.toISOString().slice(0, 10) : v);

describe('a personnel office\'s roster: title row, two header rows under 联系方式, numeric 工号, footer rows', () => {
  const dir = mkdtempSync(join(tmpdir(), 'uniondesk-corpus-'));
  const workbook = join(dir, '工会.xlsx');
  const file = join(dir, 'personnel-two-header-rows.xlsx');
  copyFileSync(join(CORPUS, 'personnel-two-header-rows.xlsx'), file);

  beforeAll(async () => {
    expect((await run(['init', workbook, '--sample'])).code).toBe(0);
  });

  it('the preview finds the header on rows 2–3, maps 1051 to 001051 and lists the footers as ignored', async () => {
    const { code, out } = await run(['import', workbook, file, '--into', '会员名册']);
    expect(code).toBe(0);
    expect(out).toContain('表头在第 2–3 行（两行合并）');
    expect(out).toContain('识别的列：工作证号→工号、姓名、性别、出生年月→出生日期、所在分会→分会、电子邮箱→邮箱、手机号码→手机');
    expect(out).toContain('新增 1 人，修改 1 人，不变 2 人；');
    expect(out).toContain('按会员名册的写法对应的工号（4）：\n  1051 → 001051（第 4 行）\n  1017 → 001017（第 5 行）\n  1034 → 001034（第 6 行）\n  9001 → 009001（第 7 行）');
    expect(out).toContain('忽略的表尾行（2，不是数据，未导入）：\n  第 8 行：合计：4人\n  第 10 行：制表人：王芳');
    // 1967.02 is coarser than 1967-02-08 and +86 139 1010 4729 is 13910104729: neither is a change.
    expect(out).toContain('修改（1）：\n  001034 张红梅（会员名册第 4 行）：分会 “经济学院分会” → “经济与管理学院分会”');
  });

  it('--yes adds one member, keeps every full date and phone, and imports no header or footer row', async () => {
    const { code } = await run(['import', workbook, file, '--into', '会员名册', '--yes']);
    expect(code).toBe(0);
    const rows = await sheetRows(workbook, '会员名册');
    const ids = rows.slice(1).map((r) => r[0]);
    expect(ids.filter((id) => ['工作证号', '合计：4人', '制表人：王芳', '1051', '1017'].includes(String(id)))).toEqual([]);
    const li = rows.find((r) => r[0] === '001017')!;
    expect([dateText(li[3]), li[7]]).toEqual(['1967-02-08', '13910104729']);
    const added = rows.find((r) => r[0] === '009001')!;
    expect([added[1], added[3], added[6], added[7]]).toEqual(['林小雨', '1998-11', 'lin.xy@example.edu.cn', '13900009001']);
  });

  it('the 端午 notice then reaches 刘浩 once, and the preview says who was left out and why', async () => {
    const { out } = await run(['notices', workbook, '--campaign', '2023-端午']);
    expect(out.match(/刘浩（001051）/g)).toHaveLength(1);
    expect(out).toContain('待发送 57 人；');
    expect(out).toContain('未列入 6 人：退休 4 人，离校 2 人。');
  });
});

describe('GB18030 CSV files saved by LibreOffice: 工号 lost their zeros, a 合计 line at the bottom', () => {
  const dir = mkdtempSync(join(tmpdir(), 'uniondesk-corpus-csv-'));
  const workbook = join(dir, '工会.xlsx');

  beforeAll(async () => {
    expect((await run(['init', workbook, '--sample'])).code).toBe(0);
  });

  it('the roster CSV: 1051 and 1017 are the members already there, 9002 is new as 009002', async () => {
    const { code, out } = await run(['import', workbook, join(CORPUS, 'roster-numeric-ids-gb18030.csv'), '--into', '会员名册', '--yes']);
    expect(code).toBe(0);
    expect(out).toContain('新增 1 人，修改 0 人，不变 2 人；');
    expect(out).toContain('忽略的表尾行（1，不是数据，未导入）：\n  第 5 行：合计');
    const rows = await sheetRows(workbook, '会员名册');
    expect(rows.find((r) => r[0] === '009002')?.slice(0, 2)).toEqual(['009002', '苏晴']);
    expect(rows.filter((r) => r[1] === '刘浩')).toHaveLength(1);
  });

  it('the ledger CSV: the 合计 row is no application, 实发合计 grows by the two real rows only', async () => {
    const paidTotal = (out: string) => /实发合计 ([\d,.]+) 元/.exec(out)![1];
    const before = await run(['check-aid', workbook]);
    const imported = await run(['import', workbook, join(CORPUS, 'ledger-with-total-gb18030.csv'), '--into', '帮扶台账', '--yes']);
    expect(imported.out).toContain('已写入“帮扶台账”：新增 2 条，修改 0 条。');
    const after = await run(['check-aid', workbook]);
    const yuan = (t: string) => Number(t.replace(/,/g, ''));
    expect(yuan(paidTotal(after.out)) - yuan(paidTotal(before.out))).toBe(3000);
    // The ledger's 工号 1051 is the roster's 001051.
    expect(after.out).not.toMatch(/工号 10(51|17) 不在会员名册中/);
    expect((await sheetRows(workbook, '帮扶台账')).some((r) => r[0] === '合计')).toBe(false);
  });
});

describe('the wrong file for the target', () => {
  const dir = mkdtempSync(join(tmpdir(), 'uniondesk-corpus-none-'));
  const workbook = join(dir, '工会.xlsx');
  beforeAll(async () => {
    expect((await run(['init', workbook, '--sample'])).code).toBe(0);
  });

  it('a roster offered as 帮扶台账 has no 申请编号 header: exit 1 naming the rows looked at', async () => {
    const { code, out } = await run(['import', workbook, join(CORPUS, 'personnel-two-header-rows.xlsx'), '--into', '帮扶台账']);
    expect(code).toBe(1);
    expect(out).toContain('找不到表头行：看了前 10 行（第 1 行“四川某大学2023年在职教职工名册”；第 2 行“工作证号 | 姓名 | 性别 | 出生年月 | …”；第 3 行“手机号码 | 电子邮箱”；第 4 行“1051 | 刘浩 | 男 | 1977.04 | …”；');
    expect(out).toContain('第 9 行（空行）；第 10 行“制表人：王芳 | 2023年6月1日”），都没有“申请编号”列（也认：申请号、申请单号、帮扶编号），这份数据不像帮扶台账');
  });

  it('a ledger offered as 会员名册 is named as a ledger', async () => {
    const { code, out } = await run(['import', workbook, join(CORPUS, 'ledger-with-total-gb18030.csv'), '--into', '会员名册']);
    expect(code).toBe(1);
    expect(out).toContain('这看起来是帮扶台账（有“申请编号”列），不是会员名册');
  });
});
