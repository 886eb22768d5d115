/**
 * Every Apps Script service call made by the bundle, counted by (group, name), e.g.
 * ('spreadsheet', 'Range.getValues'). Tests assert call counts with it ("a fixed number of
 * spreadsheet calls per table") and crash sweeps inject a fault at the k-th call.
 */
export interface CallMeter {
  /** Before a call: throws when the execution is already over (killed). */
  before(): void;
  after(group: string, name: string, args: readonly unknown[], result: unknown): void;
}

export class CallLog {
  private readonly counts = new Map<string, number>();
  private readonly groups = new Map<string, string>();
  private total = 0;
  /** When the running total of calls reaches failAt, that call throws instead of happening. */
  failAt: number | null = null;
  /** Extra fault predicate: n is the 1-based number of this call. */
  failWhen?: (group: string, name: string, n: number) => boolean;
  /**
   * Apps Script time: told about each call after it returned (the virtual clock charges its
   * latency there, and kills the execution when it passes 6 minutes). Absent: real time.
   */
  meter?: CallMeter;

  record(group: string, name: string): void {
    this.meter?.before();
    const n = this.total + 1;
    if ((this.failAt !== null && n >= this.failAt) || (this.failWhen && this.failWhen(group, name, n))) {
      // Only the first reaching call fails; later ones (e.g. in finally blocks) also fail so a
      // crash really stops all service traffic, as a killed execution would.
      throw new Error(`注入故障：第 ${n} 次服务调用 ${name}`);
    }
    this.total = n;
    this.counts.set(name, (this.counts.get(name) ?? 0) + 1);
    this.groups.set(name, group);
  }

  /** The call returned `result`; a metered log lets the time it took pass. */
  settle(group: string, name: string, args: readonly unknown[], result: unknown): void {
    this.meter?.after(group, name, args, result);
  }

  /** Calls so far, optionally only of one group and/or one name. */
  count(group?: string, name?: string): number {
    if (group === undefined && name === undefined) return this.total;
    let sum = 0;
    for (const [n, c] of this.counts) {
      if (name !== undefined && n !== name) continue;
      if (group !== undefined && this.groups.get(n) !== group) continue;
      sum += c;
    }
    return sum;
  }

  /** Calls per name, e.g. { 'Range.getValues': 3 }; optionally only one group. */
  snapshot(group?: string): Record<string, number> {
    const out: Record<string, number> = {};
    for (const [n, c] of [...this.counts].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))) {
      if (group === undefined || this.groups.get(n) === group) out[n] = c;
    }
    return out;
  }

  reset(): void {
    this.counts.clear();
    this.groups.clear();
    this.total = 0;
  }
}
