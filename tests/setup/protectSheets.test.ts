import { SharedMemoryLock } from '../../runner/services/lock';
import type { MemoryWorkbook } from '../../runner/workbook';
import { answering, runBundle, sampleWorkbook } from '../support/offlineBundle';
import { setSetting } from '../support/noticeWorkbook';

const SENSITIVE = ['会员名册', '帮扶台账', '设置', '发送记录'];

function protectionOf(wb: MemoryWorkbook, name: string) {
  const sheets = wb.sheet(name)!.protections.filter((p) => p.type === 'SHEET');
  expect(sheets).toHaveLength(1);
  return sheets[0];
}

function withAdmins(admins: string): MemoryWorkbook {
  const wb = sampleWorkbook();
  setSetting(wb, '管理员', admins);
  return wb;
}

describe('保护敏感工作表', () => {
  it('lets only 管理员 edit 会员名册, 帮扶台账, 设置 and 发送记录, and warns that 病种 is medical data', () => {
    const wb = withAdmins('chen@example.edu.cn, Clerk@example.edu.cn');
    // Someone was given edit rights on the roster by hand before.
    wb.sheet('会员名册')!.protections.push({ type: 'SHEET', description: '', editors: ['clerk@example.edu.cn', 'intern@example.edu.cn'], warningOnly: true, domainEdit: true });
    const run = runBundle({ workbook: wb, user: 'clerk@example.edu.cn', responder: answering('YES') });
    run.call('menuProtectSheets');

    for (const name of SENSITIVE) {
      const p = protectionOf(wb, name);
      expect(p.editors.sort()).toEqual(['chen@example.edu.cn', 'clerk@example.edu.cn']);
      expect(p.domainEdit).toBe(false);
      expect(p.warningOnly).toBe(false);
      expect(p.description).toContain('仅管理员');
    }
    expect(wb.sheet('工作计划')!.protections).toHaveLength(0);
    expect(wb.sheet('慰问活动')!.protections).toHaveLength(0);

    const [question, report] = run.services.ui.shown;
    expect(question.message).toContain('将保护以下工作表：会员名册、帮扶台账、设置、发送记录');
    expect(question.message).toContain('“病种”列是医疗健康信息');
    expect(report.message).toContain('已保护：会员名册、帮扶台账、设置、发送记录');
    expect(report.message).toContain('已取消以下账号的编辑权限：intern@example.edu.cn');
    expect(report.message).toContain('病种');
  });

  it('brings the editor lists in line with 管理员 when run again, without a second protection', () => {
    const wb = withAdmins('chen@example.edu.cn, clerk@example.edu.cn');
    runBundle({ workbook: wb, user: 'clerk@example.edu.cn', responder: answering('YES') }).call('menuProtectSheets');
    setSetting(wb, '管理员', 'clerk@example.edu.cn；wang@example.edu.cn');
    const run = runBundle({ workbook: wb, user: 'clerk@example.edu.cn', responder: answering('YES') });
    run.call('menuProtectSheets');
    for (const name of SENSITIVE) expect(protectionOf(wb, name).editors.sort()).toEqual(['clerk@example.edu.cn', 'wang@example.edu.cn']);
    expect(run.services.ui.last()!.message).toContain('已取消以下账号的编辑权限：chen@example.edu.cn');
    const values = wb.sheets.map((s) => s.dump());
    runBundle({ workbook: wb, user: 'clerk@example.edu.cn', responder: answering('YES') }).call('menuProtectSheets');
    expect(wb.sheets.map((s) => s.dump())).toEqual(values);
  });

  it.each([
    ['管理员 is empty', '', 'clerk@example.edu.cn', '“管理员”为空，因此没有保护任何工作表'],
    ['the clerk is not an admin', 'chen@example.edu.cn', 'clerk@example.edu.cn', '只有设置中的管理员（chen@example.edu.cn）可以执行此操作'],
    ['Apps Script cannot tell who the clerk is', 'chen@example.edu.cn', '', '无法识别您的账号'],
  ])('refuses, protecting nothing, when %s', (_story, admins, user, message) => {
    const wb = withAdmins(admins);
    const run = runBundle({ workbook: wb, user, responder: answering('YES') });
    run.call('menuProtectSheets');
    expect(wb.sheets.flatMap((s) => s.protections)).toEqual([]);
    expect(run.services.ui.shown).toHaveLength(1);
    expect(run.services.ui.last()!.message).toContain(message);
  });

  it('protects nothing when the clerk says no', () => {
    const wb = withAdmins('clerk@example.edu.cn');
    const run = runBundle({ workbook: wb, user: 'clerk@example.edu.cn', responder: answering('NO') });
    run.call('menuProtectSheets');
    expect(wb.sheets.flatMap((s) => s.protections)).toEqual([]);
  });

  it('protects the sheets that exist and names the missing one', () => {
    const wb = withAdmins('clerk@example.edu.cn');
    wb.sheets.splice(wb.sheets.findIndex((s) => s.name === '发送记录'), 1);
    const run = runBundle({ workbook: wb, user: 'clerk@example.edu.cn', responder: answering('YES') });
    run.call('menuProtectSheets');
    expect(protectionOf(wb, '会员名册').editors).toEqual(['clerk@example.edu.cn']);
    expect(run.services.ui.last()!.message).toContain('发送记录: 找不到工作表“发送记录”，未保护');
  });

  it('is refused while another run holds the document lock', () => {
    const wb = withAdmins('clerk@example.edu.cn');
    const memoryLock = new SharedMemoryLock();
    memoryLock.holders.set('document', 'another-execution');
    const run = runBundle({ workbook: wb, user: 'clerk@example.edu.cn', responder: answering('YES'), services: { memoryLock } });
    run.call('menuProtectSheets');
    expect(wb.sheets.flatMap((s) => s.protections)).toEqual([]);
    expect(run.services.ui.last()!.message).toContain('正在修改本工作簿');
  });
});
