// A continuation's hourly backup trigger (src/gas/triggers.ts) that fires before the booked run
// is due leaves the job alone and says so; the runs that did the job's work are the others.
import type { ExecutionRecord } from '../../runner/simulatedProject';

export const NOT_DUE_YET = '还没到自动继续的时间，本次什么也没做。';

export function working(runs: readonly ExecutionRecord[]): ExecutionRecord[] {
  return runs.filter((r) => (r.result as { message?: string } | undefined)?.message !== NOT_DUE_YET);
}
