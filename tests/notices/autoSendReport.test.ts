import { approverReport, isNews, reportBody } from '../../src/notices/autoSendReport';
import type { CampaignRunReport } from '../../src/notices/campaignRunReport';

const run: CampaignRunReport = {
  campaignId: '2023-中秋', campaignName: '2023年中秋节慰问品发放', sent: 30, alreadySent: 0,
  skipped: [{ memberId: '001289', name: '郭勇', email: '', note: '会员名册中没有邮箱' }], failed: [], uncertain: null, inFlight: [], left: 26, stoppedBy: 'quota', finished: false,
};

describe('the approver’s report', () => {
  it('says what was sent, skipped, failed and left for tomorrow', () => {
    expect(reportBody([{ kind: 'run', report: run }])).toBe('活动“2023-中秋”（2023年中秋节慰问品发放）：本次发送 30 封，累计已发送 30 人；跳过 1 人：郭勇（会员名册中没有邮箱）；今日发信额度已用完，剩余 26 封明天继续（留待明天）。');
  });

  it('is a mail with a dated subject and an HTML alternative', () => {
    const mail = approverReport([{ kind: 'changed', campaignId: '2023-端午', campaignName: '' }], '2023-06-09 10:00:05', '某大学工会');
    expect(mail.subject).toBe('【工会助手】慰问通知自动发送报告 2023-06-09 10:00');
    expect(mail.text).toContain('以下是某大学工会自动发送慰问通知的结果（2023-06-09 10:00:05）');
    expect(mail.text).toContain('活动“2023-端午”：审核后活动行或邮件模板被修改过');
    expect(mail.html).toContain('<p>您好：</p>');
  });

  it('a campaign with nothing new is not news', () => {
    expect(isNews({ kind: 'run', report: { ...run, sent: 0, skipped: [], stoppedBy: 'done', left: 0, finished: true } })).toBe(false);
    expect(isNews({ kind: 'run', report: run })).toBe(true);
    expect(isNews({ kind: 'blocked', campaignId: 'x', campaignName: '', problems: [] })).toBe(true);
  });
});
