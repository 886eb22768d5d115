import { desiredEvent, type DesiredEvent } from './eventSpan';
import { assignPlanIds } from './planIds';
import type { Problem } from '../kernel/problem';
import type { Settings } from '../kernel/sheets/settings';
import type { PlanRead } from './readPlan';
import { SETTING_KEYS, SHEET } from '../kernel/sheets/schema';

/** The plan as calendar events: what both 同步工作计划到日历 and 导出日历文件 start from. */
export interface PlanEvents {
  /** One per good row, keyed by its (possibly newly assigned) 计划编号. */
  readonly desired: DesiredEvent[];
  /** 计划编号 given now to rows without one (or repeating one above them), by sheet row. */
  readonly assigned: ReadonlyMap<number, string>;
  readonly highWater: number;
  /** Rows skipped for their problems → the reasons, for 同步状态. */
  readonly badRows: ReadonlyMap<number, string[]>;
  /** 计划编号 of the skipped rows: their events are kept as they are. */
  readonly heldKeys: ReadonlySet<string>;
  /** The skipped rows' problems. */
  readonly skipped: readonly Problem[];
}

export function planEvents(plan: PlanRead, settings: Settings, highWater: number): PlanEvents {
  const ids = assignPlanIds(plan.rows, settings.planYear, highWater);
  const idOf = (row: number, planId: string) => ids.assigned.get(row) ?? planId;
  const context = { planYear: settings.planYear, timeZone: settings.timeZone };
  const desired = plan.items.map((item) => desiredEvent({ ...item, planId: idOf(item.row, item.planId) }, context));
  const good = new Set(plan.items.map((i) => i.row));
  const badRows = new Map<number, string[]>();
  const skipped: Problem[] = [];
  for (const p of plan.problems) {
    if (p.row === undefined || good.has(p.row)) continue;
    badRows.set(p.row, [...(badRows.get(p.row) ?? []), `${p.column ?? ''} ${p.message}`.trim()]);
    skipped.push(p);
  }
  const heldKeys = new Set(plan.rows.filter((r) => badRows.has(r.row)).map((r) => idOf(r.row, r.planId)).filter(Boolean));
  return { desired, assigned: ids.assigned, highWater: ids.highWater, badRows, heldKeys, skipped };
}

/** 设置!时区 must name a real zone: every date and time of the plan is read in it. */
/** isKnown: the runtime's own answer (Utilities.formatDate on Apps Script), not Intl's. */
export function timeZoneProblem(settings: Settings, isKnown: (timeZone: string) => boolean): Problem | null {
  if (isKnown(settings.timeZone)) return null;
  return { sheet: SHEET.settings, row: settings.rows[SETTING_KEYS.timeZone], column: '值', message: `${SETTING_KEYS.timeZone}：“${settings.timeZone}”不是有效的时区名称（例如 Asia/Shanghai）` };
}
