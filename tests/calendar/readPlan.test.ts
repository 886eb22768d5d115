import samplePlan from '../../templates/samplePlan.json';
import { formatProblem } from '../../src/kernel/problem';
import { readPlan } from '../../src/calendar/readPlan';
import { readSettings } from '../../src/kernel/sheets/readSettings';
import { PLAN_SPEC } from '../../src/kernel/sheets/schema';
import { wallClock, type Cell } from '../../src/kernel/values/cell';

const settings = readSettings([['项目', '值'], ['计划年度', 2023], ['计划起始月份', 2]], 2026).settings;
const header = PLAN_SPEC.columns.map((c) => c.header);

function sheet(rows: Record<string, Cell>[]): Cell[][] {
  return [header, ...rows.map((r) => header.map((h) => r[h] ?? ''))];
}

describe('the seed plan, as the clerk keeps it', () => {
  const { items, problems } = readPlan(sheet(samplePlan as Record<string, Cell>[]), settings);

  it('reads all 36 rows with the month written only on each group’s first row', () => {
    expect(problems).toEqual([]);
    expect(items).toHaveLength(36);
    expect(items[1]).toMatchObject({ content: '制定年度工作要点', month: { year: 2023, month: 2 } });
  });

  it('puts the 一月 rows in January of the next year', () => {
    const january = items.filter((i) => i.month.month === 1);
    expect(january.map((i) => i.content)).toEqual(['元旦慰问和送温暖活动', '青年教职工单身联谊活动']);
    expect(january.every((i) => i.month.year === 2024)).toBe(true);
  });

  it('reads times of day typed as text', () => {
    const walk = items.find((i) => i.content === '举办“五一”健步走活动')!;
    expect(walk.start).toEqual({ date: '2023-04-28', time: '09:00' });
  });
});

describe('bad plan rows are reported and skipped, good rows still count', () => {
  const { items, problems } = readPlan(sheet([
    { 月份: '十三月', 工作内容: '不存在的月份' },
    { 月份: '三月', 工作内容: '' },
    { 月份: '', 工作内容: '跟上一行同月', 开始日期: wallClock('2023-03-10'), 结束日期: wallClock('2023-03-09') },
    { 月份: '', 工作内容: '日期写错', 开始日期: '下周一' },
    { 月份: 4, 工作内容: '四月的工作', 开始日期: wallClock('2023-04-21', '14:30:00') },
  ]), settings);

  it('names sheet, row and column for each problem', () => {
    expect(problems.map(formatProblem)).toEqual([
      '工作计划!2 月份: “十三月”不是有效月份（例如 二月、2月、2、2023年3月）',
      '工作计划!3 工作内容: 工作内容为空',
      '工作计划!4 结束日期: 结束日期早于开始日期',
      '工作计划!5 开始日期: “下周一”不是有效日期（例如 2023-06-20）',
    ]);
  });

  it('keeps the good row with its time of day', () => {
    expect(items).toHaveLength(1);
    expect(items[0]).toMatchObject({ row: 6, month: { year: 2023, month: 4 }, start: { date: '2023-04-21', time: '14:30' } });
  });

  it('points a row that inherits a bad month at the row above', () => {
    const r = readPlan(sheet([{ 月份: '十三月', 工作内容: '坏月份' }, { 月份: '', 工作内容: '同组的下一行' }, { 月份: '五月', 工作内容: '新的一组' }]), settings);
    expect(r.problems.map(formatProblem)).toEqual([
      '工作计划!2 月份: “十三月”不是有效月份（例如 二月、2月、2、2023年3月）',
      '工作计划!3 月份: 月份沿用上一行，但上一行的月份无效，请先改正上一行',
    ]);
    expect(r.items.map((i) => i.content)).toEqual(['新的一组']);
  });

  it('refuses a month with a year outside 计划年度 (last year’s row copied into this year’s plan), and keeps next January', () => {
    const r = readPlan(sheet([{ 月份: '2022.3', 工作内容: '去年的三月' }, { 月份: '2024年1月', 工作内容: '元旦慰问' }, { 月份: wallClock('2024-02-01'), 工作内容: '下一年度的二月' }]), settings);
    expect(r.problems.map(formatProblem)).toEqual([
      '工作计划!2 月份: “2022.3”不在计划年度 2023（2023年2月—2024年1月）内；请改为本年度的月份，或修改 设置!计划年度',
      '工作计划!4 月份: “2024-02-01”不在计划年度 2023（2023年2月—2024年1月）内；请改为本年度的月份，或修改 设置!计划年度',
    ]);
    expect(r.items.map((i) => i.month)).toEqual([{ year: 2024, month: 1 }]);
  });

  it('refuses a first row without a month', () => {
    const r = readPlan(sheet([{ 月份: '', 工作内容: '没有月份' }]), settings);
    expect(r.problems.map(formatProblem)).toEqual(['工作计划!2 月份: 第一行工作必须填写月份']);
  });

  it('stops on a missing header', () => {
    const r = readPlan([['月份', '内容']], settings);
    expect(r.fatal).toBe(true);
    expect(r.problems.map(formatProblem)).toEqual(['工作计划!1 工作内容: 缺少表头“工作内容”（表头行现有：月份、内容）']);
  });
});
