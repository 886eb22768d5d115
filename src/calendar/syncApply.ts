// Applying a sync's change list to the calendar, one unit a rerun can redo at a time, and the
// owned 工作计划 columns (计划编号, 日历事件ID, 同步状态) that record what was done.
import type { CalendarDiff } from './calendarDiff';
import type { Deadline } from '../kernel/deadline';
import { formatProblem } from '../kernel/problem';
import type { PlanRead } from './readPlan';
import { PLAN_SPEC, SHEET } from '../kernel/sheets/schema';
import { cellAt } from '../kernel/sheets/table';
import { type Cell, cellText } from '../kernel/values/cell';
import { isThrottling, type PlanCalendar } from './planCalendar';

const [COL_ID, COL_EVENT, COL_STATUS] = PLAN_SPEC.columns.filter((c) => c.owned).map((c) => c.header);

export interface Applied {
  readonly created: Map<number, string>;
  readonly updated: Set<number>;
  readonly deleted: Set<string>;
  /** Formatted failures, and the plan rows they belong to. */
  readonly failures: string[];
  readonly failedRows: Set<number>;
  /** null: everything was done; 'time': ~5 minutes used up; 'throttle': Google kept refusing; 'quota': the daily quota is gone. */
  stoppedBy: null | 'time' | 'throttle' | 'quota';
}

/** Creates, updates, then deletions, each one a unit a rerun can redo; stops before the time limit. */
export function apply(cal: PlanCalendar, diff: CalendarDiff, deletes: CalendarDiff['deletes'], deadline: Deadline): Applied {
  const done: Applied = { created: new Map(), updated: new Set(), deleted: new Set(), failures: [], failedRows: new Set(), stoppedBy: null };
  const steps: Array<{ row: number; label: string; run: () => void }> = [
    ...diff.creates.map((c) => ({ row: c.desired.row, label: c.desired.title, run: () => void done.created.set(c.desired.row, cal.create(c)) })),
    ...diff.updates.map((u) => ({ row: u.desired.row, label: u.desired.title, run: () => { cal.update(u); done.updated.add(u.desired.row); } })),
    ...deletes.map((d) => ({ row: 0, label: `计划编号 ${d.key}`, run: () => { cal.remove(d); done.deleted.add(d.event.id); } })),
  ];
  for (const step of steps) {
    if (deadline.expired(Date.now())) {
      done.stoppedBy = 'time';
      break;
    }
    try {
      step.run();
    } catch (e) {
      const message = e instanceof Error ? e.message : String(e);
      if (/for one day|quota/i.test(message)) done.stoppedBy = 'quota';
      else if (isThrottling(e)) done.stoppedBy = 'throttle';
      else {
        done.failures.push(formatProblem({ sheet: SHEET.plan, row: step.row || undefined, message: `${step.label}：日历写入失败：${message}` }));
        done.failedRows.add(step.row);
        continue;
      }
      break;
    }
  }
  return done;
}

export function ownedUpdates(
  plan: PlanRead,
  diff: CalendarDiff,
  applied: Applied,
  assigned: ReadonlyMap<number, string>,
  badRows: ReadonlyMap<number, string[]>,
  now: string,
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
    else set(u.desired.row, { event: u.event.id, status: applied.failedRows.has(u.desired.row) ? '错误：日历写入失败' : '待同步' });
  }
  for (const c of diff.creates) {
    const id = applied.created.get(c.desired.row);
    if (id) set(c.desired.row, { event: id, status: synced });
    else set(c.desired.row, { status: applied.failedRows.has(c.desired.row) ? '错误：日历写入失败' : '待同步' });
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
