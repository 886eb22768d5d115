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

/**
 * Rows without a 计划编号, and rows repeating one a row above already holds (a copied row),
 * get fresh ids after the high-water mark — which is first raised past every id in the sheet,
 * so a lost mark can never hand out a number twice.
 */
export function assignPlanIds(
  rows: ReadonlyArray<{ readonly row: number; readonly planId: string }>,
  planYear: number,
  highWater: number,
): { assigned: Map<number, string>; highWater: number } {
  const seen = new Set<string>();
  const needing: number[] = [];
  for (const r of rows) {
    if (r.planId === '' || seen.has(r.planId)) needing.push(r.row);
    else seen.add(r.planId);
  }
  const mark = Math.max(highWater, highestPlanSequence(planYear, [...seen]));
  const next = nextPlanIds(planYear, mark, needing.length);
  return { assigned: new Map(needing.map((row, i) => [row, next.ids[i]])), highWater: next.highWater };
}
