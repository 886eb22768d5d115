import { calendarDiff } from '../../src/calendar/calendarDiff';
import { BACKOFF_MS, PlanCalendar } from '../../src/calendar/planCalendar';
import { utilitiesUtcOffset } from '../../src/gas/zoneOffset';
import { CallLog } from '../../runner/services/callLog';
import { CalendarStore, createCalendarApp, THROTTLE_MESSAGE } from '../../runner/services/calendar';
import { createUtilities } from '../../runner/services/utilities';
import { createAdvancedCalendar } from '../../runner/services/advancedCalendar';
import { Zones } from '../../runner/services/calendarEvent';
import { listCalendarEvents } from '../../src/gas/calendarEvents';
import type { ListedEvents } from '../../src/kernel/services/services';
import { desired } from '../fixtures/planItems';

function setup(scriptTimeZone: string) {
  const log = new CallLog();
  const store = new CalendarStore();
  const calendar = createCalendarApp({ log, scriptTimeZone }, store).createCalendar('工会');
  const slept: number[] = [];
  const adapter = new PlanCalendar(calendar, {
    planTimeZone: 'Asia/Shanghai',
    scriptTimeZone,
    sleep: (ms) => slept.push(ms),
    utcOffset: utilitiesUtcOffset(createUtilities(log)),
  });
  return { log, store, calendar, adapter, slept };
}

const month = desired({ planId: '2023-0001', month: { year: 2023, month: 2 } });
const days = desired({ planId: '2023-0002', start: { date: '2023-03-08', time: null }, end: { date: '2023-03-10', time: null } });
const timed = desired({ planId: '2023-0003', start: { date: '2023-04-28', time: '09:00' }, end: { date: '2023-04-28', time: '11:30' } });
const range = { start: '2023-02-01', end: '2024-02-01' };

describe('PlanCalendar', () => {
  it.each(['Asia/Shanghai', 'America/Los_Angeles', 'Pacific/Kiritimati', 'Europe/London'])(
    'lands all-day events on the plan’s dates when the script runs in %s',
    (zone) => {
      const { adapter, store } = setup(zone);
      for (const c of calendarDiff([month, days, timed], [], { planYear: 2023 }).creates) adapter.create(c);
      expect(store.events().map((e) => [e.start, e.end])).toEqual([
        ['2023-02-01', '2023-03-01'],
        ['2023-03-08', '2023-03-11'],
        ['2023-04-28T01:00:00.000Z', '2023-04-28T03:30:00.000Z'],
      ]);
    },
  );

  it('reads with one getEvents and finds what it wrote as unchanged', () => {
    const { adapter, log, calendar } = setup('America/Los_Angeles');
    for (const c of calendarDiff([month, days, timed], [], { planYear: 2023 }).creates) adapter.create(c);
    const reader = new PlanCalendar(calendar, { planTimeZone: 'Asia/Shanghai', scriptTimeZone: 'America/Los_Angeles', sleep: () => undefined, utcOffset: utilitiesUtcOffset(createUtilities(log)) });
    log.reset();
    const existing = reader.read(range, []).events;
    expect(log.count('calendar', 'Calendar.getEvents')).toBe(1);
    expect(calendarDiff([month, days, timed], existing, { planYear: 2023 }).unchanged).toHaveLength(3);
  });

  it('fetches by 日历事件ID an event the plan span does not cover', () => {
    const { adapter, calendar, log } = setup('Asia/Shanghai');
    const id = adapter.create(calendarDiff([desired({ planId: '2023-0009', start: { date: '2026-05-01', time: null } })], [], { planYear: 2023 }).creates[0]);
    const reader = new PlanCalendar(calendar, { planTimeZone: 'Asia/Shanghai', scriptTimeZone: 'Asia/Shanghai', sleep: () => undefined, utcOffset: utilitiesUtcOffset(createUtilities(log)) });
    expect(reader.read(range, [id, 'gone@google.com', '']).events.map((e) => e.id)).toEqual([id]);
  });

  it('waits 1 s, 2 s, … on throttling and carries on', () => {
    const { adapter, store, slept } = setup('Asia/Shanghai');
    store.throttleWhen = (op, n) => op === 'create' && (n === 2 || n === 3);
    for (const c of calendarDiff([month, days, timed], [], { planYear: 2023 }).creates) adapter.create(c);
    expect(slept).toEqual([1000, 2000]);
    expect(adapter.retries).toBe(2);
    expect(store.events()).toHaveLength(3);
  });

  it('gives up after the last back-off and lets the action save its progress', () => {
    const { adapter, store, slept } = setup('Asia/Shanghai');
    store.throttleWhen = (op) => op === 'create';
    expect(() => adapter.create(calendarDiff([month], [], { planYear: 2023 }).creates[0])).toThrow(THROTTLE_MESSAGE);
    expect(slept).toEqual(BACKOFF_MS);
  });

  it('only touches events it read or created', () => {
    const { adapter } = setup('Asia/Shanghai');
    expect(() => adapter.remove({ event: { id: 'foreign@google.com', description: '', tag: null }, key: '2023-0001', reason: 'removed' }))
      .toThrow('不在本次读取的范围内');
  });
});

describe('retrying a refused write', () => {
  // Apps Script words its errors in the user's language; this is not Google's exact zh-CN text,
  // and need not be: nothing depends on the words.
  const ZH_REFUSAL = '您在短时间内创建或删除的日历活动过多，请稍后再试。';

  it('retries whatever words Google uses, Chinese too', () => {
    const { adapter, store, slept } = setup('Asia/Shanghai');
    store.throttleWhen = (op, n) => op === 'create' && n === 2 && ZH_REFUSAL;
    for (const c of calendarDiff([month, days, timed], [], { planYear: 2023 }).creates) adapter.create(c);
    expect(slept).toEqual([1000]);
    expect(store.events()).toHaveLength(3);
  });

  it('never waits past the run’s deadline: it gives up instead', () => {
    const { adapter, store, slept } = setup('Asia/Shanghai');
    store.throttleWhen = (op) => op === 'create' && ZH_REFUSAL;
    adapter.mayWait = (ms) => ms <= 2000;
    expect(() => adapter.create(calendarDiff([month], [], { planYear: 2023 }).creates[0])).toThrow(ZH_REFUSAL);
    expect(slept).toEqual([1000, 2000]);
  });
});

describe('reading through the Calendar advanced service', () => {
  const g = globalThis as { Calendar?: unknown };
  afterEach(() => { delete g.Calendar; });

  function withApi(hideTags = false) {
    const { adapter, log, calendar, store } = setup('Asia/Shanghai');
    for (const c of calendarDiff([month, days, timed], [], { planYear: 2023 }).creates) adapter.create(c);
    g.Calendar = createAdvancedCalendar(store, new Zones('Asia/Shanghai'), log);
    const list = (range: { from: Date; to: Date }, more: () => boolean): ListedEvents | null => {
      const listed = listCalendarEvents(calendar.getId(), range, 'uniondesk', more);
      // A Google whose listing did not show CalendarApp's tags.
      return listed && hideTags ? { ...listed, events: listed.events.map((e) => ({ ...e, tag: null })) } : listed;
    };
    const reader = new PlanCalendar(calendar, { planTimeZone: 'Asia/Shanghai', scriptTimeZone: 'Asia/Shanghai', sleep: () => undefined, utcOffset: utilitiesUtcOffset(createUtilities(log)), list });
    log.reset();
    return { reader, log, store };
  }

  it('reads with one Events.list and no getter, and fetches an event by ID only to write it', () => {
    const { reader, log, store } = withApi();
    const read = reader.read(range, []);
    expect(log.snapshot('calendar')).toEqual({ 'Calendar.Events.list': 1, 'Calendar.getId': 1 });
    const diff = calendarDiff([month, days, { ...timed, location: '体育馆' }], read.events, { planYear: 2023 });
    expect(diff.unchanged).toHaveLength(2);
    expect(reader.titleOf(diff.updates[0].event.id)).toBe(timed.title);
    reader.update(diff.updates[0]);
    expect(log.count('calendar', 'Calendar.getEventById')).toBe(1);
    expect(store.events().find((e) => e.id === diff.updates[0].event.id)?.location).toBe('体育馆');
  });

  it('reads with CalendarApp when the listing shows no tag where getTag finds one', () => {
    const { reader, log } = withApi(true);
    const read = reader.read(range, []);
    expect(log.count('calendar', 'Calendar.getEvents')).toBe(1);
    expect(calendarDiff([month, days, timed], read.events, { planYear: 2023 }).unchanged).toHaveLength(3);
  });

  it('stops when the run’s time is up and says it did not finish', () => {
    const { reader } = withApi(true);
    expect(reader.read(range, [], () => false)).toEqual({ events: [], complete: false });
  });
});
