import { formatProblem } from '../../src/kernel/problem';
import { wallClock } from '../../src/kernel/values/cell';
import { readAidLedger } from '../../src/aid/readAidLedger';

const HEADER = ['申请编号', '年度', '工号', '姓名', '分会', '病种', '医疗总费用', '医保报销', '自付金额', '实发金额', '发放日期', '应发金额', '差额', '核对结果', '说明'];

describe('reading 帮扶台账 rows', () => {
  test('a row typed every way a clerk types it', () => {
    const { applications, problems } = readAidLedger([
      HEADER,
      ['YL-2023-01', 2023, 1001, ' 王秀英 ', '农学院分会', '肿瘤', '¥50,000', '３５０００', '', '2,500.00', wallClock('2023-11-20'), 2500, 0, '一致', '旧说明'],
      ['YL-2023-02', '２０２３年', '001002', '李勇', '', '', '', '', '1.2万', '', '', '', '', '', ''],
    ]);
    expect(problems).toEqual([]);
    expect(applications[0]).toMatchObject({
      row: 2, applicationId: 'YL-2023-01', year: 2023, memberId: '1001', name: '王秀英',
      totalCost: 5000000, insurancePaid: 3500000, selfPaid: null, paid: 250000, paidDate: '2023-11-20', problems: [],
    });
    expect(applications[0].fields['病种']).toBe('肿瘤');
    expect(applications[1]).toMatchObject({ row: 3, year: 2023, memberId: '001002', selfPaid: 1200000, paid: null, paidDate: null, problems: [] });
  });

  test('each unreadable cell is a problem naming the row and column; a negative self-paid amount is refused', () => {
    const { applications } = readAidLedger([
      HEADER,
      ['YL-9', '二〇二三', '1001', '王秀英', '', '', 'abc', '', '-500', '=SUM(A1)', '十一月', '', '', '', ''],
    ]);
    expect(applications[0].problems.map(formatProblem)).toEqual([
      '帮扶台账!2 年度: “二〇二三”不是有效的年度，请填写如 2023',
      '帮扶台账!2 医疗总费用: “abc”不是有效的金额',
      '帮扶台账!2 自付金额: 金额不能为负数（-500.00 元）',
      '帮扶台账!2 实发金额: “=SUM(A1)”不是有效的金额',
      '帮扶台账!2 发放日期: “十一月”不是有效日期（例如 2023-06-20）',
    ]);
    expect(applications[0]).toMatchObject({ year: null, totalCost: null, selfPaid: null, paid: null, paidDate: null });
  });

  test('blank rows are skipped, rows holding only old output are set apart; the owned columns may be missing; a required header may not', () => {
    const { applications, problems } = readAidLedger([HEADER.slice(0, 11), [], ['YL-1', 2023, '1001', '王秀英', '', '', '', '', 100, '', '']]);
    expect(problems).toEqual([]);
    expect(applications.map((a) => a.row)).toEqual([3]);
    const cleared = readAidLedger([HEADER, ['', '', '', '', '', '', '', '', '', '', '', 1000, 0, '一致', '旧说明'], ['YL-1', 2023, '1001', '', '', '', '', '', 100, '', '', '', '', '', '']]);
    expect(cleared.outputOnlyRows).toEqual([2]);
    expect(cleared.applications.map((a) => a.row)).toEqual([3]);
    expect(readAidLedger([HEADER.filter((h) => h !== '自付金额')]).problems.map(formatProblem)).toEqual(['帮扶台账!1 自付金额: 缺少表头“自付金额”（表头行现有：申请编号、年度、工号、姓名、分会、病种、医疗总费用、医保报销、实发金额、发放日期、应发金额、差额、核对结果、说明）']);
  });
});
