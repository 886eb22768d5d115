import type { PlanMonth } from './planItem';
import { halfWidth } from '../kernel/values/halfWidth';
import { monthNumber, planMonth } from './planMonth';
import { type Cell, cellText, isBlank, isWallClock } from '../kernel/values/cell';
import type { PlanYearContext } from '../kernel/values/dateValue';

export type MonthValue =
  | { readonly ok: true; readonly month: PlanMonth | null }
  | { readonly ok: false; readonly reason: string };

/**
 * A 工作计划 月份 cell: 二月, 2月, 2, 02, 十一月, 正月/腊月, full-width ２月, a month with its
 * year (2023年3月, 2023-03, 2023.3) or a date cell. A month without a year is placed in the plan
 * year (months before 计划起始月份 in the next one). Blank → month null (same as the row above).
 */
export function readMonth(v: Cell | undefined, plan: PlanYearContext): MonthValue {
  if (v === undefined || isBlank(v)) return { ok: true, month: null };
  if (isWallClock(v)) return { ok: true, month: { year: Number(v.date.slice(0, 4)), month: Number(v.date.slice(5, 7)) } };
  const text = halfWidth(cellText(v)).replace(/\s+/g, '');
  const withYear = /^(\d{4})[-/.年](\d{1,2})月?份?$/.exec(text);
  if (withYear) {
    const month = Number(withYear[2]);
    if (month >= 1 && month <= 12) return { ok: true, month: { year: Number(withYear[1]), month } };
  } else {
    const n = monthNumber(text);
    if (n !== null) return { ok: true, month: planMonth(n, plan.planYear, plan.planStartMonth) };
  }
  return { ok: false, reason: `“${cellText(v)}”不是有效月份（例如 二月、2月、2、2023年3月）` };
}
