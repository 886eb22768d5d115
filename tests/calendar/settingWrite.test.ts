import { planSettingWrite } from '../../src/calendar/settingWrite';

describe('planSettingWrite', () => {
  it('fills the 值 of the key’s row', () => {
    const values = [['项目', '值'], ['单位名称', '工会'], ['共享日历ID', ''], ['时区', 'Asia/Shanghai']];
    expect(planSettingWrite(values, '共享日历ID', 'abc@group.calendar.google.com')).toEqual({ row: 3, column: 2, values: [['abc@group.calendar.google.com']] });
  });

  it('adds a row below the last one when the key is missing, whatever the column order', () => {
    const values = [['备注', '值', '项目'], ['', 'x', '单位名称']];
    expect(planSettingWrite(values, '共享日历ID', 'abc')).toEqual({ row: 3, column: 2, values: [['abc', '共享日历ID']] });
  });

  it('writes headers-first into a missing or empty 设置', () => {
    expect(planSettingWrite(null, '共享日历ID', 'abc')).toEqual({ row: 2, column: 1, values: [['共享日历ID', 'abc']] });
  });
});
