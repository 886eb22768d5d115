import { workingDayOnOrAfter, workingDayOnOrBefore, workingDays } from '../../../src/kernel/dates/workingDays';
import { OFFICIAL_SCHEDULES } from '../../../src/kernel/dates/officialHolidays';

// The tests of the fallback use 2027, whose notice was not out when this was written; they take
// it out of the data explicitly so they keep testing the fallback once 2027 is added.
const { 2027: _notice2027, ...withoutNotice2027 } = OFFICIAL_SCHEDULES;

describe('working days of mainland China', () => {
  const official = workingDays([]);

  it('follows the official schedule: holidays off, 调休 Sundays on', () => {
    expect(official('2024-02-09')).toEqual({ working: true, source: 'official' }); // 除夕 2024 was a working Friday
    expect(official('2024-02-12')).toEqual({ working: false, source: 'official' }); // Monday in the 春节 holiday
    expect(official('2024-02-04')).toEqual({ working: true, source: 'official' }); // Sunday, 调休
    expect(official('2024-02-03')).toEqual({ working: false, source: 'official' }); // ordinary Saturday
    expect(official('2024-03-06')).toEqual({ working: true, source: 'official' }); // ordinary Wednesday
  });

  it('lets the clerk’s 节假日 sheet override the official data, the later of two entries winning', () => {
    const status = workingDays([
      { date: '2024-02-09', kind: '休' }, // the union gives 除夕 off
      { date: '2024-02-03', kind: '班' },
      { date: '2024-02-03', kind: '休' },
    ]);
    expect(status('2024-02-09')).toEqual({ working: false, source: 'clerk' });
    expect(status('2024-02-03')).toEqual({ working: false, source: 'clerk' });
    expect(status('2024-02-08')).toEqual({ working: true, source: 'official' });
  });

  it('falls back to Monday–Friday less the statutory festival days for a year without a notice', () => {
    const status = workingDays([], withoutNotice2027);
    // 春节 2027 is Saturday 02-06: 除夕 (Fri) to 初三 (Mon) are statutory days off.
    expect(status('2027-02-04')).toEqual({ working: true, source: 'fallback' });
    expect(status('2027-02-05')).toEqual({ working: false, source: 'fallback' });
    expect(status('2027-02-08')).toEqual({ working: false, source: 'fallback' });
    expect(status('2027-02-09')).toEqual({ working: true, source: 'fallback' });
    expect(status('2027-10-01').working).toBe(false); // 国庆
    expect(status('2027-06-09').working).toBe(false); // 端午, a Wednesday
    // What only the notice can say, the fallback cannot know: bridge days stay working days.
    expect(status('2027-05-03')).toEqual({ working: true, source: 'fallback' });
  });

  it('still lets the clerk fill in a year without a notice', () => {
    const status = workingDays([{ date: '2027-05-03', kind: '休' }, { date: '2027-02-07', kind: '班' }], withoutNotice2027);
    expect(status('2027-05-03')).toEqual({ working: false, source: 'clerk' });
    expect(status('2027-02-07')).toEqual({ working: true, source: 'clerk' });
  });

  it('uses a year’s schedule as soon as it is one data entry', () => {
    const status = workingDays([], { ...withoutNotice2027, 2027: { off: '05-01~05-05', work: '04-25' } });
    expect(status('2027-05-03')).toEqual({ working: false, source: 'official' });
    expect(status('2027-04-25')).toEqual({ working: true, source: 'official' });
  });

  it('finds the nearest working day either way', () => {
    expect(workingDayOnOrAfter(official, '2024-02-10')).toBe('2024-02-18'); // the 调休 Sunday after 春节
    expect(workingDayOnOrBefore(official, '2024-02-17')).toBe('2024-02-09');
    expect(workingDayOnOrAfter(official, '2024-03-06')).toBe('2024-03-06');
  });

  it('gives up after a year rather than loop when the clerk marks everything off', () => {
    const all = workingDays([]);
    const never = (d: string) => ({ ...all(d), working: false });
    expect(workingDayOnOrAfter(never, '2024-01-01')).toBe('2025-01-01');
  });
});
