// A refusal for one located problem (an unknown 活动ID) used to print the sentence twice: once as
// the result's message, once located. The clerk reads it once, with its sheet and column.
import { printResult } from '../../../runner/commands/printResult';

const printed = (result: Parameters<typeof printResult>[0]) => {
  const lines: string[] = [];
  const code = printResult(result, (l) => lines.push(l));
  return { code, lines };
};

it('an unknown 活动ID is said once, located', () => {
  const message = '找不到活动ID“不存在”（现有：2023-端午）';
  expect(printed({ status: 'problems', message, problems: [{ sheet: '慰问活动', column: '活动ID', message }] })).toEqual({
    code: 1,
    lines: ['慰问活动 活动ID: 找不到活动ID“不存在”（现有：2023-端午）'],
  });
});

it('a summary message is printed before the problems it sums up', () => {
  const problem = { sheet: '工作计划', row: 9, column: '月份', message: '“13月”不是有效月份' };
  expect(printed({ status: 'problems', message: '工作表中有需要修改的地方，日历未作改动：', problems: [problem] }).lines).toEqual([
    '工作表中有需要修改的地方，日历未作改动：',
    '工作计划!9 月份: “13月”不是有效月份',
  ]);
});
