import {
  addMinutes, epochMsToWallClock, instantOnDate, offsetTransitions, utcOffsetMinutes, wallClockToEpochMs,
} from '../../../src/kernel/dates/timeZoneRules';

describe('timeZoneRules', () => {
  it('knows Shanghai is UTC+8 all year and Los Angeles moves with daylight saving', () => {
    expect(utcOffsetMinutes('Asia/Shanghai', Date.UTC(2023, 0, 15))).toBe(480);
    expect(utcOffsetMinutes('Asia/Shanghai', Date.UTC(2023, 6, 15))).toBe(480);
    expect(utcOffsetMinutes('America/Los_Angeles', Date.UTC(2024, 0, 15))).toBe(-480);
    expect(utcOffsetMinutes('America/Los_Angeles', Date.UTC(2024, 6, 15))).toBe(-420);
  });

  it('turns a Shanghai wall-clock time into the instant, whatever the machine zone', () => {
    expect(new Date(wallClockToEpochMs({ date: '2023-04-28', time: '09:00' }, 'Asia/Shanghai')).toISOString())
      .toBe('2023-04-28T01:00:00.000Z');
    expect(new Date(wallClockToEpochMs({ date: '2024-07-04', time: '09:00' }, 'America/Los_Angeles')).toISOString())
      .toBe('2024-07-04T16:00:00.000Z');
    expect(epochMsToWallClock(Date.UTC(2023, 11, 31, 16, 30), 'Asia/Shanghai')).toEqual({ date: '2024-01-01', time: '00:30' });
  });

  it('adds minutes across midnight', () => {
    expect(addMinutes({ date: '2023-12-31', time: '23:30' }, 60)).toEqual({ date: '2024-01-01', time: '00:30' });
  });

  it('finds the daylight-saving changes of a year to the minute, and none in Shanghai', () => {
    const from = Date.UTC(2024, 0, 1);
    const to = Date.UTC(2025, 0, 1);
    expect(offsetTransitions('Asia/Shanghai', from, to)).toEqual([]);
    expect(offsetTransitions('America/Los_Angeles', from, to)).toEqual([
      { atMs: Date.UTC(2024, 2, 10, 10), from: -480, to: -420 },
      { atMs: Date.UTC(2024, 10, 3, 9), from: -420, to: -480 },
    ]);
  });
});

describe('instantOnDate', () => {
  it('picks an instant that is the same date in Shanghai and in Los Angeles', () => {
    for (const date of ['2023-02-01', '2023-07-15', '2024-03-10', '2024-11-03']) {
      const ms = instantOnDate(date, ['America/Los_Angeles', 'Asia/Shanghai']);
      expect(epochMsToWallClock(ms, 'America/Los_Angeles').date).toBe(date);
      expect(epochMsToWallClock(ms, 'Asia/Shanghai').date).toBe(date);
    }
  });

  it('falls back to noon in the first zone when the zones share no instant of the day', () => {
    const ms = instantOnDate('2024-01-01', ['Pacific/Kiritimati', 'Pacific/Pago_Pago']);
    expect(epochMsToWallClock(ms, 'Pacific/Kiritimati')).toEqual({ date: '2024-01-01', time: '12:00' });
  });
});
