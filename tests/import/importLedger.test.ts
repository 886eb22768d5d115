import type { MemoryWorkbook } from '../../runner/workbook';
import { SHEET } from '../../src/kernel/sheets/schema';
import { answering, runBundle, sampleWorkbook } from '../support/offlineBundle';

function paste(workbook: MemoryWorkbook, rows: unknown[][]): void {
  const sheet = workbook.sheet(SHEET.importArea)!;
  rows.forEach((row, r) => row.forEach((v, c) => v !== '' && sheet.values.set(r + 1, c + 1, v as never)));
}

describe('导入帮扶台账: the finance office\'s payout list merged by 申请编号', () => {
  const workbook = sampleWorkbook();
  const ledger = () => workbook.sheet(SHEET.aidLedger)!.dump();
  const before = ledger();
  const header = before[0] as string[];
  const col = (h: string) => header.indexOf(h);
  paste(workbook, [
    ['申请号', '年度', '职工号', '申请人', '疾病名称', '总费用(元)', '报销金额', '自费金额（元）', '实发金额', '发放日期', '核对结果'],
    // An existing application, now paid: 实发金额 and 发放日期 change, the rest is as in the sheet.
    [before[1][col('申请编号')], 2023, before[1][col('工号')], before[1][col('姓名')], before[1][col('病种')], '', '', '', '¥1,200.00', '2023/11/30', '一致'],
    // A second application of the same member is a new row, not an update of the first.
    ['BF2023-101', '2023年', before[1][col('工号')], before[1][col('姓名')], '骨折', '8,000', '5000', '3000', '', '', ''],
  ]);
  const run = runBundle({ workbook, responder: answering('YES') });
  run.call('menuImportLedger');
  const after = ledger();

  it('previews by 申请编号 and leaves the tool\'s own columns out', () => {
    const preview = run.services.ui.shown[0].message;
    expect(preview).toContain('导入到“帮扶台账”（按申请编号合并）');
    expect(preview).toContain('忽略的列：核对结果（由工具计算，不导入）');
    expect(preview).toContain('新增 1 条，修改 1 条');
    expect(preview).toContain('实发金额 “1000” → “1200”；发放日期 “2023-11-24” → “2023-11-30”');
  });

  it('writes the payout into the existing row and the second application as a new one', () => {
    expect(after).toHaveLength(before.length + 1);
    expect(after[1][col('实发金额')]).toBe(1200);
    expect(after[1][col('发放日期')]).toEqual(workbook.date('2023-11-30'));
    expect(after[1][col('医疗总费用')]).toEqual(before[1][col('医疗总费用')]);
    const added = after.at(-1)!;
    expect(added[col('申请编号')]).toBe('BF2023-101');
    expect(added[col('年度')]).toBe(2023);
    expect(added[col('自付金额')]).toBe(3000);
    expect(added[col('医疗总费用')]).toBe(8000);
    expect(run.services.log.count('spreadsheet', 'Range.setValues')).toBe(1);
  });
});
