import { crashSweep } from '../support/crashSweep';
import { sampleWorld } from '../support/sweepWorlds';

describe('审核通过 killed at any service call, then run again', () => {
  // 审核时间 is the time of the run that approved: every run here happens at the same instant.
  beforeAll(() => jest.useFakeTimers({ now: new Date('2023-06-01T01:00:00Z'), doNotFake: ['nextTick', 'setImmediate', 'queueMicrotask'] }));
  afterAll(() => jest.useRealTimers());

  it('records approver, time and fingerprint once, in one write', () => {
    const report = crashSweep({
      world: sampleWorld(),
      user: 'chair@example.edu.cn',
      act: (run) => run.call('apiApproveCampaign', { campaignId: '2023-端午' }),
    });
    expect(report.calls).toContain('Range.setValues');
    expect(report.failures).toEqual([]);
  });
});
