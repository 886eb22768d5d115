import { crashSweep } from '../support/crashSweep';
import { answering } from '../support/offlineBundle';
import { sampleWorld } from '../support/sweepWorlds';
import { setSetting } from '../support/noticeWorkbook';

describe('保护敏感工作表 killed at any service call, then run again', () => {
  it('ends with exactly one protection per sensitive sheet, for the admins', () => {
    const report = crashSweep({
      world: sampleWorld((wb) => {
        setSetting(wb, '管理员', 'clerk@example.edu.cn, chen@example.edu.cn');
        wb.sheet('会员名册')!.protections.push({ type: 'SHEET', description: '', editors: ['intern@example.edu.cn'], warningOnly: true, domainEdit: true });
      }),
      user: 'clerk@example.edu.cn',
      responder: answering('YES'),
      act: (run) => run.call('menuProtectSheets'),
    });
    expect(report.calls).toContain('Protection.removeEditors');
    expect(report.failures).toEqual([]);
  });
});
