import type { PlanDateTime } from '../kernel/values/readDateCell';

export type { PlanDateTime };

/** A month of the plan year: months before 计划起始月份 belong to 计划年度 + 1. */
export interface PlanMonth {
  readonly year: number;
  readonly month: number;
}

/** One row of 工作计划, parsed. */
export interface PlanItem {
  readonly row: number;
  /** 计划编号, e.g. '2023-0007'; '' until 初始化/同步 assigns one. */
  readonly planId: string;
  readonly month: PlanMonth;
  readonly content: string;
  readonly department: string;
  readonly start: PlanDateTime | null;
  readonly end: PlanDateTime | null;
  readonly location: string;
  readonly note: string;
  /** 日历事件ID as last written by the tool. */
  readonly eventId: string;
}
