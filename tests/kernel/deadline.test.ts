import { Deadline, RUN_BUDGET_MS } from '../../src/kernel/deadline';

describe('a long run stops before Apps Script’s 6-minute limit', () => {
  it('expires after about five minutes', () => {
    const d = new Deadline(1000);
    expect(RUN_BUDGET_MS).toBe(300000);
    expect(d.expired(1000 + 299999)).toBe(false);
    expect(d.expired(1000 + 300000)).toBe(true);
  });
});
