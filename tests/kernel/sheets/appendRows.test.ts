import { planAppend } from '../../../src/kernel/sheets/appendRows';
import { CAMPAIGNS_SPEC } from '../../../src/kernel/sheets/schema';
import { readTable } from '../../../src/kernel/sheets/table';
import { wallClock } from '../../../src/kernel/values/cell';

describe('appending rows to a sheet found by header', () => {
  const values = [['类型', '活动ID', '领取开始', '我的备注', '活动名称'], ['端午', 'DW', '', 'x', '端午慰问']];
  const { table } = readTable(CAMPAIGNS_SPEC, values, ['活动ID']);

  it('lays each record out under the clerk’s own column order, leaving other columns blank', () => {
    const plan = planAppend(CAMPAIGNS_SPEC, table, [{ 活动ID: '2025-端午', 类型: '端午', 活动名称: '2025年端午节慰问', 领取开始: wallClock('2025-05-21') }]);
    expect(plan.headerWrite).toBeNull();
    expect(plan.rows).toEqual([['端午', '2025-端午', wallClock('2025-05-21'), '', '2025年端午节慰问']]);
  });

  it('appends a missing owned column only when a record has a value for it', () => {
    expect(planAppend(CAMPAIGNS_SPEC, table, [{ 活动ID: 'a', 说明: '' }]).headerWrite).toBeNull();
    const plan = planAppend(CAMPAIGNS_SPEC, table, [{ 活动ID: 'a', 说明: '' }, { 活动ID: 'b', 说明: '请核对' }]);
    expect(plan.headerWrite).toEqual({ row: 1, column: 6, values: [['说明']] });
    expect(plan.rows.map((r) => r[5])).toEqual(['', '请核对']);
  });

  it('formula-escapes text that would start a formula', () => {
    expect(planAppend(CAMPAIGNS_SPEC, table, [{ 活动名称: '=HYPERLINK("x")' }]).rows[0][4]).toBe('\'=HYPERLINK("x")');
  });

  it('refuses a column the clerk owns but the sheet lacks (readTable has reported it)', () => {
    expect(() => planAppend(CAMPAIGNS_SPEC, table, [{ 领取地点: '工会办公室' }])).toThrow(/领取地点/);
  });
});
