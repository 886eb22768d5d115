import type { PlanMonth } from './planItem';

const CHINESE_MONTHS = ['一', '二', '三', '四', '五', '六', '七', '八', '九', '十', '十一', '十二'];

/**
 * The month number written in a 工作计划 月份 cell: 二月, 2月, 2, 02, 十一月, 十二月, or a
 * month already taken from a date cell. null when it is not a month (十三月, 春季, …).
 */
export function monthNumber(text: string): number | null {
  const t = text.trim().replace(/\s+/g, '').replace(/份$/, '');
  const arabic = /^0?(\d{1,2})(?:月)?$/.exec(t);
  if (arabic) {
    const n = Number(arabic[1]);
    return n >= 1 && n <= 12 ? n : null;
  }
  const chinese = /^(.+?)月$/.exec(t)?.[1] ?? t;
  const i = CHINESE_MONTHS.indexOf(chinese === '正' ? '一' : chinese === '腊' ? '十二' : chinese);
  return i >= 0 ? i + 1 : null;
}

/**
 * The plan year runs from 计划起始月份 of 计划年度 to the month before it of the next year,
 * so the seed plan's 一月 rows (计划年度 2023, start 2) are January 2024.
 */
export function planMonth(month: number, planYear: number, startMonth: number): PlanMonth {
  return { year: month < startMonth ? planYear + 1 : planYear, month };
}
