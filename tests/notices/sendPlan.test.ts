import type { Audience, Recipient } from '../../src/notices/audience';
import { dailyAllowance, isFinished, planSends, sendRecord } from '../../src/notices/sendPlan';
import { latestStates, type SendRecord } from '../../src/kernel/journal/sendRecord';

const C = '2023-端午';
const person = (id: string, email = `${id}@example.edu.cn`): Recipient => ({ memberId: id, name: `会员${id}`, email, sheet: '会员名册', row: 2, emailAt: { sheet: '会员名册', row: 2 }, sources: [] });
const rec = (id: string, state: SendRecord['state'], note = '', campaignId = C) => sendRecord('2023-06-09 09:00:00', campaignId, person(id), state, note, 'clerk');

describe('who is sent to now', () => {
  const audience: Audience = {
    recipients: ['a', 'b', 'c', 'd', 'e', 'f'].map((id) => person(id)),
    skipped: [{ ...person('g', ''), reason: '会员名册中没有邮箱' }, { ...person('h', ''), reason: '会员名册中没有邮箱' }],
    problems: [],
  };

  it('never resends 已发送, leaves 发送中 to the clerk, retries 失败 and fixed 跳过, and sends the new', () => {
    const latest = latestStates([
      rec('a', '已发送'),
      rec('b', '发送中'),
      rec('c', '失败', '未发出'),
      rec('d', '跳过', '会员名册中没有邮箱'),
      rec('e', '失败'), rec('e', '已发送'),
      rec('g', '跳过', '会员名册中没有邮箱'),
      rec('h', '跳过', '邮箱“x”缺少 @'),
      rec('zz', '已发送'), // sent, no longer in the audience (retired since)
      rec('f', '已发送', '', '2023-中秋'),
    ]);
    const plan = planSends(C, audience, latest);
    expect(plan.toSend.map((p) => [p.recipient.memberId, p.previous?.state ?? null])).toEqual([['c', '失败'], ['d', '跳过'], ['f', null]]);
    expect(plan.alreadySent.map((r) => r.memberId)).toEqual(['a', 'e', 'zz']);
    expect(plan.inFlight.map((r) => r.memberId)).toEqual(['b']);
    expect(plan.skipped.map((s) => s.memberId)).toEqual(['g', 'h']);
    expect(plan.newSkips.map((s) => s.memberId)).toEqual(['h']);
    expect(isFinished(plan)).toBe(false);
  });

  it('a campaign is finished when nobody is left to send or in flight, even with members still skipped', () => {
    const latest = latestStates(['a', 'b', 'c', 'd', 'e', 'f'].map((id) => rec(id, '已发送')));
    expect(isFinished(planSends(C, audience, latest))).toBe(true);
  });

  it('the daily limit is the lower of the mail quota and what 每日发信上限 leaves today', () => {
    expect(dailyAllowance(100, null, 0)).toBe(100);
    expect(dailyAllowance(100, 90, 0)).toBe(90);
    expect(dailyAllowance(100, 90, 85)).toBe(5);
    expect(dailyAllowance(3, 90, 85)).toBe(3);
    expect(dailyAllowance(100, 90, 95)).toBe(0);
    expect(dailyAllowance(null, null, 0)).toBe(Infinity);
  });
});
