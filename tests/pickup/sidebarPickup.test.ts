// The 领取登记 view's server calls on the built bundle: what the counter sees for a scan, a
// second scan of the same 工号, a 代领 and a 撤销, in the shapes of the sidebar contract. These
// replies are the fixtures the Chromium story (tests/ui/pickup.browser.test.ts) plays.
import type { PickupLookupView, PickupRecordView, SidebarReply } from '../../src/kernel/contracts/sidebarContract';
import { recordFixture, replyData } from '../support/sidebarFixtures';
import { replyErrors } from '../support/sidebarShapes';
import { rowsOf } from '../support/noticeWorkbook';
import { CAMPAIGN, id, office, reminderWorkbook } from './pickupWorkbook';

describe('领取登记 in the sidebar', () => {
  beforeAll(() => jest.useFakeTimers({ now: new Date('2023-06-19T01:00:00Z'), doNotFake: ['nextTick', 'setImmediate', 'queueMicrotask'] }));
  afterAll(() => jest.useRealTimers());

  it('finds a scanned 工号, records 本人, refuses the second scan naming the earlier row, then 代领 and 撤销', () => {
    const wb = reminderWorkbook(6);
    const next = office(wb);
    const lookup = next().run.call<SidebarReply<PickupLookupView>>('sidebarPickupLookup', CAMPAIGN, id(2));
    expect(replyErrors('sidebarPickupLookup', lookup)).toEqual([]);
    expect(replyData(lookup).members).toEqual([{ memberId: id(2), name: '会员2', branch: '农学院分会', refusal: '', collected: '' }]);
    recordFixture('pickupLookup', lookup);

    const recorded = next().run.call<SidebarReply<PickupRecordView>>('sidebarRecordPickup', CAMPAIGN, id(2), '');
    expect(replyErrors('sidebarRecordPickup', recorded)).toEqual([]);
    const done = replyData(recorded);
    expect(done.ok).toBe(true);
    expect(done.summary.at(-1)).toEqual({ branch: '合计', entitled: 6, self: 1, proxy: 0, missing: 5, purchased: 210, left: 209 });
    recordFixture('pickupRecorded', recorded);

    const again = next().run.call<SidebarReply<PickupRecordView>>('sidebarRecordPickup', CAMPAIGN, ` ${id(2)} `, '');
    expect(replyErrors('sidebarRecordPickup', again)).toEqual([]);
    expect(replyData(again)).toMatchObject({ ok: false, memberId: id(2) });
    expect(replyData(again).message).toMatch(/^拒绝：会员2（T0002）已经领取过（.*领取登记第 2 行）/);
    recordFixture('pickupRefused', again);

    const byName = next().run.call<SidebarReply<PickupLookupView>>('sidebarPickupLookup', CAMPAIGN, '会员3');
    expect(replyData(byName).members.map((m) => m.memberId)).toEqual([id(3)]);
    recordFixture('pickupLookupByName', byName);
    const proxiedReply = next().run.call<SidebarReply<PickupRecordView>>('sidebarRecordPickup', CAMPAIGN, id(3), '张代领');
    recordFixture('pickupProxied', proxiedReply);
    const proxied = replyData(proxiedReply);
    expect(proxied.ok).toBe(true);
    expect(proxied.summary.at(-1)).toMatchObject({ self: 1, proxy: 1, missing: 4 });

    const undone = next().run.call<SidebarReply<PickupRecordView>>('sidebarUndoPickup', CAMPAIGN, id(3));
    expect(replyErrors('sidebarUndoPickup', undone)).toEqual([]);
    expect(replyData(undone).summary.at(-1)).toMatchObject({ self: 1, proxy: 0, missing: 5 });
    recordFixture('pickupUndone', undone);

    expect(rowsOf(wb, '领取登记').map((r) => [r['工号'], r['方式'], r['代领人']])).toEqual([[id(2), '本人', ''], [id(3), '代领', '张代领'], [id(3), '撤销', '']]);
  });

  it('refuses an unknown campaign in Chinese instead of throwing', () => {
    const reply = office(reminderWorkbook(2))().run.call<SidebarReply<PickupRecordView>>('sidebarRecordPickup', '没有这个活动', id(1), '');
    expect(replyErrors('sidebarRecordPickup', reply)).toEqual([]);
    expect(reply.ok).toBe(false);
    if (!reply.ok) expect(reply.error.message).toContain('没有这个活动');
  });
});
