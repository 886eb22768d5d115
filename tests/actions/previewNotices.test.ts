import { sampleWorkbook } from '../support/offlineBundle';
import { noticeRun, setCell } from '../support/noticeWorkbook';

type Preview = {
  status: string; message: string; problems: string[];
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
