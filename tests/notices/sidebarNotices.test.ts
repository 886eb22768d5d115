// The sidebar's 慰问通知 calls on the BUILT dist/Code.js and the sample workbook: each reply is
// checked against the contract, and a send is polled for progress while it runs.
import { SharedMemoryLock } from '../../runner/services/lock';
import { unwrap } from '../../runner/services/offline';
import type { OfflineMailApp } from '../../runner/services/mail';
import type { CampaignListView, NoticePreviewView, SendProgressView, SendTestView, SidebarReply } from '../../src/kernel/contracts/sidebarContract';
import { runBundle, sampleWorkbook } from '../support/offlineBundle';
import { CLERK, noticeRun, rowsOf, setCell, setSetting } from '../support/noticeWorkbook';
import { recordFixture, replyData } from '../support/sidebarFixtures';
import { replyErrors } from '../support/sidebarShapes';



const DUANWU = '2023-端午';

describe('the 慰问通知 view', () => {
  it('lists the campaigns with their states, the one on the selected row first in mind', () => {
    const wb = sampleWorkbook();
    const run = noticeRun(wb);
    const row = rowsOf(wb, '慰问活动').findIndex((r) => r['活动ID'] === DUANWU) + 2;
    wb.activeSheet = wb.sheets.findIndex((s) => s.name === '慰问活动');
    wb.selection = { sheet: '慰问活动', a1: `B${row}` };
    const reply = run.call<SidebarReply<CampaignListView>>('sidebarCampaigns');
    expect(replyErrors('sidebarCampaigns', reply)).toEqual([]);
    recordFixture('campaigns', reply);
    const list = replyData(reply);
    expect(list.selectedId).toBe(DUANWU);
    expect(list.campaigns.map((c) => c.id)).toContain(DUANWU);
    expect(list.campaigns.find((c) => c.id === DUANWU)).toMatchObject({ type: '端午', state: '草稿', sendAt: '2023-06-09 09:00' });
    // Without a selection in 慰问活动 the sidebar picks for itself.
    wb.selection = null;
    wb.activeSheet = 0;
    expect(replyData(run.call<SidebarReply<CampaignListView>>('sidebarCampaigns')).selectedId).toBeNull();
  });

  it('previews a campaign: counts, skipped members with reasons, the first three mails', () => {
    const run = noticeRun(sampleWorkbook());
    const reply = run.call<SidebarReply<NoticePreviewView>>('sidebarNoticePreview', DUANWU);
    expect(replyErrors('sidebarNoticePreview', reply)).toEqual([]);
    recordFixture('noticePreview', reply);
    const p = replyData(reply);
    expect(p.campaign).toMatchObject({ id: DUANWU, state: '草稿' });
    expect(p.counts).toMatchObject({ toSend: 56, alreadySent: 0, inFlight: 0, skipped: 2 });
    expect(p.skipped.map((s) => [s.name, s.note])).toEqual([
      ['郭勇', '会员名册中没有邮箱'],
      ['萧志强', '邮箱“liu.min@example”中 @ 后面的域名不正确'],
    ]);
    expect(p.mails).toHaveLength(3);
    expect(p.mails[0]).toMatchObject({ to: 't001000@example.edu.cn', name: '王秀英', subject: '【四川农业大学工会（示例）】端午安康｜2023年端午节慰问品发放领取通知' });
    expect(p.mails[0].html).toContain('<p>尊敬的王秀英老师：</p>');
    expect(p).toMatchObject({ canSend: true, cannotSendReason: '' });
    expect(p.problems.every((x) => !x.blocking)).toBe(true);
    // A preview only reads.
    expect(run.services.log.count('spreadsheet', 'Range.setValues')).toBe(0);
    expect(run.mail.sent).toHaveLength(0);
  });

  it('a campaign whose template names an unknown column can be previewed but not sent', () => {
    const wb = sampleWorkbook();
    const templates = rowsOf(wb, '邮件模板');
    const row = templates.findIndex((t) => t['模板名称'] === '端午') + 2;
    setCell(wb, '邮件模板', row, '主题', '{{职称}}，端午安康');
    const p = replyData(noticeRun(wb).call<SidebarReply<NoticePreviewView>>('sidebarNoticePreview', DUANWU));
    expect(p.canSend).toBe(false);
    expect(p.cannotSendReason).toContain('改正之前不会发送任何邮件');
    expect(p.problems.some((x) => x.blocking && x.text.includes('职称'))).toBe(true);
  });

  it('an unknown campaign is a Chinese refusal, not an exception', () => {
    const reply = noticeRun(sampleWorkbook()).call<SidebarReply<NoticePreviewView>>('sidebarNoticePreview', '2023-七夕');
    expect(replyErrors('sidebarNoticePreview', reply)).toEqual([]);
    expect(reply).toMatchObject({ ok: false, error: { kind: 'problems' } });
    if (!reply.ok) expect(reply.error.message).toContain('找不到活动ID“2023-七夕”');
  });

  it('sends the test mail to the clerk only', () => {
    const run = noticeRun(sampleWorkbook());
    const reply = run.call<SidebarReply<SendTestView>>('sidebarSendTest', DUANWU);
    expect(replyErrors('sidebarSendTest', reply)).toEqual([]);
    recordFixture('sendTest', reply);
    expect(replyData(reply)).toMatchObject({ to: CLERK, subject: '【测试】【四川农业大学工会（示例）】端午安康｜2023年端午节慰问品发放领取通知' });
    expect(run.mail.sent.map((m) => m.to)).toEqual([[CLERK]]);
  });
});

describe('sending from the sidebar', () => {
  it('reports progress while the send runs, then the result; the second send sends nothing', () => {
    const wb = sampleWorkbook();
    const run = noticeRun(wb);
    // A poll from the sidebar arrives while the 25th mail goes out (Apps Script runs it as a
    // separate execution; here the bundle is simply called again from inside MailApp).
    const mail = unwrap<OfflineMailApp>(run.services.globals.MailApp)!;
    const send = mail.sendEmail.bind(mail);
    const polls: SidebarReply<SendProgressView>[] = [];
    mail.sendEmail = ((...args: Parameters<OfflineMailApp['sendEmail']>) => {
      if (mail.sent.length === 24) polls.push(run.call('sidebarSendProgress', DUANWU));
      return send(...args);
    }) as OfflineMailApp['sendEmail'];

    const reply = run.call<SidebarReply<SendProgressView>>('sidebarSend', DUANWU);
    expect(replyErrors('sidebarSend', reply)).toEqual([]);
    recordFixture('sendDone', reply);
    expect(replyData(reply)).toMatchObject({ campaignId: DUANWU, phase: 'done', total: 56, sent: 56, failed: 0, skipped: 2, remaining: 0 });
    expect(replyData(reply).message).toContain('该活动已全部发送完毕');
    expect(mail.sent).toHaveLength(56);

    expect(polls).toHaveLength(1);
    expect(replyErrors('sidebarSendProgress', polls[0])).toEqual([]);
    recordFixture('sendProgress', polls[0]);
    const during = replyData(polls[0]);
    expect(during).toMatchObject({ campaignId: DUANWU, phase: 'sending', total: 56 });
    expect(during.sent).toBeGreaterThanOrEqual(10);
    expect(during.sent).toBeLessThan(24);
    // After the run, a poll sees how it ended.
    expect(replyData(run.call<SidebarReply<SendProgressView>>('sidebarSendProgress', DUANWU))).toEqual(replyData(reply));
    expect(replyData(run.call<SidebarReply<SendProgressView>>('sidebarSendProgress', '2023-中秋')).phase).toBe('idle');
    // A poll is one document property read: no spreadsheet call, whatever the campaign's size.
    const poller = noticeRun(wb, { store: run.store });
    poller.call('sidebarSendProgress', DUANWU);
    expect(poller.services.log.count('spreadsheet')).toBe(0);

    // What the sidebar shows next: everyone sent, nothing left to send.
    const after = run.call<SidebarReply<NoticePreviewView>>('sidebarNoticePreview', DUANWU);
    expect(replyErrors('sidebarNoticePreview', after)).toEqual([]);
    recordFixture('noticePreviewAfterSend', after);
    expect(replyData(after)).toMatchObject({ canSend: false, counts: { toSend: 0, alreadySent: 56 }, campaign: { state: '已完成' } });

    const again = run.call<SidebarReply<SendProgressView>>('sidebarSend', DUANWU);
    expect(replyErrors('sidebarSend', again)).toEqual([]);
    expect(again).toMatchObject({ ok: false, error: { kind: 'refused' } });
    expect(mail.sent).toHaveLength(56);
  });

  it('while another run holds the lock nothing is sent, and no progress is left behind', () => {
    const memoryLock = new SharedMemoryLock();
    memoryLock.holders.set('document', 'another-execution');
    const blocked = runBundle({ workbook: sampleWorkbook(), user: CLERK, services: { memoryLock } });
    const reply = blocked.call<SidebarReply<SendProgressView>>('sidebarSend', DUANWU);
    expect(replyErrors('sidebarSend', reply)).toEqual([]);
    expect(reply).toMatchObject({ ok: false, error: { kind: 'locked' } });
    expect(replyData(blocked.call<SidebarReply<SendProgressView>>('sidebarSendProgress', DUANWU)).phase).toBe('idle');
  });

  it('someone who is not 管理员 is refused', () => {
    const wb = sampleWorkbook();
    setSetting(wb, '管理员', 'chair@example.edu.cn');
    const run = noticeRun(wb);
    const reply = run.call<SidebarReply<SendProgressView>>('sidebarSend', DUANWU);
    expect(reply).toMatchObject({ ok: false, error: { kind: 'refused' } });
    expect(run.mail.sent).toHaveLength(0);
  });
});
