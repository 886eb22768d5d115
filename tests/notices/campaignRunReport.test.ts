import { type CampaignRunReport, runMessage } from '../../src/notices/campaignRunReport';

const report = (over: Partial<CampaignRunReport>): CampaignRunReport => ({
  campaignId: '2023-端午', campaignName: '端午', sent: 10, alreadySent: 0, skipped: [], failed: [], uncertain: null, inFlight: [], left: 0, stoppedBy: 'done', finished: true, ...over,
});

describe('what the clerk reads after a send', () => {
  it('says how many went, who was skipped and why, and that the campaign is done', () => {
    const text = runMessage(report({ skipped: [{ memberId: '1', name: '郭勇', email: '', note: '会员名册中没有邮箱' }] }), false);
    expect(text).toBe('活动“2023-端午”：本次发送 10 封。\n跳过 1 人（已记入发送记录，补上邮箱后再次发送即可）：郭勇（会员名册中没有邮箱）\n该活动已全部发送完毕。');
  });

  it('says when the rest can go after the quota, depending on whether automatic sending is on', () => {
    expect(runMessage(report({ stoppedBy: 'quota', left: 7, finished: false }), true)).toContain('剩余 7 封明天可以继续发送。自动发送已开启，明天会自动接着发送。');
    expect(runMessage(report({ stoppedBy: 'quota', left: 7, finished: false }), false)).toContain('请明天再次发送这个活动（已发出的不会重复发送）');
  });

  it('names the member whose mail may or may not have gone out, and what to do', () => {
    const text = runMessage(report({ stoppedBy: 'uncertain', uncertain: { memberId: '001000', name: '王秀英', email: '', note: '发送时出错' }, left: 3, finished: false }), false);
    expect(text).toContain('给 王秀英（001000）发信时出错，无法确定是否已发出，已停止发送');
    expect(text).toContain('其余 3 封可再次点击“发送慰问通知”继续');
  });
});
