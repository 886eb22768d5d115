import { sampleWorkbook } from '../support/offlineBundle';
import { CLERK, noticeRun, rowsOf } from '../support/noticeWorkbook';

type TestResult = { status: string; message: string; data?: { to: string; subject: string } };

describe('发送测试邮件给我', () => {
  it('sends the first recipient’s notice to the clerk, subject prefixed 【测试】, and records nothing', () => {
    const wb = sampleWorkbook();
    const run = noticeRun(wb);
    const result = run.call<TestResult>('apiSendTestNotice', { campaignId: '2023-端午' });
    expect(result.status).toBe('done');
    expect(run.mail.sent).toHaveLength(1);
    const mail = run.mail.sent[0];
    expect(mail.to).toEqual([CLERK]);
    expect(mail.subject).toBe('【测试】【四川农业大学工会（示例）】端午安康｜2023年端午节慰问品发放领取通知');
    expect(mail.text).toContain('尊敬的王秀英老师');
    expect(rowsOf(wb, '发送记录')).toEqual([]);
    expect(result.message).toContain('测试邮件不记入发送记录');
  });

  it('goes to another address when asked (offline --test-to), and refuses when nobody can be identified', () => {
    const run = noticeRun(sampleWorkbook());
    run.call('apiSendTestNotice', { campaignId: '2023-端午', to: 'me@example.edu.cn' });
    expect(run.mail.sent[0].to).toEqual(['me@example.edu.cn']);
    const anonymous = noticeRun(sampleWorkbook(), { user: '' });
    expect(anonymous.call<TestResult>('apiSendTestNotice', { campaignId: '2023-端午' }).status).toBe('refused');
    expect(anonymous.mail.sent).toEqual([]);
  });
});
