import type { PlanItem, PlanMonth } from './planItem';
import { readMonth } from './monthValue';
import type { Problem } from '../kernel/problem';
import type { Settings } from '../kernel/sheets/settings';
import { PLAN_SPEC } from '../kernel/sheets/schema';
import { type Cell, cellText } from '../kernel/values/cell';
import { readDateCell } from '../kernel/values/readDateCell';
import { cellAt, readTable, type Table, type TableRow } from '../kernel/sheets/table';

export interface PlanRead {
  /** Rows good enough to sync. */
  readonly items: PlanItem[];
  /** Per-row problems; a bad row is skipped, every good row still syncs. */
  readonly problems: Problem[];
  /** Every non-blank plan row (good or bad) with its current 计划编号, for id assignment. */
  readonly rows: ReadonlyArray<{ readonly row: number; readonly planId: string }>;
  readonly table: Table;
  /** A whole-sheet problem (missing sheet or header) that stops the action. */
  readonly fatal: boolean;
}

/**
 * 工作计划 → PlanItem[]. The month is written only on the first row of each group (as the seed's
 * table does), so a blank 月份 means "same as the row above".
 */
export function readPlan(values: readonly (readonly Cell[])[] | null, settings: Settings): PlanRead {
  const { table, problems } = readTable(PLAN_SPEC, values, ['月份', '工作内容']);
  if (problems.length) return { items: [], problems, rows: [], table, fatal: true };
  const items: PlanItem[] = [];
  const rows: { row: number; planId: string }[] = [];
  let current: PlanMonth | null = null;
  let badMonthAbove = false;
  const sheet = PLAN_SPEC.name;
  for (const r of table.rows) {
    const at = (h: string) => cellAt(table, r, h);
    const rowProblems: Problem[] = [];
    const problem = (column: string, message: string) => rowProblems.push({ sheet, row: r.row, column, message });
    rows.push({ row: r.row, planId: cellText(at('计划编号')) });
    const month = readMonth(at('月份'), settings);
    if (month.ok && month.month === null) {
      if (current === null) problem('月份', badMonthAbove ? '月份沿用上一行，但上一行的月份无效，请先改正上一行' : '第一行工作必须填写月份');
    } else if (!month.ok) {
      problem('月份', month.reason);
      current = null;
      badMonthAbove = true;
    } else {
      current = month.month;
      badMonthAbove = false;
    }
    const content = cellText(at('工作内容'));
    if (content === '') problem('工作内容', '工作内容为空');
    const start = readDateCell(at('开始日期'), settings);
    if (!start.ok) problem('开始日期', start.reason);
    const end = readDateCell(at('结束日期'), settings);
    if (!end.ok) problem('结束日期', end.reason);
    if (start.ok && end.ok) {
      if (end.value && !start.value) problem('开始日期', '填写了结束日期，但开始日期为空');
      else if (start.value && end.value && compareDateTime(end.value, start.value) < 0) problem('结束日期', '结束日期早于开始日期');
    }
    if (rowProblems.length || current === null || !start.ok || !end.ok) {
      problems.push(...rowProblems);
      continue;
    }
    items.push(planItem(table, r, current, content, start.value, end.value));
  }
  return { items, problems, rows, table, fatal: false };
}

function compareDateTime(a: { date: string; time: string | null }, b: { date: string; time: string | null }): number {
  const ka = `${a.date} ${a.time ?? '00:00'}`;
  const kb = `${b.date} ${b.time ?? '00:00'}`;
  return ka < kb ? -1 : ka > kb ? 1 : 0;
}

function planItem(table: Table, r: TableRow, month: PlanMonth, content: string, start: PlanItem['start'], end: PlanItem['end']): PlanItem {
  const at = (h: string) => cellText(cellAt(table, r, h));
  return {
    row: r.row,
    planId: at('计划编号'),
    month,
    content,
    department: at('负责部门'),
    start,
    end,
    location: at('地点'),
    note: at('备注'),
    eventId: at('日历事件ID'),
  };
}
