import type { ActionResult } from '../../src/kernel/contracts/actionResult';
import type { NoticePreview } from '../../src/notices/noticePreview';
import { noticePreviewView, PEOPLE_LISTED } from '../../src/notices/noticeViews';
import type { CampaignOption } from '../../src/kernel/contracts/sidebarContract';
import type { Problem } from '../../src/kernel/problem';

const campaign: CampaignOption = { id: '2023-端午', name: '2023年端午节慰问品发放', type: '端午', state: '草稿', sendAt: '2023-06-09 09:00' };
const person = (i: number) => ({ memberId: `T${i}`, name: `会员${i}`, email: `m${i}@example.edu.cn`, note: '' });
const preview = (over: Partial<NoticePreview> = {}): NoticePreview => ({
  campaignId: '2023-端午', campaignName: '2023年端午节慰问品发放', state: '草稿', stateReason: '', templateName: '端午',
  toSend: [person(1), person(2)], skipped: [], alreadySent: [person(3)], inFlight: [], mails: [], allowance: Infinity, blocked: false, ...over,
});
const done = (p: NoticePreview, problems: Problem[] = []): ActionResult<NoticePreview> => ({ status: 'done', message: '预览', problems, data: p });

describe('the 慰问通知 preview view', () => {
  it('counts everyone and lists people up to a limit, unlimited quota as null', () => {
    const many = Array.from({ length: PEOPLE_LISTED + 20 }, (_, i) => person(i));
    const v = noticePreviewView(done(preview({ toSend: many })), campaign);
    expect(v.counts).toEqual({ recipients: PEOPLE_LISTED + 21, toSend: PEOPLE_LISTED + 20, alreadySent: 1, inFlight: 0, skipped: 0, problems: 0 });
    expect(v.toSend).toHaveLength(PEOPLE_LISTED);
    expect(v.toSend[0]).toEqual({ memberId: 'T0', name: '会员0', email: 'm0@example.edu.cn', note: '', sheet: '会员名册', row: null });
    expect(v.allowance).toBeNull();
    expect(v).toMatchObject({ canSend: true, cannotSendReason: '' });
  });

  it('says why it cannot be sent', () => {
    const blocked = noticePreviewView({ status: 'problems', message: '…', problems: [{ sheet: '邮件模板', row: 2, column: '主题', message: '占位符 {{职称}} 没有对应的列' }], data: preview({ blocked: true }) }, campaign);
    expect(blocked.canSend).toBe(false);
    expect(blocked.cannotSendReason).toContain('改正之前不会发送任何邮件');
    expect(blocked.problems).toEqual([{ text: '邮件模板!2 主题: 占位符 {{职称}} 没有对应的列', sheet: '邮件模板', row: 2, blocking: true }]);
    expect(noticePreviewView(done(preview({ state: '已完成' })), campaign).cannotSendReason).toContain('已全部发送完毕');
    expect(noticePreviewView(done(preview({ toSend: [] })), campaign).cannotSendReason).toBe('没有需要发送的人。');
    const journal = noticePreviewView({ status: 'problems', message: '发送日志已损坏，为避免重复发送已停止。\n\n预览……', problems: [], data: preview() }, campaign);
    expect(journal).toMatchObject({ canSend: false, cannotSendReason: '发送日志已损坏，为避免重复发送已停止。' });
  });

  it('problems of a campaign that can be sent are warnings', () => {
    const v = noticePreviewView(done(preview(), [{ sheet: '会员名册', row: 31, column: '邮箱', message: '格式不正确，本次跳过' }]), campaign);
    expect(v.problems).toEqual([{ text: '会员名册!31 邮箱: 格式不正确，本次跳过', sheet: '会员名册', row: 31, blocking: false }]);
  });
});
