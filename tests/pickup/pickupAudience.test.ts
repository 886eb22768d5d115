import { pickupCandidates } from '../../src/pickup/pickupAudience';
import { audienceOf, dragonBoat } from './pickupFixture';

describe('finding a member at the counter', () => {
  const audience = audienceOf(dragonBoat());

  it('a scanned 工号 finds exactly that member; part of a name or the start of a 工号 finds several', () => {
    expect(pickupCandidates(audience, '001000\n')).toEqual([{ memberId: '001000', name: '王秀英', branch: '农学院分会', refusal: '' }]);
    expect(pickupCandidates(audience, '秀英').map((c) => c.name)).toEqual(expect.arrayContaining(['王秀英', '周秀英']));
    expect(pickupCandidates(audience, '0010', 3)).toHaveLength(3);
    expect(pickupCandidates(audience, '  ')).toEqual([]);
  });

  it('shows why someone outside the audience may not collect', () => {
    expect(pickupCandidates(audience, '001170')[0].refusal).toBe('徐伟（001170）不在活动“2023-端午”的发放范围内：会员状态为“退休”，本活动只面向在册会员');
  });

  it('lets a retired member collect the festival gift where 设置!退休人员参加节日慰问 is 是', () => {
    const d = dragonBoat();
    const withRetirees = audienceOf({ ...d, settings: { ...d.settings, retireesInFestivals: true } });
    expect(pickupCandidates(withRetirees, '001170')[0]).toEqual(expect.objectContaining({ memberId: '001170', name: '徐伟', refusal: '' }));
  });
});
