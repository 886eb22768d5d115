import { planOwnedWrites } from '../../../src/kernel/sheets/ownedWrites';
import { PLAN_SPEC } from '../../../src/kernel/sheets/schema';
import { readTable } from '../../../src/kernel/sheets/table';

const values = [
  ['月份', '工作内容', '负责部门', '计划编号', '备注'],
  ['二月', '招标采购', '生活福利部', '2023-0001', '=clerk note'],
  ['', '', '', '', ''],
  ['', '制定年度工作要点', '办公室', '2023-0002', ''],
];

describe('writing the columns the tool owns', () => {
  it('appends missing owned headers and writes one block per run of adjacent owned columns', () => {
    const { table } = readTable(PLAN_SPEC, values, ['月份', '工作内容']);
    const plan = planOwnedWrites(PLAN_SPEC, table, new Map([
      [2, { 日历事件ID: 'ev1', 同步状态: '已同步' }],
      [4, { 日历事件ID: 'ev2', 同步状态: '错误：结束日期早于开始日期' }],
    ]));
    expect(plan.headerWrite).toEqual({ row: 1, column: 6, values: [['日历事件ID', '同步状态']] });
    expect(plan.writes).toEqual([{ row: 2, column: 6, values: [['ev1', '已同步'], ['', ''], ['ev2', '错误：结束日期早于开始日期']] }]);
  });

  it('keeps the values of rows it does not update and never touches clerk columns', () => {
    const { table } = readTable(PLAN_SPEC, values, ['月份', '工作内容']);
    const plan = planOwnedWrites(PLAN_SPEC, table, new Map([[4, { 计划编号: '2023-0003' }]]));
    expect(plan.headerWrite).toBeNull();
    expect(plan.writes).toEqual([{ row: 2, column: 4, values: [['2023-0001'], [''], ['2023-0003']] }]);
  });

  it('formula-escapes text that would start a formula', () => {
    const { table } = readTable(PLAN_SPEC, values, ['月份', '工作内容']);
    const plan = planOwnedWrites(PLAN_SPEC, table, new Map([[2, { 同步状态: '=IMPORTXML("http://evil")' }]]));
    expect(plan.writes[0].values[0]).toEqual([`'=IMPORTXML("http://evil")`]);
  });

  it('writes nothing when every owned cell already holds its value (a rerun over unchanged data)', () => {
    const { table } = readTable(PLAN_SPEC, values, ['月份', '工作内容']);
    const plan = planOwnedWrites(PLAN_SPEC, table, new Map([[2, { 计划编号: '2023-0001' }], [4, { 计划编号: '2023-0002' }]]));
    expect(plan).toEqual({ headerWrite: null, writes: [] });
    const changed = planOwnedWrites(PLAN_SPEC, table, new Map([[2, { 计划编号: '2023-0001' }], [4, { 计划编号: '2023-0009' }]]));
    expect(changed.writes).toHaveLength(1);
  });

  it('refuses to write a column the clerk owns', () => {
    const { table } = readTable(PLAN_SPEC, values, ['月份', '工作内容']);
    expect(() => planOwnedWrites(PLAN_SPEC, table, new Map([[2, { 工作内容: 'x' }]]))).toThrow('not a tool-owned column');
  });

  it('uses the same number of writes for 3 rows and for 5,000', () => {
    const big = [values[0], ...Array.from({ length: 5000 }, (_, i) => ['三月', `工作${i}`, '', '', ''])];
    const { table } = readTable(PLAN_SPEC, big, ['月份', '工作内容']);
    const updates = new Map(table.rows.map((r) => [r.row, { 计划编号: `2023-${r.row}`, 同步状态: '已同步' }]));
    const plan = planOwnedWrites(PLAN_SPEC, table, updates);
    expect(plan.writes).toHaveLength(2); // 计划编号 (col 4) and 同步状态 (appended col 6) are not adjacent
    expect(plan.writes[0].values).toHaveLength(5000);
  });
});
