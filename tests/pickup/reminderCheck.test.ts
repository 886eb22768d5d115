import { checkNotices } from '../../src/notices/noticeCheck';
import { renderFor } from '../../src/notices/noticeCheck';
import { workingDays } from '../../src/kernel/dates/workingDays';
import { latestPickups } from '../../src/pickup/pickupRecord';
import { checkReminders } from '../../src/pickup/reminderCheck';
import { reminderPreviewLines } from '../../src/pickup/reminderPreview';
import { campaignOf, dragonBoat, pickup, sent } from './pickupFixture';

const days = workingDays([]);
const base = dragonBoat();
const everyoneSent = () => base.members.filter((m) => m.status === '在册' && m.email).map((m) => sent(base, m.id));

describe('who gets a 催领 reminder', () => {
  it('members sent the notice who have not collected; everyone else counted per reason', () => {
    const records = everyoneSent().filter((r) => r.memberId !== '001034'); // 张红梅 never got the notice
    const d = dragonBoat({}, records);
    const pickups = latestPickups([pickup('001000', '本人'), pickup('001017', '代领'), pickup('001102', '本人'), pickup('001102', '撤销')]);
    const check = checkReminders(d, campaignOf(d), pickups, '2023-06-19', days);
    expect(check.refusal).toBe('');
    expect(check.plan.kind).toBe('催领');
    const to = check.plan.toSend.map((p) => p.recipient.memberId);
    expect(to).toHaveLength(58 - 2 - 1 - 2); // 2 collected, 张红梅 unsent, 郭勇 and 萧志强 without a usable address
    expect(to).toContain('001102');
    expect(to).not.toContain('001000');
    expect(Object.fromEntries(check.counts)).toEqual({ 已领取: 1, 代领: 1, 未发通知: 1, 无邮箱: 2 });
    const lines = reminderPreviewLines(check);
    expect(lines[0]).toBe('活动“2023-端午”（2023年端午节慰问品发放）催领：领取截止 2023-06-21，催领日 2023-06-19（截止前 2 个工作日）');
    expect(lines).toContain('将发送催领通知 53 人：');
    expect(lines).toContain('  001102 赵子涵');
    expect(lines.at(-1)).toBe('不发送：已领取 1，代领 1，无邮箱 2，未发通知 1');
  });

  it('a member whose notice went out today is not reminded the same day (the notice and the reminder would arrive together)', () => {
    const records = everyoneSent().map((r) => (r.memberId === '001102' ? sent(base, '001102', '已发送', '通知', '2023-06-19 08:00:05') : r));
    const d = dragonBoat({}, records);
    const check = checkReminders(d, campaignOf(d), new Map(), '2023-06-19', days);
    const to = check.plan.toSend.map((p) => p.recipient.memberId);
    expect(to).not.toContain('001102');
    expect(to).toHaveLength(58 - 2 - 1);
    expect(Object.fromEntries(check.counts)).toMatchObject({ 今日刚发通知: 1 });
    expect(reminderPreviewLines(check).at(-1)).toContain('今日刚发通知 1');
    // The next working day, before 领取截止, the reminder goes.
    expect(checkReminders(d, campaignOf(d), new Map(), '2023-06-20', days).plan.toSend.map((p) => p.recipient.memberId)).toContain('001102');
  });

  it('renders the 催领模板 with the notice’s placeholders, 领取截止 and 领取地点 included', () => {
    const d = dragonBoat({}, everyoneSent());
    const check = checkReminders(d, campaignOf(d), new Map(), '2023-06-19', days);
    const mail = renderFor(d, check.notice, check.plan.toSend[0].recipient);
    expect(mail.subject).toBe('请于2023年6月21日前领取端午慰问品');
    expect(mail.text).toContain('王秀英老师：端午慰问品尚未领取，请于2023年6月21日前到各校区工会办公室领取。');
  });

  it('a reminder has its own key: its 发送中 leaves the notice sent, and a sent reminder never goes twice', () => {
    const records = [...everyoneSent(), sent(base, '001000', '已发送', '催领', '2023-06-19 09:00:00'), sent(base, '001017', '发送中', '催领', '2023-06-19 09:01:00')];
    const d = dragonBoat({}, records);
    const check = checkReminders(d, campaignOf(d), new Map(), '2023-06-19', days);
    const to = check.plan.toSend.map((p) => p.recipient.memberId);
    expect(to).not.toContain('001000');
    expect(to).not.toContain('001017');
    expect(check.plan.inFlight.map((r) => r.memberId)).toEqual(['001017']);
    expect(Object.fromEntries(check.counts)).toMatchObject({ 已催领: 1, 催领发送中: 1 });
    const notice = checkNotices(d, campaignOf(d)).plan;
    expect(notice.alreadySent.map((r) => r.memberId)).toContain('001017');
    expect(notice.inFlight).toEqual([]);
  });

  it('after 领取截止 sends nothing and lists who has not collected, with 手机, for a phone call', () => {
    const d = dragonBoat({}, everyoneSent());
    const collected = d.members.filter((m) => m.status === '在册').slice(2).map((m) => pickup(m.id, '本人'));
    const check = checkReminders(d, campaignOf(d), latestPickups(collected), '2023-06-22', days);
    expect(check.plan.toSend).toEqual([]);
    expect(check.followUp).toEqual([
      { memberId: '001000', name: '王秀英', branch: '农学院分会', phone: '13810000000' },
      { memberId: '001017', name: '李勇', branch: '动物科技学院分会', phone: '13910104729' },
    ]);
    expect(reminderPreviewLines(check).slice(1)).toEqual(['领取已截止，未领 2 人，请电话联系：', '  001000 王秀英 农学院分会 手机 13810000000', '  001017 李勇 动物科技学院分会 手机 13910104729']);
  });

  it('without a usable 催领模板 nothing is sent, and the problem names the 催领模板 column', () => {
    const none = dragonBoat({ 催领模板: '' }, everyoneSent());
    expect(checkReminders(none, campaignOf(none), new Map(), '2023-06-19', days)).toMatchObject({ refusal: '活动“2023-端午”没有填写催领模板，不发送催领通知', plan: { toSend: [] } });
    const wrong = dragonBoat({ 催领模板: '端午催' }, everyoneSent());
    const check = checkReminders(wrong, campaignOf(wrong), new Map(), '2023-06-19', days);
    expect(check.plan.toSend).toEqual([]);
    expect(check.problems).toContainEqual(expect.objectContaining({ sheet: '慰问活动', row: 3, column: '催领模板', message: expect.stringContaining('找不到模板“端午催”') }));
  });

  it('a 催领天数 it cannot read blocks the reminder but only warns on the notice', () => {
    const d = dragonBoat({ 催领天数: '两天' }, everyoneSent());
    expect(checkNotices(d, campaignOf(d)).blocked).toBe(false);
    expect(checkReminders(d, campaignOf(d), new Map(), '2023-06-19', days).refusal).toContain('数据有问题');
  });
});

describe('应领 and 采购数量', () => {
  it('warns before the notice when more members are entitled than gifts were bought', () => {
    const d = dragonBoat({ 采购数量: 50 });
    const check = checkNotices(d, campaignOf(d));
    expect(check.blocked).toBe(false);
    expect(check.problems).toContainEqual({ sheet: '慰问活动', row: 3, column: '采购数量', message: '应领 58 人，多于采购数量 50：慰问品不够发，请补购或核对发放范围', severity: 'warning' });
    expect(checkNotices(dragonBoat({ 采购数量: 58 }), campaignOf(dragonBoat({ 采购数量: 58 }))).problems.filter((p) => p.column === '采购数量')).toEqual([]);
  });
});
