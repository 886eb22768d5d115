import { problemView, problemViewFromText } from '../../../src/kernel/contracts/problemView';

describe('problems in the sidebar', () => {
  it('keep the formatted sentence and where to jump to', () => {
    expect(problemView({ sheet: '工作计划', row: 25, column: '开始日期', message: '“9月31日”不是有效日期' })).toEqual({
      text: '工作计划!25 开始日期: “9月31日”不是有效日期', sheet: '工作计划', row: 25, blocking: true,
    });
    expect(problemView({ sheet: '帮扶标准', message: '档位之间有空档', severity: 'warning' })).toEqual({
      text: '帮扶标准: 档位之间有空档', sheet: '帮扶标准', row: null, blocking: false,
    });
  });
  it('an already formatted problem still finds its row', () => {
    expect(problemViewFromText('会员名册!12 邮箱: 格式不正确')).toMatchObject({ sheet: '会员名册', row: 12 });
    expect(problemViewFromText('帮扶标准: 没有任何档位')).toMatchObject({ sheet: '帮扶标准', row: null });
    expect(problemViewFromText('请先运行 初始化工作簿')).toMatchObject({ row: null });
  });
});
