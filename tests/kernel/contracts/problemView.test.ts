import { problemView } from '../../../src/kernel/contracts/problemView';

describe('problems in the sidebar', () => {
  it('keep the formatted sentence and where to jump to', () => {
    expect(problemView({ sheet: '工作计划', row: 25, column: '开始日期', message: '“9月31日”不是有效日期' })).toEqual({
      text: '工作计划!25 开始日期: “9月31日”不是有效日期', sheet: '工作计划', row: 25, blocking: true,
    });
    expect(problemView({ sheet: '帮扶标准', message: '档位之间有空档', severity: 'warning' })).toEqual({
      text: '帮扶标准: 档位之间有空档', sheet: '帮扶标准', row: null, blocking: false,
    });
  });
});
