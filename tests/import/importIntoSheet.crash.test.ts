import { crashSweep } from '../support/crashSweep';
import { sampleWorld } from '../support/sweepWorlds';

const EXPORT = [
  ['工号', '姓名', '性别', '邮箱', '会员状态'],
  ['001000', '王秀英', '女', 'wang.new@example.edu.cn', '在册'],
  ['009001', '新同事', '男', 'new@example.edu.cn', '在册'],
  ['009002', '=HYPERLINK("http://evil.example")', '女', 'x@example.edu.cn', '在册'],
];

describe('导入名册 killed at any service call, then run again', () => {
  it('merges every row exactly once, keeping what the clerk did not import', () => {
    const report = crashSweep({ world: sampleWorld(), act: (run) => run.call('apiImport', { into: '会员名册', rows: EXPORT, apply: true }) });
    expect(report.calls).toContain('Range.setValues');
    expect(report.failures).toEqual([]);
  });
});
