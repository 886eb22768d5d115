import { resultText } from '../../../src/kernel/contracts/resultText';

describe('a result as a dialog shows it', () => {
  const problems = [
    { sheet: '帮扶台账', row: 5, column: '自付金额', message: '“abc”不是有效的金额' },
    { sheet: '帮扶标准', message: '档位之间有空档', severity: 'warning' as const },
    { sheet: '设置', column: '值', message: '档位边界：应为空、“含下限”或“含上限”' },
  ];
  it('puts the message first and each problem on its own line, located by its fields', () => {
    expect(resultText({ message: '核算未进行：', problems })).toBe('核算未进行：\n帮扶台账!5 自付金额: “abc”不是有效的金额\n帮扶标准: 档位之间有空档\n设置 值: 档位边界：应为空、“含下限”或“含上限”');
  });
  it('lists only as many problems as the dialog has room for', () => {
    expect(resultText({ message: '核算未进行：', problems }, 1)).toBe('核算未进行：\n帮扶台账!5 自付金额: “abc”不是有效的金额');
    expect(resultText({ message: '已完成。', problems: [] })).toBe('已完成。');
  });
});
