// The owned 工作计划 columns (计划编号, 日历事件ID, 同步状态) that record what a sync's apply
// (calendarApply) did.
import type { CalendarDiff } from './calendarDiff';
import type { PlanRead } from './readPlan';
import { PLAN_SPEC } from '../kernel/sheets/schema';
import { cellAt } from '../kernel/sheets/table';
import { type Cell, cellText } from '../kernel/values/cell';
import type { Applied } from './calendarApply';

const [COL_ID, COL_EVENT, COL_STATUS] = PLAN_SPEC.columns.filter((c) => c.owned).map((c) => c.header);

export function ownedUpdates(
  plan: PlanRead,
  diff: CalendarDiff,
  applied: Applied,
  assigned: ReadonlyMap<number, string>,
  badRows: ReadonlyMap<number, string[]>,
  now: string,
  pending: string,
): Map<number, Record<string, Cell>> {
  const current = new Map(plan.table.rows.map((r) => [r.row, {
    id: cellText(cellAt(plan.table, r, COL_ID)),
    event: cellText(cellAt(plan.table, r, COL_EVENT)),
    status: cellText(cellAt(plan.table, r, COL_STATUS)),
  }]));
  const want = new Map<number, { id?: string; event?: string; status?: string }>();
  const set = (row: number, v: { id?: string; event?: string; status?: string }) => want.set(row, { ...want.get(row), ...v });
  for (const [row, id] of assigned) set(row, { id });
  for (const [row, messages] of badRows) set(row, { status: `错误：${messages.join('；')}` });
  for (const d of diff.duplicateKeys) set(d.row, { status: `错误：计划编号 ${d.key} 与其他行重复` });
  const synced = `已同步 ${now}`;
  for (const u of diff.unchanged) {
    const status = current.get(u.desired.row)?.status ?? '';
    set(u.desired.row, { event: u.event.id, status: status.startsWith('已同步') ? status : synced });
  }
  for (const u of diff.updates) {
    if (applied.updated.has(u.desired.row)) set(u.desired.row, { event: u.event.id, status: synced });
    else set(u.desired.row, { event: u.event.id, status: applied.failedRows.has(u.desired.row) ? '错误：日历写入失败' : pending });
  }
  for (const c of diff.creates) {
    const id = applied.created.get(c.desired.row);
    if (id) set(c.desired.row, { event: id, status: synced });
    else set(c.desired.row, { status: applied.failedRows.has(c.desired.row) ? '错误：日历写入失败' : pending });
  }
  const updates = new Map<number, Record<string, Cell>>();
  for (const [row, v] of want) {
    const had = current.get(row);
    const change: Record<string, Cell> = {};
    if (v.id !== undefined && v.id !== had?.id) change[COL_ID] = v.id;
    if (v.event !== undefined && v.event !== had?.event) change[COL_EVENT] = v.event;
    if (v.status !== undefined && v.status !== had?.status) change[COL_STATUS] = v.status;
    if (Object.keys(change).length) updates.set(row, change);
  }
  return updates;
}
