import { workingDays } from '../../src/kernel/dates/workingDays';
import { reminderDay, reminderTiming } from '../../src/pickup/reminderDay';
import { campaignOf, dragonBoat } from './pickupFixture';

describe('the reminder day', () => {
  const official = workingDays([]);

  it('is 催领天数 working days before 领取截止', () => {
    // 2023-06-21 is a Wednesday before the 端午 holiday (06-22~06-24).
    expect(reminderDay('2023-06-21', 2, official)).toBe('2023-06-19');
    expect(reminderDay('2023-06-21', 0, official)).toBe('2023-06-21');
    // Counting back over a weekend: Monday 06-19 minus 1 working day is Friday 06-16.
    expect(reminderDay('2023-06-21', 3, official)).toBe('2023-06-16');
  });

  it('follows the official 调休 table and the clerk’s 节假日 sheet', () => {
    // 领取截止 on a day off (06-23, 端午 holiday) counts from the last working day before it.
    expect(reminderDay('2023-06-23', 2, official)).toBe('2023-06-19');
    // Sunday 2023-06-25 is a 调休 working day.
    expect(reminderDay('2023-06-26', 1, official)).toBe('2023-06-25');
    const clerk = workingDays([{ date: '2023-06-19', kind: '休' }]);
    expect(reminderDay('2023-06-21', 2, clerk)).toBe('2023-06-16');
  });

  it('uses the campaign’s 催领天数, else 设置!催领天数, and knows before, on and after', () => {
    const d = dragonBoat();
    const c = campaignOf(d);
    expect(d.settings.reminderDays).toBe(2);
    expect(reminderTiming(c, d.settings, '2023-06-16', official)).toEqual({ phase: 'early', dueOn: '2023-06-19', days: 2 });
    expect(reminderTiming(c, d.settings, '2023-06-19', official).phase).toBe('due');
    expect(reminderTiming(c, d.settings, '2023-06-21', official).phase).toBe('due');
    expect(reminderTiming(c, d.settings, '2023-06-22', official).phase).toBe('over');
    expect(reminderTiming(campaignOf(dragonBoat({ 催领天数: 4 })), d.settings, '2023-06-16', official)).toEqual({ phase: 'due', dueOn: '2023-06-15', days: 4 });
    expect(reminderTiming(campaignOf(dragonBoat({ 催领模板: '' })), d.settings, '2023-06-20', official).phase).toBe('none');
  });
});
