import { eventsDateRange, eventTiming } from '../../src/calendar/eventSpan';
import { desired, planItem } from '../fixtures/planItems';

const SH = 'Asia/Shanghai';

describe('eventSpan: a plan row without 开始日期 covers its whole month', () => {
  it('ends on the 1st of the next month (exclusive)', () => {
    expect(eventTiming(planItem({ month: { year: 2023, month: 3 } }), SH))
      .toEqual({ kind: 'allDay', start: '2023-03-01', end: '2023-04-01' });
  });

  it('gives February of a leap year 29 days and of other years 28', () => {
    expect(eventTiming(planItem({ month: { year: 2024, month: 2 } }), SH))
      .toEqual({ kind: 'allDay', start: '2024-02-01', end: '2024-03-01' });
    expect(eventsDateRange([desired({ month: { year: 2024, month: 2 } })])).toEqual({ start: '2024-02-01', end: '2024-03-01' });
    expect(eventTiming(planItem({ month: { year: 2023, month: 2 } }), SH))
      .toEqual({ kind: 'allDay', start: '2023-02-01', end: '2023-03-01' });
  });

  it('runs December into January of the next year', () => {
    expect(eventTiming(planItem({ month: { year: 2023, month: 12 } }), SH))
      .toEqual({ kind: 'allDay', start: '2023-12-01', end: '2024-01-01' });
  });

  it('puts the seed plan’s 一月 row (plan year 2023) in January 2024', () => {
    expect(eventTiming(planItem({ month: { year: 2024, month: 1 } }), SH))
      .toEqual({ kind: 'allDay', start: '2024-01-01', end: '2024-02-01' });
  });
});

describe('eventSpan: dates without a time are all-day over those days', () => {
  it('三八节 from 8 to 10 March ends (exclusive) on the 11th', () => {
    const item = planItem({ start: { date: '2023-03-08', time: null }, end: { date: '2023-03-10', time: null } });
    expect(eventTiming(item, SH)).toEqual({ kind: 'allDay', start: '2023-03-08', end: '2023-03-11' });
  });

  it('a single day when 结束日期 is blank, across the year end too', () => {
    expect(eventTiming(planItem({ start: { date: '2023-12-31', time: null } }), SH))
      .toEqual({ kind: 'allDay', start: '2023-12-31', end: '2024-01-01' });
  });
});

describe('eventSpan: a time of day makes a timed event in the plan’s zone', () => {
  it('keeps the wall-clock times and the zone', () => {
    const item = planItem({ start: { date: '2023-04-28', time: '09:00' }, end: { date: '2023-04-28', time: '11:30' } });
    expect(eventTiming(item, SH)).toEqual({
      kind: 'timed', start: { date: '2023-04-28', time: '09:00' }, end: { date: '2023-04-28', time: '11:30' }, timeZone: SH,
    });
  });

  it('lasts an hour without 结束日期, and to the end of the day when 结束日期 has no time', () => {
    expect(eventTiming(planItem({ start: { date: '2023-05-20', time: '23:30' } }), SH))
      .toMatchObject({ start: { date: '2023-05-20', time: '23:30' }, end: { date: '2023-05-21', time: '00:30' } });
    expect(eventTiming(planItem({ start: { date: '2023-05-20', time: '14:00' }, end: { date: '2023-05-21', time: null } }), SH))
      .toMatchObject({ end: { date: '2023-05-22', time: '00:00' } });
  });

  it('starts at midnight when only 结束日期 has a time', () => {
    expect(eventTiming(planItem({ start: { date: '2023-05-20', time: null }, end: { date: '2023-05-20', time: '10:00' } }), SH))
      .toMatchObject({ kind: 'timed', start: { date: '2023-05-20', time: '00:00' }, end: { date: '2023-05-20', time: '10:00' } });
  });
});

describe('eventSpan: what the event says', () => {
  it('title is 工作内容; description names 负责部门, 地点, 备注 and the plan year; location is 地点', () => {
    const e = desired({ content: '教职工篮球系列赛', department: '文体部', location: '雅安校区体育馆', note: '各分会报名' });
    expect(e.title).toBe('教职工篮球系列赛');
    expect(e.location).toBe('雅安校区体育馆');
    expect(e.description).toBe('负责部门：文体部\n地点：雅安校区体育馆\n备注：各分会报名\n2023年度工作计划');
    expect(e.key).toBe('2023-0001');
  });

  it('leaves out blank details', () => {
    expect(desired({ department: '', location: '', note: '' }).description).toBe('2023年度工作计划');
  });

  it('the date range of a plan covers every event, timed ones by their local dates', () => {
    expect(eventsDateRange([
      desired({ month: { year: 2023, month: 2 } }),
      desired({ start: { date: '2024-01-20', time: '19:00' }, end: { date: '2024-01-20', time: '21:00' } }),
    ])).toEqual({ start: '2023-02-01', end: '2024-01-21' });
    expect(eventsDateRange([])).toBeNull();
  });
});
