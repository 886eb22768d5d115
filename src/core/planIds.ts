/**
 * 计划编号 are '2023-0007': the plan year (so next year's plan never moves this year's calendar
 * events) and a sequence from a high-water mark kept outside the sheet, so the number of a
 * deleted row is never given to a new one.
 */
export function nextPlanIds(planYear: number, highWater: number, count: number): { ids: string[]; highWater: number } {
  const ids: string[] = [];
  for (let i = 1; i <= count; i++) ids.push(`${planYear}-${String(highWater + i).padStart(4, '0')}`);
  return { ids, highWater: highWater + count };
}

/** The highest sequence number among existing ids of that year (to repair a lost high-water mark). */
export function highestPlanSequence(planYear: number, ids: readonly string[]): number {
  let max = 0;
  const prefix = `${planYear}-`;
  for (const id of ids) {
    if (!id.startsWith(prefix)) continue;
    const n = Number(id.slice(prefix.length));
    if (Number.isInteger(n) && n > max) max = n;
  }
  return max;
}

/** Document property holding the high-water mark of a plan year. */
export function planIdHighWaterKey(planYear: number): string {
  return `planIdHighWater:${planYear}`;
}
