import { parseAidTiers, RATE_SCALE, tierRangeText, tierRuleText } from '../../src/aid/aidTiers';
import { formatProblem } from '../../src/kernel/problem';
import { CITY_UNION_TABLE, SCHOOL_TABLE, type TierLine, tierCells, UNIVERSITY_TABLE, validTiers, yuan } from '../support/aidTables';

function problemsOf(lines: TierLine[]) {
  return parseAidTiers(tierCells(lines)).problems.map((p) => ({ text: formatProblem(p), severity: p.severity ?? 'error' }));
}

describe('帮扶标准 rows become tiers', () => {
  test('the school table: fixed amounts, a percentage tier and an open top', () => {
    expect(validTiers(SCHOOL_TABLE)).toEqual([
      { row: 2, lower: yuan(5000), upper: yuan(10000), base: yuan(1000), rate: 0, note: '自付 5千–1万' },
      { row: 3, lower: yuan(10000), upper: yuan(20000), base: yuan(2000), rate: 0.1 * RATE_SCALE, note: '1万–2万：2000 元加超出部分 10%' },
      { row: 4, lower: yuan(20000), upper: yuan(50000), base: yuan(5000), rate: 0, note: '2万–5万' },
      { row: 5, lower: yuan(50000), upper: null, base: yuan(10000), rate: 0.05 * RATE_SCALE, note: '5万以上：1万元加超出部分 5%' },
    ]);
  });

  test('the city union writes its bounds in 万, which the table accepts as typed', () => {
    const tiers = validTiers(CITY_UNION_TABLE);
    expect(tiers.map((t) => [t.lower, t.upper, t.base])).toEqual([
      [yuan(10000), yuan(20000), yuan(1500)],
      [yuan(20000), yuan(30000), yuan(3000)],
      [yuan(30000), yuan(50000), yuan(6000)],
      [yuan(50000), yuan(100000), yuan(15000)],
      [yuan(100000), null, yuan(50000)],
    ]);
  });

  test('the university rule is one percentage row with 帮扶金额 0', () => {
    expect(validTiers(UNIVERSITY_TABLE)).toEqual([{ row: 2, lower: yuan(5000), upper: null, base: 0, rate: 600000, note: '超过 5000 元部分按 60%' }]);
  });

  test('rows typed out of order are sorted by 下限 but keep their sheet row', () => {
    const tiers = validTiers([[20000, '', 3000, ''], [0, 20000, 1000, '']]);
    expect(tiers.map((t) => t.row)).toEqual([3, 2]);
  });

  test('percentages are read as typed: "12.5%", full-width, a number, blank = 0', () => {
    const tiers = validTiers([[0, 100, 0, '12.5%'], [100, 200, 0, '６０％'], [200, 300, 0, 7.25], [300, 400, 5, '']]);
    expect(tiers.map((t) => t.rate)).toEqual([125000, 600000, 72500, 0]);
  });

  test('a row with only a 说明 (the sample table\'s "示例" line) is a comment, not a tier', () => {
    const { tiers, problems } = parseAidTiers(tierCells([['', '', '', '', '示例：请按本单位的帮扶办法替换'], [0, '', 100, '']]));
    expect(problems).toEqual([]);
    expect(tiers.map((t) => t.row)).toEqual([3]);
  });

  test('tier texts name the range in the chosen 档位边界 and the rule', () => {
    const [fixed, mixed, , open] = validTiers(SCHOOL_TABLE);
    expect(tierRangeText(fixed, 'lower')).toBe('5,000.00 元 ≤ 自付 < 10,000.00 元');
    expect(tierRangeText(fixed, 'upper')).toBe('5,000.00 元 < 自付 ≤ 10,000.00 元');
    expect(tierRangeText(open, 'lower')).toBe('自付 ≥ 50,000.00 元');
    expect(tierRangeText(open, 'upper')).toBe('自付 > 50,000.00 元');
    expect(tierRuleText(fixed)).toBe('1,000.00 元');
    expect(tierRuleText(mixed)).toBe('2,000.00 元 + 超出 10,000.00 元部分的 10%');
    expect(tierRuleText(validTiers(UNIVERSITY_TABLE)[0])).toBe('超出 5,000.00 元部分的 60%');
  });
});

describe('a wrong tier table is reported on 帮扶标准\'s own rows and yields no tiers', () => {
  test('上限 not above 下限', () => {
    expect(problemsOf([[10000, 10000, 100, ''], [20000, 15000, 100, '']])).toEqual([
      { text: '帮扶标准!2 上限(元): 上限 10,000.00 元不大于下限 10,000.00 元', severity: 'error' },
      { text: '帮扶标准!3 上限(元): 上限 15,000.00 元不大于下限 20,000.00 元', severity: 'error' },
    ]);
    expect(parseAidTiers(tierCells([[10000, 10000, 100, '']])).tiers).toEqual([]);
  });

  test('overlapping tiers, reported on the later one with the amounts both rows claim', () => {
    expect(problemsOf([[0, 20000, 100, ''], [10000, 30000, 200, '']])).toEqual([
      { text: '帮扶标准!3 下限(元): 与第 2 行的档位重叠：自付金额在 10,000.00 元到 20,000.00 元之间的申请两行都包含，一个金额只能属于一档', severity: 'error' },
    ]);
  });

  test('a tier swallowed by a wide one is found even when it is not the next row', () => {
    const problems = problemsOf([[0, 100000, 100, ''], [10000, 20000, 200, ''], [30000, 40000, 300, '']]);
    expect(problems.map((p) => p.text)).toEqual([
      '帮扶标准!3 下限(元): 与第 2 行的档位重叠：自付金额在 10,000.00 元到 20,000.00 元之间的申请两行都包含，一个金额只能属于一档',
      '帮扶标准!4 下限(元): 与第 2 行的档位重叠：自付金额在 30,000.00 元到 40,000.00 元之间的申请两行都包含，一个金额只能属于一档',
    ]);
  });

  test('two open-ended tiers overlap', () => {
    expect(problemsOf([[0, '', 100, ''], [5000, '', 200, '']]).map((p) => p.text)).toEqual([
      '帮扶标准!3 下限(元): 与第 2 行的档位重叠：自付金额在 5,000.00 元以上的申请两行都包含，一个金额只能属于一档',
    ]);
  });

  test('the same 下限 twice', () => {
    expect(problemsOf([[0, 100, 1, ''], [0, 100, 2, '']])[0].text).toContain('与第 2 行的档位重叠');
  });

  test('negative amounts and percentages', () => {
    expect(problemsOf([['-5', 100, 1, ''], [100, 200, -3, ''], [200, 300, 0, '-10']]).map((p) => p.text)).toEqual([
      '帮扶标准!2 下限(元): 金额不能为负数（-5.00 元）',
      '帮扶标准!3 帮扶金额(元): 金额不能为负数（-3.00 元）',
      '帮扶标准!4 比例(%): 比例不能为负数',
    ]);
  });

  test('text that is not a number, in every column', () => {
    expect(problemsOf([['五千', '1..2', '=A1', 'abc']]).map((p) => p.text)).toEqual([
      '帮扶标准!2 下限(元): “五千”不是有效的金额',
      '帮扶标准!2 上限(元): “1..2”不是有效的金额',
      '帮扶标准!2 帮扶金额(元): “=A1”不是有效的金额',
      '帮扶标准!2 比例(%): “abc”不是有效的比例，请填写如 60 表示 60%',
    ]);
  });

  test('a blank 下限, a percentage over 100 and one with too many decimals', () => {
    expect(problemsOf([['', 100, 1, ''], [100, 200, 0, 120], [200, 300, 0, '1.23456']]).map((p) => p.text)).toEqual([
      '帮扶标准!2 下限(元): 下限为空（最低一档请填 0）',
      '帮扶标准!3 比例(%): 比例 120% 超过 100%',
      '帮扶标准!4 比例(%): 比例最多保留 4 位小数',
    ]);
  });

  test('an empty table stops the check', () => {
    expect(problemsOf([])).toEqual([{ text: '帮扶标准: 帮扶标准中没有任何档位，请先填写下限、上限、帮扶金额和比例', severity: 'error' }]);
  });
});

describe('warnings that do not stop the check', () => {
  test('a gap between tiers', () => {
    const { tiers, problems } = parseAidTiers(tierCells([[0, 10000, 100, ''], [20000, '', 200, '']]));
    expect(tiers).toHaveLength(2);
    expect(problems.map(formatProblem)).toEqual([
      '帮扶标准!3 下限(元): 与第 2 行之间有空档：自付金额在 10,000.00 元到 20,000.00 元之间的申请不属于任何档位，应发 0',
    ]);
    expect(problems[0].severity).toBe('warning');
  });

  test('a top tier with an upper bound leaves larger amounts without aid', () => {
    const { problems } = parseAidTiers(tierCells([[0, 10000, 100, '']]));
    expect(problems.map((p) => [formatProblem(p), p.severity])).toEqual([
      ['帮扶标准!2 上限(元): 最高一档有上限 10,000.00 元：自付金额超过它的申请不属于任何档位，应发 0；如无上限请留空', 'warning'],
    ]);
  });

  test('a percentage below 1 typed as a number is probably a percent-formatted cell', () => {
    const { tiers, problems } = parseAidTiers(tierCells([[0, '', 0, 0.6]]));
    expect(tiers[0].rate).toBe(6000);
    expect(problems.map((p) => [formatProblem(p), p.severity])).toEqual([
      ['帮扶标准!2 比例(%): 比例按 0.6% 计算；如果本意是 60%，请填写 60', 'warning'],
    ]);
  });

  test('a tier paying nothing', () => {
    const { tiers, problems } = parseAidTiers(tierCells([[0, '', 0, '']]));
    expect(tiers).toHaveLength(1);
    expect(problems.map((p) => [formatProblem(p), p.severity])).toEqual([['帮扶标准!2 帮扶金额(元): 帮扶金额和比例都为 0：这一档的申请应发 0', 'warning']]);
  });
});
