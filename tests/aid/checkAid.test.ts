import type { ActionResult } from '../../src/kernel/contracts/actionResult';
import type { AidCheckData } from '../../src/aid/checkAid';
import { RESULT_COLOURS } from '../../src/aid/aidLedgerOutput';
import { SharedMemoryLock } from '../../runner/services/lock';
import type { MemorySheet, MemoryWorkbook } from '../../runner/workbook';
import { runBundle, sampleWorkbook } from '../support/offlineBundle';

const OWNED = ['应发金额', '差额', '核对结果', '说明'];

/** The ledger as the clerk sees it: one object per row, by header. */
function ledgerRows(sheet: MemorySheet): Record<string, unknown>[] {
  const [header, ...rows] = sheet.dump();
  return rows.map((r) => Object.fromEntries(header.map((h, i) => [String(h), r[i]])));
}

function clerkColumns(sheet: MemorySheet): unknown[][] {
  const [header, ...rows] = sheet.dump();
  const keep = header.map((h, i) => (OWNED.includes(String(h)) ? -1 : i)).filter((i) => i >= 0);
  return [header, ...rows].map((r) => keep.map((i) => r[i]));
}

function rowOf(sheet: MemorySheet, applicationId: string): number {
  return sheet.dump().findIndex((r) => r[0] === applicationId) + 1;
}

describe('核算帮扶金 on the sample workbook', () => {
  let workbook: MemoryWorkbook;
  let ledger: MemorySheet;
  let clerkBefore: unknown[][];
  let run: ReturnType<typeof runBundle>;

  beforeAll(() => {
    workbook = sampleWorkbook();
    ledger = workbook.sheet('帮扶台账')!;
    clerkBefore = clerkColumns(ledger);
    run = runBundle({ workbook });
    run.call('menuCheckAid');
  });

  it('fills 应发金额, 差额, 核对结果 and 说明 for every row, to the fen', () => {
    const byId = Object.fromEntries(ledgerRows(ledger).map((r) => [r['申请编号'], r]));
    // 自付 4,999.99 is 0.01 below the lowest tier: nothing owed, nothing paid.
    expect(byId['BF2023-002']).toMatchObject({ 应发金额: 0, 差额: 0, 核对结果: '一致' });
    expect(byId['BF2023-002']['说明']).toContain('未达到最低档');
    // Exactly on a 下限 (含下限 setting): the higher tier.
    expect(byId['BF2023-005']).toMatchObject({ 应发金额: 2000, 差额: 0, 核对结果: '一致' });
    // Paid a tier short.
    expect(byId['BF2023-013']).toMatchObject({ 应发金额: 4000, 差额: -1000, 核对结果: '不一致' });
    expect(byId['BF2023-013']['说明']).toContain('少发 1,000.00 元');
    // The percentage tier rounds half up: 6000 + 10% × 30,000.05 = 9,000.005 → 9,000.01.
    expect(byId['BF2023-023']).toMatchObject({ 应发金额: 9000.01, 差额: -0.01, 核对结果: '不一致' });
    // The yearly cap (设置 年度帮扶上限 20000) cuts 26,000 to 20,000.
    expect(byId['BF2023-020']).toMatchObject({ 应发金额: 20000, 差额: 0, 核对结果: '一致' });
    expect(byId['BF2023-020']['说明']).toContain('受年度帮扶上限 20,000.00 元限制');
    // Not yet paid.
    expect(byId['BF2023-012']).toMatchObject({ 应发金额: 2000, 差额: '', 核对结果: '待发放' });
    // Blank 自付金额: 医疗总费用 − 医保报销.
    expect(byId['BF2023-017']['说明']).toContain('自付金额为空，按医疗总费用 − 医保报销 = 16,000.00 元计');
    // Data the check cannot accept.
    expect(byId['BF2023-015']).toMatchObject({ 应发金额: '', 差额: '', 核对结果: '错误', 说明: '工号：工号 009999 不在会员名册中' });
    expect(byId['BF2023-024']).toMatchObject({ 核对结果: '错误', 说明: '自付金额：“1..2万”不是有效的金额' });
    expect(byId['BF2023-019']).toMatchObject({ 应发金额: 0, 差额: 2000, 核对结果: '错误' });
    expect(byId['BF2023-016']['说明']).toContain('姓名“张冠李戴”与会员名册中的“高艳”不同');
  });

  it('colours each row green, yellow or red by its result, across the table', () => {
    const colourAt = (id: string, column: number) => ledger.backgrounds.get(rowOf(ledger, id), column);
    expect(colourAt('BF2023-001', 1)).toBe(RESULT_COLOURS.一致);
    expect(colourAt('BF2023-001', 15)).toBe(RESULT_COLOURS.一致);
    expect(colourAt('BF2023-012', 3)).toBe(RESULT_COLOURS.待发放);
    expect(colourAt('BF2023-013', 9)).toBe(RESULT_COLOURS.不一致);
    expect(colourAt('BF2023-015', 1)).toBe(RESULT_COLOURS.错误);
    expect(new Set([RESULT_COLOURS.一致, RESULT_COLOURS.待发放, RESULT_COLOURS.不一致]).size).toBe(3);
  });

  it('never changes a clerk column', () => {
    expect(clerkColumns(ledger)).toEqual(clerkBefore);
  });

  it('shows the summary: counts, totals, tiers, the worst differences and the rows to look at', () => {
    const shown = run.services.ui.shown.at(-1)!;
    expect(shown.title).toBe('核算帮扶金');
    expect(shown.message).toContain('已核对帮扶台账 25 行：一致 18，不一致 2，待发放 1，错误 4。');
    expect(shown.message).toContain('应发合计 83,000.01 元，实发合计 86,000.00 元。');
    expect(shown.message).toContain('帮扶标准第 5 行（自付 ≥ 50,000.00 元）：4 行，应发 44,000.01 元');
    expect(shown.message).toContain('帮扶台账!20 BF2023-019 林刚：多发 2,000.00 元');
    expect(shown.message).toContain('帮扶台账!16 工号: 工号 009999 不在会员名册中');
  });

  it('reads each table once and writes with one setValues and one setBackgrounds', () => {
    expect(run.services.log.snapshot('spreadsheet')).toMatchObject({ 'Range.getValues': 4, 'Range.setValues': 1, 'Range.setBackgrounds': 1 });
  });

  it('changes nothing when run again: no write at all', () => {
    const before = JSON.stringify(ledger.dump());
    workbook.dirty = false; // what the offline runner looks at to decide whether to save
    const again = runBundle({ workbook });
    const result = again.call<ActionResult<AidCheckData>>('apiCheckAid');
    expect(result.data!.changed).toBe(false);
    expect(JSON.stringify(ledger.dump())).toBe(before);
    expect(again.services.log.count('spreadsheet', 'Range.setValues')).toBe(0);
    expect(again.services.log.count('spreadsheet', 'Range.setBackgrounds')).toBe(0);
    expect(workbook.dirty).toBe(false);
  });
});

describe('核算帮扶金 stops before writing when the data would make every amount wrong', () => {
  it('shows the tier table\'s errors on its own rows and leaves 帮扶台账 untouched', () => {
    const workbook = sampleWorkbook();
    const tiers = workbook.sheet('帮扶标准')!;
    tiers.values.set(3, 1, 8000); // 第二档 下限 8000 overlaps 5000–10000
    tiers.values.set(4, 2, 15000); // 第三档 上限 below its 下限 20000
    const before = workbook.sheet('帮扶台账')!.dump();
    const run = runBundle({ workbook });
    run.call('menuCheckAid');
    const message = run.services.ui.shown.at(-1)!.message;
    expect(message).toContain('核算未进行');
    expect(message).toContain('帮扶标准!4 上限(元): 上限 15,000.00 元不大于下限 20,000.00 元');
    expect(message).toContain('帮扶标准!3 下限(元): 与第 2 行的档位重叠');
    expect(workbook.sheet('帮扶台账')!.dump()).toEqual(before);
    expect(run.services.log.count('spreadsheet', 'Range.setValues')).toBe(0);
    expect(run.services.log.count('spreadsheet', 'Range.setBackgrounds')).toBe(0);
  });

  it('stops on a wrong 档位边界 setting', () => {
    const workbook = sampleWorkbook();
    const settings = workbook.sheet('设置')!;
    const row = settings.dump().findIndex((r) => r[0] === '档位边界') + 1;
    settings.values.set(row, 2, '含两头');
    const result = runBundle({ workbook }).call<ActionResult>('apiCheckAid');
    expect(result.status).toBe('problems');
    expect(result.problems).toEqual([{ sheet: '设置', row, column: '值', message: '档位边界：应为空、“含下限”或“含上限”，现为“含两头”' }]);
  });

  it('is refused to anyone but the 管理员 when 设置 names them', () => {
    const workbook = sampleWorkbook();
    const settings = workbook.sheet('设置')!;
    settings.values.set(settings.dump().findIndex((r) => r[0] === '管理员') + 1, 2, 'chair@example.edu.cn');
    const run = runBundle({ workbook, user: 'clerk@example.edu.cn' });
    const result = run.call<ActionResult>('apiCheckAid');
    expect(result.status).toBe('refused');
    expect(run.services.log.count('spreadsheet', 'Range.setValues')).toBe(0);
  });
});

describe('核算帮扶金 in the menu and beside other runs', () => {
  it('is an item of the 工会助手 menu', () => {
    const run = runBundle();
    run.call('onOpen');
    const items = run.services.ui.menus[0].entries.flatMap((e) => (e.kind === 'item' ? [[e.caption, e.functionName]] : []));
    expect(items).toContainEqual(['核算帮扶金', 'menuCheckAid']);
  });

  it('is refused while another run holds the document lock, writing nothing', () => {
    const workbook = sampleWorkbook();
    const memoryLock = new SharedMemoryLock();
    memoryLock.holders.set('document', 'another-execution');
    const run = runBundle({ workbook, services: { memoryLock } });
    const result = run.call<ActionResult>('apiCheckAid');
    expect(result.status).toBe('locked');
    expect(run.services.log.count('spreadsheet', 'Range.setValues')).toBe(0);
  });
});

describe('a fixed number of spreadsheet calls, whatever the ledger size', () => {
  it('makes the same calls for 25 rows and for 2,500', () => {
    const small = runBundle({ workbook: sampleWorkbook() });
    small.call('apiCheckAid');
    const workbook = sampleWorkbook();
    const ledger = workbook.sheet('帮扶台账')!;
    const [, ...rows] = ledger.dump();
    ledger.maxRows = 3000; // a clerk's sheet grows as rows are typed in
    for (let copy = 1; copy < 100; copy++) {
      rows.forEach((r, i) => r.forEach((v, c) => {
        ledger.values.set(1 + copy * rows.length + i + 1, c + 1, c === 0 ? `${v}-${copy}` : v);
      }));
    }
    const large = runBundle({ workbook });
    const result = large.call<ActionResult<AidCheckData>>('apiCheckAid');
    expect(result.data!.summary.rows).toBe(2500);
    expect(large.services.log.snapshot('spreadsheet')).toEqual(small.services.log.snapshot('spreadsheet'));
  });
});
