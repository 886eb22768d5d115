import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { CallLog } from '../../../runner/services/callLog';
import { CalendarStore, calendarWrites, createCalendarApp, THROTTLE_MESSAGE } from '../../../runner/services/calendar';

function app(scriptTimeZone = 'Asia/Shanghai', store = new CalendarStore()) {
  const log = new CallLog();
  return { log, store, calendarApp: createCalendarApp({ log, scriptTimeZone }, store) };
}

const shanghaiMidnight = (iso: string) => new Date(`${iso}T00:00:00+08:00`);

describe('offline CalendarApp', () => {
  let dir: string;
  beforeEach(() => { dir = mkdtempSync(join(tmpdir(), 'uniondesk-cal-')); });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  it('creates the JSON file on save and keeps events it did not create, with their own fields', () => {
    const path = join(dir, 'calendar.json');
    writeFileSync(path, JSON.stringify({ calendars: [{ id: 'union@group', name: '工会', timeZone: 'Asia/Shanghai', events: [
      { id: 'mine-7@google.com', title: '部门例会', description: '', location: '', allDay: true, start: '2023-05-10', end: '2023-05-11', tags: {}, created: 'x', updated: 'x', colorId: '5' },
    ] }] }));
    const store = new CalendarStore(path);
    const { calendarApp } = app('Asia/Shanghai', store);
    const cal = calendarApp.getCalendarById('union@group');
    cal.createAllDayEvent('新活动', shanghaiMidnight('2023-06-01'));
    store.save();
    const saved = JSON.parse(readFileSync(path, 'utf8'));
    expect(saved.calendars[0].events[0]).toEqual(expect.objectContaining({ id: 'mine-7@google.com', colorId: '5' }));
    expect(saved.calendars[0].events[1]).toEqual(expect.objectContaining({ title: '新活动', start: '2023-06-01', end: '2023-06-02' }));
    // A new store continues the numbering instead of reusing an ID.
    const again = new CalendarStore(path);
    const created = createCalendarApp({ log: new CallLog(), scriptTimeZone: 'Asia/Shanghai' }, again).getCalendarById('union@group').createAllDayEvent('再一个', shanghaiMidnight('2023-06-02'));
    expect(created.getId()).not.toBe(saved.calendars[0].events[1].id);
  });

  it('a missing file stands for the calendar asked for; an ID it does not hold is null once it holds one', () => {
    const { calendarApp, store } = app('Asia/Shanghai', new CalendarStore(join(dir, 'none.json')));
    expect(calendarApp.getCalendarById('shared@group').getId()).toBe('shared@group');
    expect(calendarApp.getCalendarById('other@group')).toBeNull();
    expect(calendarApp.createCalendar('新日历', { timeZone: 'Asia/Shanghai' }).getName()).toBe('新日历');
    expect(store.data.calendars).toHaveLength(2);
  });

  it('reports a damaged file in Chinese', () => {
    const path = join(dir, 'bad.json');
    writeFileSync(path, '{ not json');
    expect(() => new CalendarStore(path)).toThrow('不是有效的 JSON');
  });

  it('keeps the day of an all-day Date as the script’s time zone sees it, as Apps Script does', () => {
    const { calendarApp, store } = app('America/Los_Angeles');
    const cal = calendarApp.createCalendar('x');
    // Midnight in Shanghai is still the previous afternoon in Los Angeles.
    cal.createAllDayEvent('naive', shanghaiMidnight('2023-03-08'), shanghaiMidnight('2023-03-11'));
    expect(store.events()[0]).toMatchObject({ start: '2023-03-07', end: '2023-03-10' });
    const e = cal.getEvents(new Date('2023-03-01T00:00:00Z'), new Date('2023-04-01T00:00:00Z'))[0];
    expect(e.getAllDayStartDate().toISOString()).toBe('2023-03-07T08:00:00.000Z');
    expect(e.isAllDayEvent()).toBe(true);
  });

  it('returns events that overlap the range, and reads and writes them like CalendarEvent', () => {
    const { calendarApp, log, store } = app();
    const cal = calendarApp.createCalendar('x');
    const timed = cal.createEvent('会议', new Date('2023-04-28T01:00:00Z'), new Date('2023-04-28T03:30:00Z'), { description: '说明', location: '成都校区' });
    cal.createAllDayEvent('五月', shanghaiMidnight('2023-05-01'), shanghaiMidnight('2023-06-01'));
    const april = cal.getEvents(new Date('2023-04-28T02:00:00Z'), new Date('2023-04-28T02:30:00Z'));
    expect(april.map((e) => e.getTitle())).toEqual(['会议']);
    expect(cal.getEvents(new Date('2023-05-31T00:00:00Z'), new Date('2023-06-30T00:00:00Z')).map((e) => e.getTitle())).toEqual(['五月']);
    expect(timed.getDescription()).toBe('说明');
    expect(timed.getLocation()).toBe('成都校区');
    expect(timed.getTag('k')).toBeNull();
    timed.setTag('k', 'v').setTitle('会议（改）');
    timed.setAllDayDates(shanghaiMidnight('2023-04-29'), shanghaiMidnight('2023-04-30'));
    const id = timed.getId();
    const again = cal.getEventById(id);
    expect([again.getTitle(), again.getTag('k'), again.isAllDayEvent()]).toEqual(['会议（改）', 'v', true]);
    again.deleteEvent();
    // Google still returns a deleted event by its ID (status cancelled) but lists it no more,
    // and it cannot be changed or deleted again.
    expect(cal.getEventById(id).getTitle()).toBe('会议（改）');
    expect(cal.getEvents(new Date('2023-04-28T00:00:00Z'), new Date('2023-04-30T00:00:00Z')).map((e) => e.getTitle())).toEqual([]);
    expect(store.cancelledEvents().map((e) => [e.id, e.status])).toEqual([[id, 'cancelled']]);
    expect(() => timed.setTitle('再改')).toThrow('deleted');
    expect(() => timed.deleteEvent()).toThrow('deleted');
    expect(cal.getEventById('no-such-event@google.com')).toBeNull();
    // createCalendar, createEvent, createAllDayEvent, setTag, setTitle, setAllDayDates, deleteEvent,
    // and the refused setTitle and deleteEvent (calls are counted whether they succeed or not)
    expect(calendarWrites(log)).toBe(9);
  });

  it('throws Google’s throttling message when a test asks for it', () => {
    const { calendarApp, store } = app();
    const cal = calendarApp.createCalendar('x');
    store.throttleWhen = (op, n) => op === 'create' && n === 2;
    cal.createAllDayEvent('一', shanghaiMidnight('2023-05-01'));
    expect(() => cal.createAllDayEvent('二', shanghaiMidnight('2023-05-02'))).toThrow(THROTTLE_MESSAGE);
    cal.createAllDayEvent('二', shanghaiMidnight('2023-05-02'));
    expect(store.events().map((e) => e.title)).toEqual(['一', '二']);
  });

  it('refuses what the offline runner does not implement, clearly', () => {
    const { calendarApp } = app();
    expect(() => calendarApp.getDefaultCalendar()).toThrow('not supported offline');
    expect(() => calendarApp.createCalendar('x').getEvents(new Date(), new Date(), { search: 'a' })).toThrow('not supported offline');
  });
});

describe('calendars the user owns', () => {
  it('are found by name whatever its case, with the description given when they were created', () => {
    const { calendarApp } = app();
    calendarApp.createCalendar('工会 Plan', { timeZone: 'Asia/Shanghai', summary: '由工会助手创建' } as { timeZone: string });
    calendarApp.createCalendar('其他');
    const found = calendarApp.getOwnedCalendarsByName('工会 plan');
    expect(found.map((c) => [c.getName(), c.getDescription()])).toEqual([['工会 Plan', '由工会助手创建']]);
    expect(calendarApp.getOwnedCalendarsByName('其他')[0].getDescription()).toBe('');
  });
});
