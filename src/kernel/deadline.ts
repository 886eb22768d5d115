/**
 * Apps Script kills a run at 6 minutes; we stop at about 5 so there is time to save progress
 * and schedule the continuation.
 */
export const RUN_BUDGET_MS = 5 * 60 * 1000;

export class Deadline {
  constructor(private readonly startedAt: number, private readonly budgetMs: number = RUN_BUDGET_MS) {}

  expired(now: number): boolean {
    return now - this.startedAt >= this.budgetMs;
  }
}
