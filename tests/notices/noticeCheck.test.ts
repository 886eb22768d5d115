import { campaignAtRow, checkNotices, findCampaign, type NoticeData, renderFor } from '../../src/notices/noticeCheck';
import { formatProblem, isBlocking, type Problem } from '../../src/kernel/problem';
import type { Campaign } from '../../src/notices/campaign';
import { data } from '../helpers/noticeData';

const campaignOf = (d: NoticeData, id: string) => findCampaign(d, id) as Campaign;
const lines = (ps: readonly Problem[]) => ps.map(formatProblem);

describe('checking a campaign before anything is sent', () => {
  it('the sample 端午 campaign: 56 to send, 2 skipped, only a warning', () => {
    const d = data();
    const check = checkNotices(d, campaignOf(d, '2023-端午'));
    expect(check.blocked).toBe(false);
    expect(check.plan.toSend).toHaveLength(56);
    expect(check.plan.skipped).toHaveLength(2);
    expect(check.problems.every((p) => !isBlocking(p))).toBe(true);
    expect(check.state.state).toBe('草稿');
    expect(renderFor(d, check, check.plan.toSend[0].recipient).subject).toContain('端午安康');
    expect(campaignAtRow(d, 3)?.id).toBe('2023-端午');
  });

  it('names a missing template, and finds no campaign that is not there', () => {
    const d = data({ campaigns: [{ 活动ID: 'X', 活动名称: 'x', 模板: '国庆' }] });
    const check = checkNotices(d, campaignOf(d, 'X'));
    expect(check.blocked).toBe(true);
    expect(lines(check.problems)).toContain('慰问活动!2 模板: 找不到模板“国庆”，邮件模板中现有：端午、中秋、元旦、春节、生日、三八、帮扶金到账、催领');
    expect(formatProblem(findCampaign(d, 'Y') as Problem)).toBe('慰问活动 活动ID: 找不到活动ID“Y”（现有：X）');
  });

  it('warns when a placeholder would render empty, and when a 生日 campaign has no quarter', () => {
    const d = data({ campaigns: [{ 活动ID: 'B', 活动名称: '生日', 类型: '生日', 模板: '生日', 领取地点: '工会' }] });
    const check = checkNotices(d, campaignOf(d, 'B'));
    expect(check.blocked).toBe(false);
    expect(lines(check.problems)).toEqual(expect.arrayContaining([
      '慰问活动!2 生日季度: 生日活动没有填写生日季度，将发给所有在册会员',
      '邮件模板!6 正文: 占位符{{领取开始}}的值为空，邮件中这里会是空白',
      '邮件模板!6 正文: 占位符{{领取截止}}的值为空，邮件中这里会是空白',
    ]));
  });

  it('a 发送记录 row whose 状态 cannot be read blocks that campaign only', () => {
    const d = { ...data(), unreadableSendLog: new Map([['2023-端午', [{ sheet: '发送记录', row: 5, column: '状态', message: '应为…' }]]]) };
    expect(checkNotices(d, campaignOf(d, '2023-端午')).blocked).toBe(true);
    expect(checkNotices(d, campaignOf(d, '2023-中秋')).blocked).toBe(false);
  });
});
