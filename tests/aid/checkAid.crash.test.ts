import { crashSweep } from '../support/crashSweep';
import { sampleWorld } from '../support/sweepWorlds';

describe('核算帮扶金 killed at any service call, then run again', () => {
  it('ends exactly as an uninterrupted check, with no half-written ledger', () => {
    const report = crashSweep({ world: sampleWorld(), act: (run) => run.call('apiCheckAid') });
    expect(report.total).toBeGreaterThan(10);
    expect(report.calls).toContain('Range.setBackgrounds');
    expect(report.failures).toEqual([]);
  });
});
