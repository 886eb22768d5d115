// The hourly automatic sending (and `run-due`) sends due 催领 reminders after the due notices:
// only on and after the reminder day, within 每日发信上限, going on the next day.
import { StateStore } from '../../runner/stateFile';
import { rowsOf, setSetting } from '../support/noticeWorkbook';
import { CAMPAIGN, id, office, reminderWorkbook, type Result } from './pickupWorkbook';

const at = (iso: string) => jest.setSystemTime(new Date(iso));

describe('催领 in the hourly automatic sending', () => {
  beforeAll(() => jest.useFakeTimers({ now: new Date('2023-06-09T01:00:00Z'), doNotFake: ['nextTick', 'setImmediate', 'queueMicrotask'] }));
  afterAll(() => jest.useRealTimers());

  it('waits for the reminder day, then reminds within the daily limit and goes on the next day', () => {
    const wb = reminderWorkbook(6);
    const next = office(wb, new StateStore(null));
    expect(next().run.call<Result>('apiSendNotices', { campaignId: CAMPAIGN }).status).toBe('done');
    next().run.call('apiRecordPickups', { campaignId: CAMPAIGN, memberIds: [id(1)] });
    setSetting(wb, '每日发信上限', 3);

    at('2023-06-16T01:00:00Z'); // Friday: the reminder day is Monday 06-19
    const early = next();
    early.run.call('autoSendNotices');
    expect(early.mail.sent).toEqual([]);

    at('2023-06-19T01:00:00Z');
    const due = next();
    expect(due.run.call<Result>('autoSendNotices').message).toContain('自动催领：本次共发送 3 封。');
    expect(due.mail.sent.map((m) => m.to[0])).toEqual(['m2@example.edu.cn', 'm3@example.edu.cn', 'm4@example.edu.cn']);
    const sameDay = next();
    sameDay.run.call('autoSendNotices');
    expect(sameDay.mail.sent).toEqual([]);

    at('2023-06-20T01:00:00Z');
    const dayAfter = next();
    dayAfter.run.call('autoSendNotices');
    expect(dayAfter.mail.sent.map((m) => m.to[0])).toEqual(['m5@example.edu.cn', 'm6@example.edu.cn']);
    const reminders = rowsOf(wb, '发送记录').filter((r) => r['类型'] === '催领');
    expect(reminders.map((r) => `${r['工号']} ${r['状态']}`)).toEqual([id(2), id(3), id(4), id(5), id(6)].map((m) => `${m} 已发送`));
    expect(reminders.every((r) => String(r['操作人']).startsWith('自动催领'))).toBe(true);

    at('2023-06-22T01:00:00Z'); // after 领取截止: nothing more
    const over = next();
    over.run.call('autoSendNotices');
    expect(over.mail.sent).toEqual([]);
  });

  it('a notice sent on the reminder day itself is not followed by a 催领 the same day, but the next working day', () => {
    at('2023-06-19T01:00:00Z');
    const wb = reminderWorkbook(3);
    const next = office(wb, new StateStore(null));
    const notices = next();
    expect(notices.run.call<Result>('apiSendNotices', { campaignId: CAMPAIGN }).status).toBe('done');
    expect(notices.mail.sent).toHaveLength(3);
    const hourly = next();
    hourly.run.call('autoSendNotices');
    expect(hourly.mail.sent).toEqual([]);
    at('2023-06-20T01:00:00Z');
    const dayAfter = next();
    dayAfter.run.call('autoSendNotices');
    expect(dayAfter.mail.sent.map((m) => m.to[0])).toEqual(['m1@example.edu.cn', 'm2@example.edu.cn', 'm3@example.edu.cn']);
  });
});
