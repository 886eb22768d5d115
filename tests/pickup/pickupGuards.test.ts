// What every writing action promises, for 领取登记 and 催领: spreadsheet calls that do not grow
// with the members, and names from the roster that never become formulas.
import { cloneWorkbook } from '../support/cloneWorkbook';
import { CLERK, rowsOf, setCell } from '../support/noticeWorkbook';
import { CAMPAIGN, id, office, reminderWorkbook, type Result } from './pickupWorkbook';

describe('领取登记 and 领取统计 guarantees', () => {
  beforeAll(() => jest.useFakeTimers({ now: new Date('2023-06-19T01:00:00Z'), doNotFake: ['nextTick', 'setImmediate', 'queueMicrotask'] }));
  afterAll(() => jest.useRealTimers());

  it('recording a batch and the summary cost the same spreadsheet calls for 60 members as for 600', () => {
    const [small, big] = [60, 600].map((n) => {
      const next = office(cloneWorkbook(reminderWorkbook(n)));
      const batch = next().run;
      expect(batch.call<Result>('apiRecordPickups', { campaignId: CAMPAIGN, memberIds: Array.from({ length: n / 2 }, (_, i) => id(i + 1)) }).status).toBe('done');
      const summary = next().run;
      summary.call('apiRecordPickups', { campaignId: CAMPAIGN, summaryOnly: true });
      return [batch.services.log.snapshot('spreadsheet'), summary.services.log.snapshot('spreadsheet')];
    });
    expect(big).toEqual(small);
  });

  it('a name, a 分会 or a 代领人 that starts a formula is written as text', () => {
    const wb = reminderWorkbook(3);
    setCell(wb, '会员名册', 2, '姓名', '=HYPERLINK("http://evil.example","领取")');
    setCell(wb, '会员名册', 2, '分会', '+cmd|" /C calc"!A0');
    const result = office(wb)().run.call<Result>('apiRecordPickups', { campaignId: CAMPAIGN, memberIds: [id(1), id(2)], proxy: '@SUM(1+1)' });
    expect(result.status).toBe('done');
    expect(wb.sheets.flatMap((s) => [...s.formulas.entries()])).toEqual([]);
    expect(rowsOf(wb, '领取登记')[0]).toMatchObject({ 姓名: '=HYPERLINK("http://evil.example","领取")', 分会: '+cmd|" /C calc"!A0', 代领人: '@SUM(1+1)', 经办人: CLERK });
    expect(rowsOf(wb, '领取统计').map((r) => r['分会'])).toContain('+cmd|" /C calc"!A0');
  });

  it('a campaign whose 领取截止 is blank shows its (empty) summary instead of failing in English', () => {
    const wb = reminderWorkbook(3);
    setCell(wb, '慰问活动', 2, '领取截止', '');
    const summary = office(wb)().run.call<Result>('apiRecordPickups', { campaignId: CAMPAIGN, summaryOnly: true });
    expect(summary.message.split('\n')[0]).toBe(`活动“${CAMPAIGN}”应领 3，已领 0（本人 0，代领 0），未领 3，采购 210，剩余 210`);
    const refused = office(wb)().run.call<Result>('apiRecordPickups', { campaignId: CAMPAIGN, memberIds: ['X9999'] });
    expect(refused.message).toContain(`活动“${CAMPAIGN}”应领 3，已领 0`);
  });

  it('a 工号 with leading zeros stays text in 领取登记', () => {
    const wb = reminderWorkbook(2);
    setCell(wb, '会员名册', 2, '工号', '001000');
    office(wb)().run.call('apiRecordPickups', { campaignId: CAMPAIGN, memberIds: ['001000'] });
    expect(rowsOf(wb, '领取登记')[0]['工号']).toBe('001000');
  });
});
