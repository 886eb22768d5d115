import { wallClock } from '../../src/kernel/values/cell';
import { collectionOf, latestPickups } from '../../src/pickup/pickupRecord';
import { readPickupLog } from '../../src/pickup/readPickupLog';

const header = ['时间', '活动ID', '工号', '姓名', '分会', '方式', '代领人', '经办人', '备注'];
const at = (t: string) => wallClock('2023-06-13', t);

describe('reading 领取登记', () => {
  it('the latest row per (活动ID, 工号) counts: 撤销 takes a collection back, a later row records it again', () => {
    const read = readPickupLog([
      header,
      [at('09:00:00'), '2023-端午', '001000', '王秀英', '农学院分会', '本人', '', 'a@x.cn', ''],
      [at('09:01:00'), '2023-端午', '001017', '李勇', '动物科技学院分会', '本人', '', 'a@x.cn', ''],
      [at('09:02:00'), '2023-端午', '001017', '李勇', '动物科技学院分会', '撤销', '', 'a@x.cn', '登记错了'],
      [at('09:03:00'), '2023-端午', '001034', '张红梅', '经济学院分会', '代领', '王五', 'a@x.cn', ''],
      [at('09:04:00'), '2023-端午', '001034', '张红梅', '经济学院分会', '撤销', '', 'a@x.cn', ''],
      [at('09:05:00'), '2023-端午', '001034', '张红梅', '经济学院分会', '本人', '', 'b@x.cn', ''],
    ]);
    expect(read.problems).toEqual([]);
    const latest = latestPickups(read.records);
    expect(collectionOf(latest, '2023-端午', '001000')).toMatchObject({ row: 2, method: '本人', time: '2023-06-13 09:00:00' });
    expect(collectionOf(latest, '2023-端午', '001017')).toBeNull();
    expect(collectionOf(latest, '2023-端午', '001034')).toMatchObject({ row: 7, method: '本人', clerk: 'b@x.cn' });
    expect(collectionOf(latest, '2023-中秋', '001000')).toBeNull();
  });

  it('a missing sheet means nothing collected yet; a 方式 it cannot read is an error naming row and column', () => {
    expect(readPickupLog(null)).toEqual({ table: null, records: [], problems: [] });
    const read = readPickupLog([header, [at('09:00:00'), '2023-端午', '001000', '王秀英', '', '已领', '', '', '']]);
    expect(read.records).toEqual([]);
    expect(read.problems).toEqual([{ sheet: '领取登记', row: 2, column: '方式', message: '应为 本人、代领、撤销 之一，现为“已领”；改正之前无法确定 001000 是否已领取' }]);
  });

  it('finds columns by header, in any order', () => {
    const read = readPickupLog([['工号', '方式', '活动ID'], ['001000', '本人', '2023-端午']]);
    expect(read.records[0]).toMatchObject({ memberId: '001000', method: '本人', campaignId: '2023-端午' });
  });
});
