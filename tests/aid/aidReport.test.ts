import { aidSummaryText } from '../../src/aid/aidReport';
import type { AidSummary } from '../../src/aid/aidCheck';

describe('the summary shown to the clerk', () => {
  test('counts, totals, tiers and the worst differences, in Chinese', () => {
    const summary: AidSummary = {
      rows: 4,
      perTier: [
        { tierRow: 2, label: '帮扶标准第 2 行（5,000.00 元 ≤ 自付 < 10,000.00 元）', rows: 2, due: 200000 },
        { tierRow: 3, label: '帮扶标准第 3 行（自付 ≥ 10,000.00 元）', rows: 0, due: 0 },
        { tierRow: null, label: '不符合条件', rows: 1, due: 0 },
      ],
      totalDue: 200000,
      totalPaid: 250050,
      perResult: { 一致: 1, 不一致: 1, 待发放: 1, 错误: 1 },
      worst: [{ row: 3, applicationId: 'BF-2', name: '李勇', difference: 50050 }, { row: 5, applicationId: 'BF-4', name: '刘浩', difference: -100 }],
    };
    expect(aidSummaryText(summary)).toBe([
      '已核对帮扶台账 4 行：一致 1，不一致 1，待发放 1，错误 1。',
      '应发合计 2,000.00 元，实发合计 2,500.50 元。',
      '按档位：',
      '  帮扶标准第 2 行（5,000.00 元 ≤ 自付 < 10,000.00 元）：2 行，应发 2,000.00 元',
      '  帮扶标准第 3 行（自付 ≥ 10,000.00 元）：0 行，应发 0.00 元',
      '  不符合条件：1 行',
      '差额最大的行：',
      '  帮扶台账!3 BF-2 李勇：多发 500.50 元',
      '  帮扶台账!5 BF-4 刘浩：少发 1.00 元',
    ].join('\n'));
  });

  test('an empty ledger says so without tier or difference lines', () => {
    const empty: AidSummary = { rows: 0, perTier: [{ tierRow: null, label: '不符合条件', rows: 0, due: 0 }], totalDue: 0, totalPaid: 0, perResult: { 一致: 0, 不一致: 0, 待发放: 0, 错误: 0 }, worst: [] };
    expect(aidSummaryText(empty)).toBe('已核对帮扶台账 0 行：一致 0，不一致 0，待发放 0，错误 0。\n应发合计 0.00 元，实发合计 0.00 元。');
  });
});
