import { utcOffsetMinutes } from '../../src/kernel/dates/timeZoneRules';
import { utilitiesUtcOffset } from '../../src/gas/zoneOffset';
import { CallLog } from '../../runner/services/callLog';
import { createUtilities } from '../../runner/services/utilities';

describe('utilitiesUtcOffset', () => {
  it('reads the same zone rules from Utilities.formatDate as Intl gives', () => {
    const offset = utilitiesUtcOffset(createUtilities(new CallLog()));
    for (const [zone, ms] of [['Asia/Shanghai', Date.UTC(2023, 5, 1)], ['America/Los_Angeles', Date.UTC(2024, 0, 1)], ['America/Los_Angeles', Date.UTC(2024, 6, 1)], ['Asia/Kolkata', 0]] as const) {
      expect(offset(zone, ms)).toBe(utcOffsetMinutes(zone, ms));
    }
  });
});
