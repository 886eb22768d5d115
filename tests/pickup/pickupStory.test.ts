// The story on the built bundle: a 200-member 端午 campaign, the notice sent, 150 gifts
// collected over the counter (some 代领, one 撤销 and recorded again), then 催领 for the 50 others.
import { cloneWorkbook } from '../support/cloneWorkbook';
import { CLERK, rowsOf, setCell } from '../support/noticeWorkbook';
import { CAMPAIGN, id, office, onNoticeDay, reminderWorkbook, type Result } from './pickupWorkbook';

describe('领取登记 and 催领 on a 200-member 端午 campaign', () => {
  // 2023-06-19 09:00 in Shanghai: two working days before 领取截止 (2023-06-21).
  beforeAll(() => jest.useFakeTimers({ now: new Date('2023-06-19T01:00:00Z'), doNotFake: ['nextTick', 'setImmediate', 'queueMicrotask'] }));
  afterAll(() => jest.useRealTimers());

  const wb = reminderWorkbook(200);
  const next = office(wb);
  const call = (fn: string, arg?: unknown) => next().run.call<Result>(fn, arg);

  it('sends the notice, then records 150 collections with their refusals and an undo', () => {
    expect(onNoticeDay(() => next().run.call<Result>('apiSendNotices', { campaignId: CAMPAIGN })).status).toBe('done');
    const self = Array.from({ length: 120 }, (_, i) => id(i + 1));
    const first = call('apiRecordPickups', { campaignId: CAMPAIGN, memberIds: self });
    expect(first.status).toBe('done');
    expect(first.message.split('\n')[0]).toBe('已登记：会员1（T0001，机关分会）本人领取');
    const proxied = call('apiRecordPickups', { campaignId: CAMPAIGN, memberIds: Array.from({ length: 30 }, (_, i) => id(i + 121)), proxy: '工会小组长' });
    expect(proxied.status).toBe('done');
    expect(call('apiRecordPickups', { campaignId: CAMPAIGN, undo: [id(5)] }).message).toContain('已撤销：会员5（T0005，农学院分会）');
    const again = call('apiRecordPickups', { campaignId: CAMPAIGN, memberIds: [id(5), id(6), 'X9999'] });
    expect(again.status).toBe('problems');
    expect(again.message).toContain('已登记：会员5（T0005，农学院分会）本人领取');
    expect(again.message).toContain('拒绝：会员6（T0006）已经领取过（2023-06-19 09:00 本人领取，经办人 clerk@example.edu.cn，领取登记第 7 行），不能重复登记');
    expect(again.message).toContain('拒绝：工号 X9999 不在会员名册中');
    const log = rowsOf(wb, '领取登记');
    expect(log).toHaveLength(152);
    expect(log[120]).toMatchObject({ 工号: 'T0121', 方式: '代领', 代领人: '工会小组长', 经办人: CLERK, 分会: '机关分会' });
  });

  it('the counter’s search shows who collected, how and when', () => {
    const found = call('apiPickupLookup', { campaignId: CAMPAIGN, query: id(121) });
    expect(found.data).toEqual({ campaignId: CAMPAIGN, candidates: [{ memberId: id(121), name: '会员121', branch: '机关分会', refusal: '', collected: '2023-06-19 09:00 由 工会小组长 代领（经办人 clerk@example.edu.cn）' }] });
    expect(call('apiPickupLookup', { campaignId: CAMPAIGN, query: 'X9999' }).message).toBe('找不到“X9999”：请核对工号或姓名');
  });

  it('shows 150 collected in 领取统计, split by 分会 and 方式', () => {
    const rows = rowsOf(wb, '领取统计').map((r) => [r['活动ID'], r['分会'], r['应领'], r['本人领取'], r['代领'], r['未领'], r['采购数量'] ?? '', r['剩余'] ?? '']);
    expect(rows).toEqual([
      [CAMPAIGN, '机关分会', 67, 40, 10, 17, '', ''],
      [CAMPAIGN, '农学院分会', 67, 40, 10, 17, '', ''],
      [CAMPAIGN, '后勤分会', 66, 40, 10, 16, '', ''],
      [CAMPAIGN, '合计', 200, 120, 30, 50, 210, 60],
    ]);
  });

  it('previews the reminder for exactly the 50 who have not collected', () => {
    const preview = call('apiPreviewReminders', { campaignId: CAMPAIGN });
    const listed = [...preview.message.matchAll(/^ {2}(T\d{4}) 会员\d+$/gm)].map((m) => m[1]);
    expect(listed).toEqual(Array.from({ length: 50 }, (_, i) => id(i + 151)));
    expect(preview.message).toContain('不发送：已领取 120，代领 30');
  });

  it('sends 50 reminders, and a second run sends none and writes nothing', () => {
    const first = next();
    const sent = first.run.call<Result>('apiSendReminders', { campaignId: CAMPAIGN });
    expect(sent.message).toContain('本次发送 50 封');
    expect(first.mail.sent.map((m) => m.to[0])).toEqual(Array.from({ length: 50 }, (_, i) => `m${i + 151}@example.edu.cn`));
    expect(first.mail.sent[0].subject).toBe('请尽快领取端午慰问品');
    expect(first.mail.sent[0].text).toContain('会员151老师：您的端午慰问品还未领取，请于2023年6月21日前到工会办公室领取。');
    const log = rowsOf(wb, '发送记录');
    expect(log.filter((r) => r['类型'] === '催领' && r['状态'] === '已发送')).toHaveLength(50);
    expect(log.filter((r) => !r['类型'] && r['状态'] === '已发送')).toHaveLength(200);

    const before = cloneWorkbook(wb);
    const second = next();
    expect(second.run.call<Result>('apiSendReminders', { campaignId: CAMPAIGN }).message).toContain('本次发送 0 封（此前已催领 50 人，未重复发送）');
    expect(second.run.call<Result>('apiRecordPickups', { campaignId: CAMPAIGN, summaryOnly: true }).status).toBe('done');
    expect(second.mail.sent).toEqual([]);
    expect(second.run.services.log.count('spreadsheet', 'Range.setValues')).toBe(0);
    expect(wb.sheets.map((s) => s.dump())).toEqual(before.sheets.map((s) => s.dump()));
  });

  it('after 领取截止 the preview lists the members still to call, with 手机', () => {
    jest.setSystemTime(new Date('2023-06-22T01:00:00Z'));
    setCell(wb, '会员名册', 152, '手机', '13800000151');
    const preview = call('apiPreviewReminders', { campaignId: CAMPAIGN });
    expect(preview.message).toContain('领取已截止，未领 50 人，请电话联系：');
    expect(preview.message).toContain('  T0151 会员151 机关分会 手机 13800000151');
    jest.setSystemTime(new Date('2023-06-19T01:00:00Z'));
  });
});
