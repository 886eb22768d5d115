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
  if (isWallClock(v)) return inPlanYear(v, { year: Number(v.date.slice(0, 4)), month: Number(v.date.slice(5, 7)) }, plan);
  const text = halfWidth(cellText(v)).replace(/\s+/g, '');
  const withYear = /^(\d{4})[-/.年](\d{1,2})月?份?$/.exec(text);
  if (withYear) {
    const month = Number(withYear[2]);
    if (month >= 1 && month <= 12) return inPlanYear(v, { year: Number(withYear[1]), month }, plan);
  } else {
    const n = monthNumber(text);
    if (n !== null) return { ok: true, month: planMonth(n, plan.planYear, plan.planStartMonth) };
  }
  return { ok: false, reason: `“${cellText(v)}”不是有效月份（例如 二月、2月、2、2023年3月）` };
}

/**
 * A month written with its year must fall in 计划年度: a row copied from last year's plan would
 * otherwise go onto last year's calendar, where no later sync of this year looks for it.
 */
function inPlanYear(v: Cell, month: PlanMonth, plan: PlanYearContext): MonthValue {
  const first = planMonth(plan.planStartMonth, plan.planYear, plan.planStartMonth);
  const last = planMonth(plan.planStartMonth === 1 ? 12 : plan.planStartMonth - 1, plan.planYear, plan.planStartMonth);
  const index = (m: PlanMonth) => m.year * 12 + m.month;
  if (index(month) >= index(first) && index(month) <= index(last)) return { ok: true, month };
  const shown = isWallClock(v) ? v.date : cellText(v);
  return { ok: false, reason: `“${shown}”不在计划年度 ${plan.planYear}（${first.year}年${first.month}月—${last.year}年${last.month}月）内；请改为本年度的月份，或修改 设置!计划年度` };
}
