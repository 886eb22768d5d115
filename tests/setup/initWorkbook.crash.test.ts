import { MemoryWorkbook } from '../../runner/workbook';
import { crashSweep, type CrashScenario, worldOf } from '../support/crashSweep';

// 初始化工作簿 killed at any service call, then run again, ends exactly as an uninterrupted run.
describe('初始化工作簿 survives a crash at every service call', () => {
  it('on an empty spreadsheet with the sample data', () => {
    const scenario: CrashScenario = {
      world: () => worldOf(MemoryWorkbook.create()),
      act: (run) => run.call('apiInitWorkbook', { sample: true }),
    };
    const report = crashSweep(scenario);
    expect(report.total).toBeGreaterThan(50);
    expect(report.failures).toEqual([]);
  });

  it('around the clerk’s own roster, leaving every cell of it as it was', () => {
    const scenario: CrashScenario = {
      world: () => worldOf(MemoryWorkbook.create({ 会员名册: [['工号', '姓名', '备注'], ['001', '=HYPERLINK("http://x")', '我的']], 工作计划: [] })),
      act: (run) => run.call('apiInitWorkbook', { sample: false }),
    };
    const report = crashSweep(scenario);
    expect(report.failures).toEqual([]);
  });
});
