import { planPickups, type PickupRequest } from '../../src/pickup/recordPickups';
import type { PickupRecord } from '../../src/pickup/pickupRecord';
import { audienceOf, dragonBoat } from './pickupFixture';

const d = dragonBoat();
const audience = audienceOf(d);
const session = (requests: PickupRequest[], log: PickupRecord[] = []) =>
  planPickups({ audience, log, requests, clerk: 'clerk@example.edu.cn', time: '2023-06-13 10:05:00', firstRow: log.length + 2 });

describe('recording pick-ups at the counter', () => {
  it('records 本人 and 代领 in one append, with the member’s name, 分会 and the clerk', () => {
    const batch = session([{ memberId: '001000', method: '本人' }, { memberId: '001017', method: '代领', proxy: '李勇家属' }]);
    expect(batch.refused).toBe(0);
    expect(batch.records).toEqual([
      { row: 2, time: '2023-06-13 10:05:00', campaignId: '2023-端午', memberId: '001000', name: '王秀英', branch: '农学院分会', method: '本人', proxy: '', clerk: 'clerk@example.edu.cn', note: '' },
      { row: 3, time: '2023-06-13 10:05:00', campaignId: '2023-端午', memberId: '001017', name: '李勇', branch: '动物科技学院分会', method: '代领', proxy: '李勇家属', clerk: 'clerk@example.edu.cn', note: '' },
    ]);
    expect(batch.outcomes.map((o) => o.message)).toEqual(['已登记：王秀英（001000，农学院分会）本人领取', '已登记：李勇（001017，动物科技学院分会）由 李勇家属 代领']);
  });

  it('accepts a 工号 as a scanner or a full-width input method types it', () => {
    const batch = session([{ memberId: ' ００１０００\r', method: '本人' }]);
    expect(batch.records[0].memberId).toBe('001000');
  });

  it('refuses someone outside the audience, saying why, and goes on with the others', () => {
    const batch = session([{ memberId: '001170', method: '本人' }, { memberId: '999999', method: '本人' }, { memberId: '001000', method: '本人' }]);
    expect(batch.refused).toBe(2);
    expect(batch.outcomes[0].message).toBe('拒绝：徐伟（001170）不在活动“2023-端午”的发放范围内：会员状态为“退休”，本活动只面向在册会员');
    expect(batch.outcomes[1].message).toBe('拒绝：工号 999999 不在会员名册中');
    expect(batch.records.map((r) => r.memberId)).toEqual(['001000']);
  });

  it('names the filter that leaves a member out of a 三八 campaign', () => {
    const women = audienceOf(d, '2023-三八');
    const batch = planPickups({ audience: women, log: [], requests: [{ memberId: '001017', method: '本人' }], clerk: 'c', time: '2023-03-08 09:00:00', firstRow: 2 });
    expect(batch.outcomes[0].message).toContain('本活动只面向女性会员');
  });

  it('refuses a second collection, naming the earlier row, its time, method and clerk', () => {
    const first = session([{ memberId: '001000', method: '本人' }]);
    const again = session([{ memberId: '001000', method: '代领', proxy: '张三' }], [...first.records]);
    expect(again.records).toEqual([]);
    expect(again.outcomes[0].message).toBe('拒绝：王秀英（001000）已经领取过（2023-06-13 10:05 本人领取，经办人 clerk@example.edu.cn，领取登记第 2 行），不能重复登记');
  });

  it('refuses the same 工号 scanned twice in one session, naming the first scan', () => {
    const batch = session([{ memberId: '001000', method: '本人' }, { memberId: '001000', method: '本人' }]);
    expect(batch.records).toHaveLength(1);
    expect(batch.outcomes[1].message).toContain('本次登记的第 1 条，领取登记第 2 行');
  });

  it('needs 代领人 for 代领', () => {
    expect(session([{ memberId: '001000', method: '代领', proxy: '  ' }]).outcomes[0].message).toBe('拒绝：王秀英（001000）代领须填写代领人');
  });

  it('undoes a collection with a 撤销 row, after which the member may collect again', () => {
    const first = session([{ memberId: '001000', method: '本人' }]);
    const undo = session([{ memberId: '001000', method: '撤销' }], [...first.records]);
    expect(undo.records[0]).toMatchObject({ row: 3, method: '撤销', memberId: '001000', name: '王秀英' });
    expect(undo.outcomes[0].message).toBe('已撤销：王秀英（001000，农学院分会）在 2023-06-13 10:05 本人领取 的领取登记（领取登记第 2 行）');
    const again = session([{ memberId: '001000', method: '代领', proxy: '王家属' }], [...first.records, ...undo.records]);
    expect(again.refused).toBe(0);
    expect(session([{ memberId: '001017', method: '撤销' }]).outcomes[0].message).toBe('李勇（001017）没有有效的领取登记，无需撤销');
  });

  it('keeps each campaign’s log apart', () => {
    const other = { ...session([{ memberId: '001000', method: '本人' }]).records[0], campaignId: '2023-中秋' };
    expect(session([{ memberId: '001000', method: '本人' }], [other]).refused).toBe(0);
  });
});
