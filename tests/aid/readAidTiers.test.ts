import { formatProblem } from '../../src/kernel/problem';
import { readAidTiers } from '../../src/aid/readAidTiers';

describe('reading 帮扶标准 from the sheet', () => {
  test('columns are found by header, in any order, with extra columns ignored', () => {
    const { tiers, problems } = readAidTiers([
      ['说明', ' 上限(元) ', '备注', '下限(元)', '比例(%)', '帮扶金额(元)'],
      ['示例，请按本单位办法替换', '', '', '', '', ''],
      ['第一档', 10000, 'x', 5000, '', 1000],
      ['第二档', '', '', '1万', 10, '2,000'],
    ]);
    expect(problems).toEqual([]);
    expect(tiers).toEqual([
      { row: 3, lower: 500000, upper: 1000000, base: 100000, rate: 0, note: '第一档' },
      { row: 4, lower: 1000000, upper: null, base: 200000, rate: 100000, note: '第二档' },
    ]);
  });

  test('a missing sheet or header stops before any tier is read', () => {
    expect(readAidTiers(null).problems.map(formatProblem)).toEqual(['帮扶标准: 找不到工作表“帮扶标准”，请先运行“初始化工作簿”']);
    expect(readAidTiers([['下限(元)', '上限(元)', '帮扶金额(元)']]).problems.map(formatProblem)).toEqual(['帮扶标准!1 比例(%): 缺少表头“比例(%)”（表头行现有：下限(元)、上限(元)、帮扶金额(元)）']);
  });
});
