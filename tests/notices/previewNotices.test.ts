import { sampleWorkbook } from '../support/offlineBundle';
import { noticeRun, setCell } from '../support/noticeWorkbook';
import type { Problem } from '../../src/kernel/problem';

type Preview = {
  status: string; message: string; problems: Problem[];
  data: { toSend: { name: string }[]; skipped: { name: string; note: string }[]; alreadySent: unknown[]; inFlight: unknown[]; mails: { to: string; subject: string; text: string; html: string }[]; allowance: number; state: string };
};

describe('预览慰问通知', () => {
  it('shows recipients, skipped members with reasons, problems and the first three mails, and changes nothing', () => {
    const run = noticeRun(sampleWorkbook());
    const preview = run.call<Preview>('apiPreviewNotices', { campaignId: '2023-三八' });
    expect(preview.status).toBe('done');
    expect(preview.data.state).toBe('草稿');
    expect(preview.data.toSend.length).toBeGreaterThan(10);
    expect(preview.data.mails).toHaveLength(3);
    expect(preview.data.mails[0].subject).toBe('【四川农业大学工会（示例）】“三八”节快乐｜2023年“三八”节女教职工慰问领取通知');
    expect(preview.data.mails[0].text).toContain('请于2023年3月6日至2023年3月10日期间到各校区工会办公室领取');
    expect(preview.data.allowance).toBe(90);
    expect(preview.message).toContain('今天还可发送 90 封');
    expect(run.mail.sent).toEqual([]);
    expect(run.services.log.count('spreadsheet', 'Range.setValues')).toBe(0);
    expect(run.services.log.count('properties', 'Properties.setProperty')).toBe(0);
  });

  it('the menu item previews the selected row in a dialog where merged values are escaped', () => {
    const wb = sampleWorkbook();
    setCell(wb, '会员名册', 2, '姓名', '<script>alert(1)</script>王秀英');
    wb.activeSheet = wb.sheets.findIndex((s) => s.name === '慰问活动');
    wb.selection = { sheet: '慰问活动', a1: 'C3' };
    const run = noticeRun(wb);
    run.call('menuPreviewNotices');
    const dialog = run.services.ui.last('modal')!;
    expect(dialog.title).toBe('预览慰问通知：2023-端午');
    expect(dialog.message).not.toContain('<script>alert(1)');
    expect(dialog.message).toContain('&lt;script&gt;alert(1)&lt;/script&gt;王秀英');
    expect(dialog.message).toContain('<iframe sandbox srcdoc=');
  });

  it('without a selection, asks for the 活动ID', () => {
    const run = noticeRun(sampleWorkbook());
    run.services.ui.responder = (req) => (req.kind === 'prompt' ? { button: 'OK', text: '2023-中秋' } : { button: 'OK' });
    run.call('menuPreviewNotices');
    expect(run.services.ui.last('modal')!.title).toBe('预览慰问通知：2023-中秋');
  });
});

describe('a 帮扶 campaign (帮扶金到账)', () => {
  function aidWorkbook() {
    const wb = sampleWorkbook();
    setCell(wb, '慰问活动', 6, '活动ID', '2023-帮扶金');
    setCell(wb, '慰问活动', 6, '活动名称', '2023年医疗帮扶金发放');
    setCell(wb, '慰问活动', 6, '类型', '帮扶');
    setCell(wb, '慰问活动', 6, '模板', '帮扶金到账');
    setCell(wb, '慰问活动', 6, '计划发送时间', '2023-11-25 09:00');
    return wb;
  }

  it('notifies the members whose aid was paid that year, retired ones included, with the amount and the date', () => {
    const wb = aidWorkbook();
    const preview = noticeRun(wb).call<Preview>('apiPreviewNotices', { campaignId: '2023-帮扶金' });
    const names = preview.data.toSend.map((p) => p.name);
    expect(names).toContain('王秀英');
    expect(names).toContain('徐伟'); // 退休, aid paid
    expect(names).not.toContain('李勇'); // 实发金额 0: not paid
    expect(names).not.toContain('胡晓燕'); // not paid yet
    expect(preview.data.skipped.map((s) => [s.name, s.note])).toEqual([
      ['赵无名', '会员名册中找不到工号 009999，没有邮箱可发'],
      ['郭勇', '会员名册中没有邮箱'],
    ]);
    expect(preview.data.mails[0].subject).toBe('【四川农业大学工会（示例）】医疗帮扶金发放通知');
    expect(preview.data.mails[0].text).toContain('您申请的2023年度教职工医疗帮扶金已经审核发放，发放金额为1,000.00元，发放日期为2023年11月24日');
    // 林刚 has two paid rows in the sample: one notice each cannot be told apart, so the send waits.
    expect(preview.status).toBe('problems');
    expect(preview.problems).toContainEqual({ sheet: '帮扶台账', row: 20, column: '工号', message: '工号 001255 在本活动中出现两次（帮扶台账第 18 行和第 20 行），发送记录无法区分，每人只能收到一封通知：请合并这两行，或分成两个活动发送' });
  });
});
