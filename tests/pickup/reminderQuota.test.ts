// 催领 when the account's daily quota runs out mid-run (another script of the same account used
// it) and Google words the refusal in the clerk's language: the empty quota, not the wording,
// says the reminder was not sent, exactly as for a notice (failed, retried later, not "unknown").
import { StateStore } from '../../runner/stateFile';
import { CLERK, rowsOf } from '../support/noticeWorkbook';
import { runBundle } from '../support/offlineBundle';
import { CAMPAIGN, id, onNoticeDay, reminderWorkbook, type Result } from './pickupWorkbook';

// Illustrative localised wording: none of the English quota words the error text is matched on.
const LOCALISED_QUOTA = '服务调用次数过多：email。';

describe('催领 when the daily quota runs out mid-run', () => {
  beforeAll(() => jest.useFakeTimers({ now: new Date('2023-06-19T01:00:00Z'), doNotFake: ['nextTick', 'setImmediate', 'queueMicrotask'] }));
  afterAll(() => jest.useRealTimers());

  it('records the refused reminder as 失败 (to be retried), not as 发送中 of unknown outcome', () => {
    const wb = reminderWorkbook(4);
    const store = new StateStore(null);
    let remaining = 1000;
    let reminding = false;
    let reminded = 0;
    const daily = { remaining: () => remaining, use: (n: number) => { remaining -= n; } };
    const beforeSend = () => {
      if (reminding && ++reminded === 3) {
        remaining = 0;
        throw new Error(LOCALISED_QUOTA);
      }
    };
    const run = () => runBundle({ workbook: wb, user: CLERK, services: { store, mail: { daily, beforeSend } } });
    expect(onNoticeDay(() => run().call<Result>('apiSendNotices', { campaignId: CAMPAIGN })).status).toBe('done');

    reminding = true;
    const result = run().call<Result>('apiSendReminders', { campaignId: CAMPAIGN });
    expect(result.message).toContain('本次发送 2 封');
    expect(result.message).toContain('今天的发信额度已用完');
    expect(result.message).not.toContain('无法确定是否已发出');
    const reminders = rowsOf(wb, '发送记录').filter((r) => r['类型'] === '催领');
    expect(reminders.map((r) => `${r['工号']} ${r['状态']}`)).toEqual([`${id(1)} 已发送`, `${id(2)} 已发送`, `${id(3)} 失败`]);
  });
});
