// What the 领取登记 view says at the counter, from the replies the bundle gave (fixtures).
import { exactMatch, memberLine, memberState, pickupFigures } from '../../src/ui/pickupText';
import { fixtureData } from '../support/sidebarFixtures';

const member = { memberId: 'T0002', name: '会员2', branch: '农学院分会', refusal: '', collected: '' };

describe('领取登记 texts', () => {
  it('records at Enter only when the scan is exactly one 工号 (any case, spaces trimmed)', () => {
    expect(exactMatch(' t0002 ', [member])).toBe(member);
    expect(exactMatch('T000', [member])).toBeNull();
    expect(exactMatch('会员2', [member])).toBeNull();
    expect(exactMatch('', [member])).toBeNull();
  });

  it('says who the member is and whether they may collect', () => {
    expect(memberLine({ ...member, branch: '' })).toBe('会员2（T0002，未填分会）');
    expect(memberState(member)).toEqual({ text: '未领取，可以登记', tone: '' });
    expect(memberState({ ...member, collected: '2023-06-19 09:00 本人领取（经办人 clerk@example.edu.cn）' }).text).toBe('已领取：2023-06-19 09:00 本人领取（经办人 clerk@example.edu.cn）');
    expect(memberState({ ...member, refusal: '会员状态为‘退休’' })).toEqual({ text: '不能领取：会员状态为‘退休’', tone: 'bad' });
  });

  it('shows the 合计 row of 领取统计, 剩余 only when 采购数量 is known', () => {
    const { summary } = fixtureData('pickupProxied');
    expect(pickupFigures(summary)).toEqual([
      { label: '应领', value: '6' }, { label: '本人领取', value: '1' }, { label: '代领', value: '1' }, { label: '未领', value: '4' }, { label: '剩余', value: '208' },
    ]);
    const total = summary[summary.length - 1];
    expect(pickupFigures([{ ...total, purchased: null, left: null }]).map((f) => f.label)).toEqual(['应领', '本人领取', '代领', '未领']);
    expect(pickupFigures([])).toEqual([]);
  });
});
