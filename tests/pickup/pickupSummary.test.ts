import { latestPickups } from '../../src/pickup/pickupRecord';
import { summarise, summaryLine, summaryValues } from '../../src/pickup/pickupSummary';
import { audienceOf, dragonBoat, pickup } from './pickupFixture';

describe('领取统计', () => {
  const d = dragonBoat({ 采购数量: 60 });
  const audience = audienceOf(d);
  const log = [
    pickup('001000', '本人'), // 农学院分会
    pickup('001102', '代领'), // 农学院分会
    pickup('001017', '本人'), // 动物科技学院分会
    pickup('001017', '撤销'),
    pickup('001034', '本人'), // 经济学院分会
    pickup('001034', '撤销'),
    pickup('001034', '代领'),
  ];
  const rows = summarise(audience, latestPickups(log));

  it('one row per 分会 in roster order, then 合计 with 采购数量 and 剩余', () => {
    expect(rows.map((r) => r.branch)).toEqual(['农学院分会', '动物科技学院分会', '经济学院分会', '信息工程学院分会', '机关分会', '后勤分会', '合计']);
    expect(rows[0]).toEqual({ campaignId: '2023-端午', branch: '农学院分会', entitled: 11, self: 1, proxy: 1, missing: 9, purchased: null, left: null });
    expect(rows[1]).toMatchObject({ entitled: 9, self: 0, proxy: 0, missing: 9 });
    expect(rows[2]).toMatchObject({ entitled: 10, self: 0, proxy: 1, missing: 9 });
    expect(rows[6]).toEqual({ campaignId: '2023-端午', branch: '合计', entitled: 58, self: 1, proxy: 2, missing: 55, purchased: 60, left: 57 });
    expect(summaryLine(rows[6])).toBe('应领 58，已领 3（本人 1，代领 2），未领 55，采购 60，剩余 57');
  });

  it('lays the sheet out under its headers, 采购数量 and 剩余 blank except on 合计', () => {
    const values = summaryValues(rows);
    expect(values[0]).toEqual(['活动ID', '分会', '应领', '本人领取', '代领', '未领', '采购数量', '剩余']);
    expect(values[1]).toEqual(['2023-端午', '农学院分会', 11, 1, 1, 9, '', '']);
    expect(values[7]).toEqual(['2023-端午', '合计', 58, 1, 2, 55, 60, 57]);
  });

  it('a 分会 that starts a formula stays text', () => {
    const hostile = { ...d, members: d.members.map((m) => (m.id === '001000' ? { ...m, branch: '=HYPERLINK("http://x","点")' } : m)) };
    const values = summaryValues(summarise(audienceOf(hostile), latestPickups([])));
    expect(values.some((r) => r[1] === `'=HYPERLINK("http://x","点")`)).toBe(true);
  });

  it('counts a gift handed to someone who has since left the audience against 采购数量, not against 未领', () => {
    const gone = { ...d, members: d.members.map((m) => (m.id === '001000' ? { ...m, status: '离校' as const } : m)) };
    const total = summarise(audienceOf(gone), latestPickups([pickup('001000', '本人')])).at(-1)!;
    expect(total).toMatchObject({ entitled: 57, self: 1, missing: 57, left: 59 });
  });
});
