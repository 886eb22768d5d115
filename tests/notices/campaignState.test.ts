import type { Campaign } from '../../src/notices/campaign';
import { canSendByHand, effectiveState, isDue } from '../../src/notices/campaignState';
import { wallClock } from '../../src/kernel/values/cell';

const campaign = (state: string, fingerprint: string): Campaign => ({
  row: 2, id: '2023-端午', name: '', type: '端午', gender: null, birthdayQuarter: null, branches: [], tags: [], templateName: '端午',
  pickupPlace: '', pickupStart: null, pickupEnd: null, sendAt: null, purchased: null, reminderDays: null, reminderTemplate: '', fields: {},
  approval: { state, approver: 'clerk@example.edu.cn', approvedAt: null, fingerprint },
});

describe('campaign states', () => {
  it('an approved campaign stays approved only while its fingerprint matches', () => {
    expect(effectiveState(campaign('已审核', 'abc'), 'abc')).toEqual({ state: '已审核', reason: '' });
    expect(effectiveState(campaign('发送中', 'abc'), 'abc').state).toBe('发送中');
    const changed = effectiveState(campaign('已审核', 'abc'), 'def');
    expect(changed.state).toBe('草稿');
    expect(changed.reason).toBe('活动“2023-端午”在审核后被修改过（活动行或邮件模板），需要重新审核');
    expect(effectiveState(campaign('已审核', ''), '').state).toBe('草稿');
    expect(effectiveState(campaign('', ''), 'abc').state).toBe('草稿');
    expect(effectiveState(campaign('已完成', 'abc'), 'def').state).toBe('已完成');
  });

  it('the hourly trigger sends approved campaigns whose time has come and goes on with those already sending, never drafts', () => {
    const now = wallClock('2023-06-09', '10:00:00');
    expect(isDue('已审核', wallClock('2023-06-09', '09:00:00'), now)).toBe(true);
    expect(isDue('发送中', wallClock('2023-06-09', '10:00:00'), now)).toBe(true);
    expect(isDue('发送中', null, now)).toBe(true); // started by hand, stopped by the daily quota
    expect(isDue('已审核', wallClock('2023-06-10', '09:00:00'), now)).toBe(false);
    expect(isDue('草稿', wallClock('2023-06-01'), now)).toBe(false);
    expect(isDue('已完成', wallClock('2023-06-01'), now)).toBe(false);
    expect(isDue('已审核', null, now)).toBe(false);
  });

  it('a clerk may send any campaign by hand until it is 已完成', () => {
    expect(canSendByHand('草稿')).toBe(true);
    expect(canSendByHand('发送中')).toBe(true);
    expect(canSendByHand('已完成')).toBe(false);
  });
});
