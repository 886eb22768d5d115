import { CalendarStore, type StoredEvent } from '../../runner/services/calendar';
import type { MemoryWorkbook } from '../../runner/workbook';
import { cloneWorkbook } from '../support/cloneWorkbook';
import { crashSweep, execution, valuesState, type World, worldOf } from '../support/crashSweep';
import { sampleWorkbook } from '../support/offlineBundle';
import { setCell, setSetting } from '../support/noticeWorkbook';

// 同步工作计划到日历 killed at any service call (the calendar's included), then run again: the
// calendar and 工作计划 end as after an uninterrupted sync — no event twice, none lost, none of
// someone else's touched.

// Every run happens at the same instant, so 同步状态's time compares.
beforeAll(() => jest.useFakeTimers({ now: new Date('2023-03-01T01:00:00Z'), doNotFake: ['nextTick', 'setImmediate', 'queueMicrotask'] }));
afterAll(() => jest.useRealTimers());

const CALENDAR_ID = 'union@group.calendar.offline';
const FOREIGN: StoredEvent = {
  id: 'foreign-1@offline', title: '校运会（体育部的日程）', description: '不是工会助手建的', location: '', allDay: true,
  start: '2023-04-20', end: '2023-04-21', tags: {}, created: '2023-01-01T00:00:00Z', updated: '2023-01-01T00:00:00Z',
};

interface SyncWorld extends World {
  readonly calendar: CalendarStore;
}

function copyCalendar(from: CalendarStore): CalendarStore {
  const c = new CalendarStore();
  Object.assign(c.data, JSON.parse(JSON.stringify(from.data)));
  return c;
}

function worldFrom(workbook: MemoryWorkbook, calendar: CalendarStore): () => SyncWorld {
  return () => {
    const cal = copyCalendar(calendar);
    return { ...worldOf(cloneWorkbook(workbook), { calendar: cal }), calendar: cal };
  };
}

const sync = (run: { call: (fn: string, ...a: unknown[]) => unknown }) => run.call('apiSyncCalendar', { confirmDeletes: true });

/** Events as the clerk sees them (ids aside), and the sheets' values (sync writes no formats) with event ids as the events they name. */
function syncState(w: SyncWorld) {
  const events = w.calendar.events(CALENDAR_ID).map(({ id: _id, created: _c, updated: _u, ...e }) => JSON.stringify(e)).sort();
  const byId = new Map(w.calendar.events(CALENDAR_ID).map((e) => [e.id, `${e.title} ${e.start}`]));
  const sheets = valuesState(w.workbook).map((s) => ({
    ...s,
    values: s.values.map((row) => row.map((v) => (typeof v === 'string' ? byId.get(v) ?? v : v))),
  }));
  return { events, sheets, properties: w.store.state.documentProperties };
}

function noEventTwice(w: SyncWorld): string[] {
  const keys = w.calendar.events(CALENDAR_ID).map((e) => /\[uniondesk:([^:\]]+):/.exec(`${e.tags.uniondesk ?? ''} ${e.description}`)?.[1] ?? '');
  const twice = keys.filter((k, i) => k !== '' && keys.indexOf(k) !== i);
  const foreign = w.calendar.events(CALENDAR_ID).find((e) => e.id === FOREIGN.id);
  return [
    ...(twice.length ? [`事件重复：${twice.join('、')}`] : []),
    ...(JSON.stringify(foreign) === JSON.stringify(FOREIGN) ? [] : ['别人建的事件被改动或删除了']),
  ];
}

function sampleWithCalendar(): { workbook: MemoryWorkbook; calendar: CalendarStore } {
  const workbook = sampleWorkbook();
  setSetting(workbook, '共享日历ID', CALENDAR_ID);
  const calendar = new CalendarStore();
  calendar.addCalendar('工会工作计划', 'Asia/Shanghai', CALENDAR_ID).events.push({ ...FOREIGN, tags: {} });
  return { workbook, calendar };
}

describe('同步工作计划到日历 killed at any service call, then run again', () => {
  it('the first sync of the sample plan', () => {
    const { workbook, calendar } = sampleWithCalendar();
    const report = crashSweep({ world: worldFrom(workbook, calendar), act: sync, state: syncState, afterRerun: noEventTwice });
    expect(report.calls).toContain('Calendar.createAllDayEvent');
    expect(report.failures).toEqual([]);
  });

  it('a re-sync that creates, updates and deletes', () => {
    const { workbook, calendar } = sampleWithCalendar();
    const first = { ...worldOf(workbook, { calendar }), calendar };
    const run = execution({}, first);
    sync(run);
    run.services.end();
    const plan = workbook.sheet('工作计划')!;
    const content = plan.dump()[0].indexOf('工作内容') + 1;
    setCell(workbook, '工作计划', 3, '工作内容', `${plan.values.get(3, content)}（改期）`);
    setCell(workbook, '工作计划', 5, '地点', '新校区礼堂');
    plan.grids().forEach((g) => g.deleteRows(8, 1));
    const report = crashSweep({ world: worldFrom(workbook, calendar), act: sync, state: syncState, afterRerun: noEventTwice });
    expect(report.calls).toEqual(expect.arrayContaining(['CalendarEvent.setTitle', 'CalendarEvent.deleteEvent']));
    expect(report.failures).toEqual([]);
  });
});

describe('the very first sync, which creates the shared calendar', () => {
  it('never leaves a second calendar behind', () => {
    const workbook = sampleWorkbook();
    // Three plan rows are enough here: the events themselves are swept above.
    workbook.sheet('工作计划')!.grids().forEach((g) => g.deleteRows(5, 1000));
    const report = crashSweep({
      world: worldFrom(workbook, new CalendarStore()),
      act: (run) => run.call('apiSyncCalendar', { createCalendar: true }),
      state: (w: SyncWorld) => ({ calendars: w.calendar.data.calendars.map((c) => [c.name, c.events.length]) }),
    });
    expect(report.calls).toContain('CalendarApp.createCalendar');
    expect(report.failures).toEqual([]);
  });
});
