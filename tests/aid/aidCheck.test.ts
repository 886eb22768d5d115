import { type AidCheckInput, type AidSettings, checkAid } from '../../src/aid/aidCheck';
import type { AidApplication } from '../../src/aid/aidApplication';
import { formatProblem } from '../../src/kernel/problem';
import { application, CITY_UNION_TABLE, DEFAULT_AID_SETTINGS, member, SCHOOL_TABLE, UNIVERSITY_TABLE, validTiers, yuan } from '../support/aidTables';

const ROSTER = [member('1001', '王秀英'), member('1002', '李勇'), member('1003', '张红梅', '退休'), member('1004', '刘浩', '离校')];

function check(applications: AidApplication[], settings: Partial<AidSettings> = {}, table = SCHOOL_TABLE) {
  const input: AidCheckInput = { tiers: validTiers(table), applications, members: ROSTER, settings: { ...DEFAULT_AID_SETTINGS, ...settings } };
  return checkAid(input);
}

function only(applications: AidApplication[], settings: Partial<AidSettings> = {}, table = SCHOOL_TABLE) {
  return check(applications, settings, table).rows[0];
}

describe('one ledger row: what is owed, what was paid, and why', () => {
  test('paid exactly what the tier gives: 一致, naming the tier and its rule', () => {
    const r = only([application(2, { memberId: '1001', name: '王秀英', selfPaid: yuan(15000), paid: yuan(2500), paidDate: '2023-11-20' })]);
    expect(r).toMatchObject({ due: yuan(2500), difference: 0, result: '一致', tierRow: 3 });
    expect(r.explanation).toBe('自付 15,000.00 元，按帮扶标准第 3 行（10,000.00 元 ≤ 自付 < 20,000.00 元：2,000.00 元 + 超出 10,000.00 元部分的 10%）应发 2,500.00 元；与实发一致');
  });

  test('paid less: 不一致 with a negative 差额 and how much is missing', () => {
    const r = only([application(2, { memberId: '1001', name: '王秀英', selfPaid: yuan(12345.67), paid: yuan(2200), paidDate: '2023-11-20' })]);
    expect(r).toMatchObject({ due: yuan(2234.57), difference: yuan(-34.57), result: '不一致' });
    expect(r.explanation).toMatch(/应发 2,234\.57 元；实发 2,200\.00 元，少发 34\.57 元$/);
  });

  test('paid more: 不一致 with a positive 差额', () => {
    const r = only([application(2, { memberId: '1001', name: '王秀英', selfPaid: yuan(9000), paid: yuan(2000), paidDate: '2023-11-20' })]);
    expect(r).toMatchObject({ due: yuan(1000), difference: yuan(1000), result: '不一致' });
    expect(r.explanation).toMatch(/多发 1,000\.00 元$/);
  });

  test('not paid yet: 待发放, no 差额', () => {
    const r = only([application(2, { memberId: '1001', name: '王秀英', selfPaid: yuan(30000) })]);
    expect(r).toMatchObject({ due: yuan(5000), difference: null, result: '待发放' });
    expect(r.explanation).toMatch(/应发 5,000\.00 元；尚未发放$/);
  });

  test('below the lowest tier: 不符合条件, nothing owed, nothing to pay', () => {
    const r = only([application(2, { memberId: '1001', name: '王秀英', selfPaid: yuan(4999.99) })]);
    expect(r).toMatchObject({ due: 0, result: '一致', tierRow: null });
    expect(r.explanation).toBe('自付 4,999.99 元，未达到最低档（帮扶标准第 2 行：5,000.00 元 ≤ 自付 < 10,000.00 元），不符合条件，应发 0.00 元；无需发放');
  });

  test('below the lowest tier but paid anyway: 不一致', () => {
    const r = only([application(2, { memberId: '1001', name: '王秀英', selfPaid: yuan(3000), paid: yuan(500), paidDate: '2023-11-20' })]);
    expect(r).toMatchObject({ due: 0, difference: yuan(500), result: '不一致' });
  });

  test('in a gap of the table, or above a closed top tier', () => {
    const table = [[0, 10000, 100, ''], [20000, 30000, 200, '']] as const;
    const rows = check([
      application(2, { memberId: '1001', name: '王秀英', selfPaid: yuan(15000) }),
      application(3, { memberId: '1002', name: '李勇', selfPaid: yuan(30000) }),
    ], {}, table.map((l) => [...l]) as never).rows;
    expect(rows.map((r) => [r.due, r.result])).toEqual([[0, '一致'], [0, '一致']]);
    expect(rows[0].explanation).toContain('落在帮扶标准档位之间的空档，不符合条件');
    expect(rows[1].explanation).toContain('超过最高档（帮扶标准第 3 行：20,000.00 元 ≤ 自付 < 30,000.00 元），不符合条件');
  });

  test('the 含上限 setting reads the city union\'s "2万–3万（含）"', () => {
    const r = only([application(2, { memberId: '1001', name: '王秀英', selfPaid: yuan(30000), paid: yuan(3000), paidDate: '2023-11-20' })], { tierBoundary: 'upper' }, CITY_UNION_TABLE);
    expect(r).toMatchObject({ due: yuan(3000), result: '一致', tierRow: 3 });
    expect(r.explanation).toContain('20,000.00 元 < 自付 ≤ 30,000.00 元');
  });
});

describe('自付金额 from the costs', () => {
  test('blank 自付金额 is 医疗总费用 − 医保报销, and the row says so', () => {
    const r = only([application(2, { memberId: '1001', name: '王秀英', totalCost: yuan(50000), insurancePaid: yuan(35000), paid: yuan(2500), paidDate: '2023-11-20' })]);
    expect(r).toMatchObject({ due: yuan(2500), result: '一致' });
    expect(r.explanation).toContain('自付金额为空，按医疗总费用 − 医保报销 = 15,000.00 元计');
  });

  test('all three given and more than 0.01 apart: noted, 自付金额 is used', () => {
    const r = only([application(2, { memberId: '1001', name: '王秀英', totalCost: yuan(50000), insurancePaid: yuan(35000), selfPaid: yuan(16000), paid: yuan(2600), paidDate: '2023-11-20' })]);
    expect(r).toMatchObject({ due: yuan(2600), result: '一致' });
    expect(r.explanation).toContain('自付金额 16,000.00 元与医疗总费用 − 医保报销 = 15,000.00 元相差 1,000.00 元，按自付金额核算');
  });

  test('one fen apart is rounding, not a disagreement', () => {
    const r = only([application(2, { memberId: '1001', name: '王秀英', totalCost: yuan(50000), insurancePaid: yuan(35000), selfPaid: yuan(15000.01) })]);
    expect(r.explanation).not.toContain('相差');
  });

  test('no 自付金额 and incomplete costs: 错误 naming the column', () => {
    const r = only([application(2, { memberId: '1001', name: '王秀英', totalCost: yuan(50000) })]);
    expect(r).toMatchObject({ due: null, difference: null, result: '错误' });
    expect(r.problems.map(formatProblem)).toEqual(['帮扶台账!2 自付金额: 自付金额为空，医疗总费用和医保报销也不全，无法核算']);
    expect(r.explanation).toBe('自付金额：自付金额为空，医疗总费用和医保报销也不全，无法核算');
  });

  test('医保报销 above 医疗总费用 with no 自付金额: 错误', () => {
    const r = only([application(2, { memberId: '1001', name: '王秀英', totalCost: yuan(1000), insurancePaid: yuan(2000) })]);
    expect(r.result).toBe('错误');
    expect(r.problems[0].column).toBe('医保报销');
  });

  test('a cell the reader could not parse (a negative 自付金额) makes the row 错误, naming the cell', () => {
    const problem = { sheet: '帮扶台账', row: 2, column: '自付金额', message: '金额不能为负数（-500.00 元）' };
    const r = only([application(2, { memberId: '1001', name: '王秀英', problems: [problem] })]);
    expect(r).toMatchObject({ due: null, result: '错误', problems: [problem] });
    expect(r.explanation).toBe('自付金额：金额不能为负数（-500.00 元）');
  });
});

describe('cross-checks against 会员名册 and the other applications', () => {
  test('a 工号 missing from the roster is 错误', () => {
    const r = only([application(2, { memberId: '9999', name: '赵六', selfPaid: yuan(15000) })]);
    expect(r.result).toBe('错误');
    expect(r.problems.map(formatProblem)).toEqual(['帮扶台账!2 工号: 工号 9999 不在会员名册中']);
  });

  test('a blank 工号 is 错误', () => {
    expect(only([application(2, { selfPaid: yuan(15000) })]).problems.map(formatProblem)).toEqual(['帮扶台账!2 工号: 工号为空']);
  });

  test('a member who left (离校) may not apply: 错误, nothing owed, a payment shown for checking', () => {
    const r = only([application(2, { memberId: '1004', name: '刘浩', selfPaid: yuan(15000), paid: yuan(2500), paidDate: '2023-11-20' })]);
    expect(r).toMatchObject({ due: 0, difference: yuan(2500), result: '错误' });
    expect(r.explanation).toBe('会员名册中工号 1004 的会员状态为离校，不能申请帮扶，应发 0.00 元；已实发 2,500.00 元，请核实');
  });

  test('a retiree may apply only when 退休人员可申请 is 是', () => {
    const app = application(2, { memberId: '1003', name: '张红梅', selfPaid: yuan(15000) });
    expect(only([app]).result).toBe('错误');
    expect(only([app]).explanation).toContain('会员状态为退休，设置“退休人员可申请”不为“是”');
    expect(only([app], { retireesMayApply: true })).toMatchObject({ result: '待发放', due: yuan(2500) });
  });

  test('a 姓名 differing from the roster is noted, the row is still checked', () => {
    const r = only([application(2, { memberId: '1001', name: '王秀云', selfPaid: yuan(15000), paid: yuan(2500), paidDate: '2023-11-20' })]);
    expect(r.result).toBe('一致');
    expect(r.explanation).toMatch(/；姓名“王秀云”与会员名册中的“王秀英”不同$/);
  });

  test('a copied row (same 申请编号) is 错误 on the copy', () => {
    const app = application(2, { applicationId: 'YL-001', memberId: '1001', name: '王秀英', selfPaid: yuan(15000) });
    const rows = check([app, { ...app, row: 3 }]).rows;
    expect(rows.map((r) => r.result)).toEqual(['待发放', '错误']);
    expect(rows[1].problems.map(formatProblem)).toEqual(['帮扶台账!3 申请编号: 申请编号“YL-001”与第 2 行重复，是否复制了一行？']);
  });

  test('a second application in a year is refused when 每人每年申请次数 is 1, accepted when it is 2', () => {
    const apps = [
      application(2, { memberId: '1001', name: '王秀英', selfPaid: yuan(15000) }),
      application(3, { memberId: '1002', name: '李勇', selfPaid: yuan(15000) }),
      application(4, { memberId: '1001', name: '王秀英', selfPaid: yuan(8000), paid: yuan(1000), paidDate: '2023-12-01' }),
      application(5, { memberId: '1001', name: '王秀英', year: 2024, selfPaid: yuan(8000) }),
    ];
    const once = check(apps).rows;
    expect(once.map((r) => r.result)).toEqual(['待发放', '待发放', '错误', '待发放']);
    expect(once[2]).toMatchObject({ due: 0, difference: yuan(1000) });
    expect(once[2].problems.map(formatProblem)).toEqual(['帮扶台账!4 工号: 2023 年度已有 1 次申请（第 2 行），超过每人每年申请次数 1 次，本次不予帮扶']);
    expect(check(apps, { applicationsPerYear: 2 }).rows.map((r) => r.result)).toEqual(['待发放', '待发放', '一致', '待发放']);
  });

  test('a blank 年度 counts as 计划年度, and says so', () => {
    const rows = check([
      application(2, { memberId: '1001', name: '王秀英', selfPaid: yuan(15000) }),
      application(3, { memberId: '1001', name: '王秀英', year: null, selfPaid: yuan(15000) }),
    ]).rows;
    expect(rows[1].result).toBe('错误');
    expect(rows[1].explanation).toContain('年度为空，按计划年度 2023 计');
  });
});

describe('年度帮扶上限 across a member\'s applications', () => {
  const settings = { yearlyAidCap: yuan(30000), applicationsPerYear: 3 };

  test('the university: two applications in a year share the 30,000 元 cap, in ledger order', () => {
    const rows = check([
      application(2, { memberId: '1001', name: '王秀英', selfPaid: yuan(45000), paid: yuan(24000), paidDate: '2023-06-01' }),
      application(3, { memberId: '1001', name: '王秀英', selfPaid: yuan(25000), paid: yuan(6000), paidDate: '2023-11-20' }),
      application(4, { memberId: '1001', name: '王秀英', selfPaid: yuan(10000) }),
      application(5, { memberId: '1001', name: '王秀英', year: 2024, selfPaid: yuan(25000) }),
    ], settings, UNIVERSITY_TABLE).rows;
    expect(rows.map((r) => [r.due, r.result])).toEqual([
      [yuan(24000), '一致'],
      [yuan(6000), '一致'],
      [0, '一致'],
      [yuan(12000), '待发放'],
    ]);
    expect(rows[1].explanation).toBe('自付 25,000.00 元，按帮扶标准第 2 行（自付 ≥ 5,000.00 元：超出 5,000.00 元部分的 60%）计 12,000.00 元，受年度帮扶上限 30,000.00 元限制（本年度第 2 行已应发 24,000.00 元），应发 6,000.00 元；与实发一致');
    expect(rows[2].explanation).toContain('（本年度第 2、3 行已应发 30,000.00 元），应发 0.00 元；无需发放');
  });

  test('a single application above the cap is cut to the cap', () => {
    const r = only([application(2, { memberId: '1001', name: '王秀英', selfPaid: yuan(80000), paid: yuan(45000), paidDate: '2023-11-20' })], settings, UNIVERSITY_TABLE);
    expect(r).toMatchObject({ due: yuan(30000), difference: yuan(15000), result: '不一致' });
    expect(r.explanation).toContain('计 45,000.00 元，受年度帮扶上限 30,000.00 元限制，应发 30,000.00 元');
  });

  test('rows in 错误 do not use up the cap', () => {
    const rows = check([
      application(2, { memberId: '1001', name: '王秀英', selfPaid: null }),
      application(3, { memberId: '1001', name: '王秀英', selfPaid: yuan(55000) }),
    ], settings, UNIVERSITY_TABLE).rows;
    expect(rows.map((r) => [r.result, r.due])).toEqual([['错误', null], ['待发放', yuan(30000)]]);
  });
});

describe('the summary the clerk sees', () => {
  test('rows per tier, totals, counts per 核对结果 and the worst differences', () => {
    const { summary } = check([
      application(2, { memberId: '1001', name: '王秀英', selfPaid: yuan(6000), paid: yuan(1000), paidDate: '2023-11-20' }),
      application(3, { memberId: '1002', name: '李勇', selfPaid: yuan(15000), paid: yuan(2000), paidDate: '2023-11-20' }),
      application(4, { memberId: '1003', name: '张红梅', selfPaid: yuan(15000), paid: yuan(2500), paidDate: '2023-11-20' }),
      application(5, { memberId: '9999', name: '赵六', selfPaid: yuan(60000), paid: yuan(9000), paidDate: '2023-11-20' }),
      application(6, { applicationId: 'B6', memberId: '1001', name: '王秀英', year: 2024, selfPaid: yuan(60000) }),
      application(7, { applicationId: 'B7', memberId: '1002', name: '李勇', year: 2024, selfPaid: yuan(100) }),
    ]);
    expect(summary).toEqual({
      rows: 6,
      perTier: [
        { tierRow: 2, label: '帮扶标准第 2 行（5,000.00 元 ≤ 自付 < 10,000.00 元）', rows: 1, due: yuan(1000) },
        { tierRow: 3, label: '帮扶标准第 3 行（10,000.00 元 ≤ 自付 < 20,000.00 元）', rows: 1, due: yuan(2500) },
        { tierRow: 4, label: '帮扶标准第 4 行（20,000.00 元 ≤ 自付 < 50,000.00 元）', rows: 0, due: 0 },
        { tierRow: 5, label: '帮扶标准第 5 行（自付 ≥ 50,000.00 元）', rows: 1, due: yuan(10500) },
        { tierRow: null, label: '不符合条件', rows: 1, due: 0 },
      ],
      totalDue: yuan(14000),
      totalPaid: yuan(14500),
      perResult: { 一致: 2, 不一致: 1, 待发放: 1, 错误: 2 },
      worst: [
        { row: 4, applicationId: 'A4', name: '张红梅', difference: yuan(2500) },
        { row: 3, applicationId: 'A3', name: '李勇', difference: yuan(-500) },
      ],
    });
  });

  test('at most five worst differences, largest first', () => {
    const apps = [1, 2, 3, 4, 5, 6, 7].map((i) => application(i + 1, { memberId: '1001', name: '王秀英', year: 2000 + i, selfPaid: yuan(6000), paid: yuan(1000 + i * 10), paidDate: '2023-11-20' }));
    expect(check(apps).summary.worst.map((w) => w.difference)).toEqual([70, 60, 50, 40, 30].map((d) => yuan(d)));
  });

  test('checking twice gives the same answer', () => {
    const apps = [application(2, { memberId: '1001', name: '王秀英', selfPaid: yuan(15000) })];
    expect(check(apps)).toEqual(check(apps));
  });
});
