import type { AidCheckData, AidRowReport } from '../../src/aid/checkAid';
import type { Fen } from '../../src/kernel/values/fen';
import { aidCheckView } from '../../src/aid/aidCheckView';

const row = (r: number, result: AidRowReport['result'], differenceFen: number | null = null): AidRowReport => ({
  row: r, applicationId: `BF-${r}`, memberId: `00${r}`, name: `会员${r}`, dueFen: 100000, paidFen: differenceFen === null ? null : 100000 + differenceFen, differenceFen, result, explanation: `第 ${r} 行的说明`,
});

const data: AidCheckData = {
  summary: {
    rows: 6,
    perTier: [
      { tierRow: 2, label: '帮扶标准第 2 行', rows: 4, due: 400000 as Fen },
      { tierRow: 3, label: '帮扶标准第 3 行', rows: 0, due: 0 as Fen },
      { tierRow: null, label: '不符合条件', rows: 0, due: 0 as Fen },
    ],
    totalDue: 400000 as Fen,
    totalPaid: 390000 as Fen,
    perResult: { 一致: 2, 不一致: 2, 待发放: 1, 错误: 1 },
    worst: [],
  },
  rows: [row(2, '一致', 0), row(3, '待发放'), row(4, '错误'), row(5, '不一致', -100), row(6, '不一致', 5000), row(7, '一致', 0)],
  tierWarnings: [{ sheet: '帮扶标准', row: 3, column: '下限(元)', message: '与第 2 行之间有空档', severity: 'warning' }],
  changed: true,
};

describe('the 帮扶核算 view of a check', () => {
  const v = aidCheckView(data);
  it('lists the rows needing attention, money differences first and largest first', () => {
    expect(v.attention.map((r) => [r.row, r.result])).toEqual([[6, '不一致'], [5, '不一致'], [4, '错误'], [3, '待发放']]);
    expect(v.attention[0]).toEqual({ sheet: '帮扶台账', row: 6, applicationId: 'BF-6', memberId: '006', name: '会员6', result: '不一致', due: 100000, paid: 105000, difference: 5000, note: '第 6 行的说明' });
  });
  it('keeps the totals and the tiers of the table; 不符合条件 only when someone is in it', () => {
    expect(v).toMatchObject({ rows: 6, totalDue: 400000, totalPaid: 390000, resultCounts: { 一致: 2, 不一致: 2, 待发放: 1, 错误: 1 } });
    expect(v.tiers.map((t) => t.label)).toEqual(['帮扶标准第 2 行', '帮扶标准第 3 行']);
  });
  it('shows the tier table’s warnings as warnings', () => {
    expect(v.problems).toEqual([{ text: '帮扶标准!3 下限(元): 与第 2 行之间有空档', sheet: '帮扶标准', row: 3, blocking: false }]);
  });
});
