import { crashSweep } from '../support/crashSweep';
import { sampleWorld } from '../support/sweepWorlds';

describe('生成节日慰问活动 killed at any service call, then run again', () => {
  it('adds each campaign exactly once', () => {
    const report = crashSweep({ world: sampleWorld(), act: (run) => run.call('apiGenerateFestivals', { year: 2024 }) });
    expect(report.calls).toContain('Range.setValues');
    expect(report.failures).toEqual([]);
  });
});
