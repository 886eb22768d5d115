import { sampleWorkbook } from '../support/offlineBundle';
import { CLERK, column, noticeRun, recipients, rowsOf, setCell, setSetting } from '../support/noticeWorkbook';

type AutoResult = { status: string; message: string; data: { runs: { campaignId: string; sent: number; stoppedBy: string }[]; reports: { to: string; subject: string }[]; held: string[] } };

const APPROVER = 'chair@example.edu.cn';
const ROW = { 三八: 2, 端午: 3, 中秋: 4, 生日Q4: 5 };

/** The date `days` from now in the workbook's zone (Asia/Shanghai). */
function inDays(days: number): string {
  return new Date(Date.now() + 8 * 3600_000 + days * 86400_000).toISOString().slice(0, 10);
}

function approved(...ids: string[]) {
  const wb = sampleWorkbook();
  const approver = noticeRun(wb, { user: APPROVER });
  for (const id of ids) expect(approver.call<{ status: string }>('apiApproveCampaign', { campaignId: id }).status).toBe('done');
  return { wb, store: approver.store };
}

describe('automatic sending', () => {
  it('开启自动发送 installs one hourly trigger, however often it is chosen; 关闭自动发送 removes it', () => {
    const run = noticeRun(sampleWorkbook());
    run.call('menuEnableAutoSend');
    run.call('menuEnableAutoSend');
    expect(run.store.state.triggers.map((t) => [t.handler, t.kind, t.intervalMs])).toEqual([['autoSendNotices', 'every', 3_600_000]]);
    expect(run.services.ui.last()!.message).toContain('自动发送已经是开启状态');
    run.call('menuDisableAutoSend');
    expect(run.store.state.triggers).toEqual([]);
    expect(run.services.ui.last()!.message).toContain('已关闭自动发送');
  });

  it('the hourly run sends an approved campaign whose time has passed, and mails the approver a report', () => {
    const { wb, store } = approved('2023-端午');
    const hourly = noticeRun(wb, { store, user: APPROVER });
    const result = hourly.call<AutoResult>('autoSendNotices');
    expect(result.data.runs.map((r) => [r.campaignId, r.sent, r.stoppedBy])).toEqual([['2023-端午', 56, 'done']]);
    const report = hourly.mail.sent.at(-1)!;
    expect(report.to).toEqual([APPROVER]);
    expect(report.subject).toMatch(/^【工会助手】慰问通知自动发送报告 \d{4}-\d{2}-\d{2} \d{2}:\d{2}$/);
    expect(report.text).toContain('活动“2023-端午”（2023年端午节慰问品发放）：本次发送 56 封，累计已发送 56 人；跳过 2 人：郭勇（会员名册中没有邮箱）');
    expect(report.text).toContain('已全部发送完毕');
    expect(column(wb, '慰问活动', '状态')[ROW.端午 - 2]).toBe('已完成');
    expect(new Set(rowsOf(wb, '发送记录').map((r) => r['操作人']))).toEqual(new Set([`自动发送（${APPROVER}）`]));

    // The next hour: nothing is due, nothing is sent, and the approver is not mailed again.
    const next = noticeRun(wb, { store, user: APPROVER });
    expect(next.call<AutoResult>('autoSendNotices').message).toBe('自动发送：没有到期需要发送的活动。');
    expect(next.mail.sent).toEqual([]);
  });

  it('a campaign approved for later is not sent before its time, and a 草稿 never is', () => {
    const { wb, store } = approved('2023-端午', '2023-中秋');
    setCell(wb, '慰问活动', ROW.端午, '计划发送时间', `${inDays(2)} 09:00`);
    // Re-approve the changed row: approved, but for the day after tomorrow.
    noticeRun(wb, { store, user: APPROVER }).call('apiApproveCampaign', { campaignId: '2023-端午' });
    const hourly = noticeRun(wb, { store, user: APPROVER });
    const result = hourly.call<AutoResult>('autoSendNotices');
    expect(result.data.runs.map((r) => r.campaignId)).toEqual(['2023-中秋']);
    expect(column(wb, '慰问活动', '状态')).toEqual(['', '已审核', '已完成', '']);
    const notices = hourly.mail.sent.filter((m) => m.to[0] !== APPROVER);
    expect(notices.every((m) => m.subject.includes('中秋'))).toBe(true);
  });

  it('changing an approved row or its template makes it a 草稿 again: not sent, and the approver is told once', () => {
    const { wb, store } = approved('2023-端午', '2023-中秋');
    setCell(wb, '慰问活动', ROW.端午, '领取地点', '雅安校区工会办公室');
    const templateRow = column(wb, '邮件模板', '模板名称').indexOf('中秋') + 2;
    setCell(wb, '邮件模板', templateRow, '主题', '中秋快乐');
    const hourly = noticeRun(wb, { store, user: APPROVER });
    const result = hourly.call<AutoResult>('autoSendNotices');
    expect(result.data.runs).toEqual([]);
    expect(result.data.held).toEqual(['2023-端午', '2023-中秋']);
    expect(hourly.mail.sent.map((m) => m.to[0])).toEqual([APPROVER]);
    expect(hourly.mail.sent[0].text).toContain('活动“2023-端午”（2023年端午节慰问品发放）：审核后活动行或邮件模板被修改过，已视为草稿、没有发送。请检查后重新审核。');
    expect(hourly.mail.sent[0].text).toContain('活动“2023-中秋”');
    const preview = hourly.call<{ data: { state: string; stateReason: string } }>('apiPreviewNotices', { campaignId: '2023-端午' });
    expect(preview.data.state).toBe('草稿');

    const again = noticeRun(wb, { store, user: APPROVER });
    again.call('autoSendNotices');
    expect(again.mail.sent).toEqual([]); // the same news is not mailed every hour
  });

  it('continues across days within the quota and says what is left for tomorrow', () => {
    const { wb, store } = approved('2023-端午');
    setSetting(wb, '每日发信上限', '');
    const day1 = noticeRun(wb, { store, user: APPROVER, mail: { quota: 31 } });
    const first = day1.call<AutoResult>('autoSendNotices');
    expect(first.data.runs.map((r) => [r.sent, r.stoppedBy])).toEqual([[30, 'quota']]);
    expect(day1.mail.sent.at(-1)!.text).toContain('今日发信额度已用完，剩余 26 封明天继续（留待明天）');
    expect(column(wb, '慰问活动', '状态')[ROW.端午 - 2]).toBe('发送中');
    const day2 = noticeRun(wb, { store, user: APPROVER, mail: { quota: 100 } });
    expect(day2.call<AutoResult>('autoSendNotices').data.runs.map((r) => [r.sent, r.stoppedBy])).toEqual([[26, 'done']]);
    const notices = recipients(day1, day2).filter((to) => to !== APPROVER);
    expect(notices).toHaveLength(56);
    expect(new Set(notices).size).toBe(56);
  });

  it('a campaign started by hand and stopped by the quota is continued by the hourly run', () => {
    const wb = sampleWorkbook();
    const byHand = noticeRun(wb, { mail: { quota: 10 } });
    byHand.call('apiSendNotices', { campaignId: '2023-三八' });
    const hourly = noticeRun(wb, { store: byHand.store, mail: { quota: 100 } });
    const result = hourly.call<AutoResult>('autoSendNotices');
    expect(result.data.runs.map((r) => r.campaignId)).toEqual(['2023-三八']);
    expect(hourly.mail.sent.at(-1)!.to).toEqual([CLERK]);
    expect(column(wb, '慰问活动', '状态')[ROW.三八 - 2]).toBe('已完成');
  });
});
