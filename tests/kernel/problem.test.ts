import { formatProblem } from '../../src/kernel/problem';

describe('a problem as the clerk reads it', () => {
  it('names sheet, row and column', () => {
    expect(formatProblem({ sheet: '帮扶台账', row: 5, column: '自付金额', message: '“abc”不是有效的金额' })).toBe('帮扶台账!5 自付金额: “abc”不是有效的金额');
    expect(formatProblem({ sheet: '会员名册', message: '找不到工作表' })).toBe('会员名册: 找不到工作表');
  });

  it('keeps quoted IDs and addresses whole', () => {
    const id = `${'c'.repeat(26)}@group.calendar.google.com`;
    expect(formatProblem({ sheet: '设置', column: '值', message: `找不到日历“${id}”` })).toBe(`设置 值: 找不到日历“${id}”`);
  });

  it('shortens a quoted 10,000-character cell so the reason stays readable', () => {
    const text = formatProblem({ sheet: '帮扶台账', row: 3, column: '自付金额', message: `“${'长'.repeat(10_000)}”不是有效的金额` });
    expect(text).toBe(`帮扶台账!3 自付金额: “${'长'.repeat(40)}……”（共 10000 个字符）不是有效的金额`);
  });

  it('never splits an emoji or a rare character in two', () => {
    const text = formatProblem({ sheet: '会员名册', row: 2, column: '姓名', message: `“${'𠮷😀'.repeat(80)}”太长` });
    expect(text).toContain(`“${'𠮷😀'.repeat(20)}……”（共 160 个字符）`);
  });
});
