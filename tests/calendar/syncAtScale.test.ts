// 同步工作计划到日历 for a big plan, on Google's clock and quotas: the union's 5,000-row plan goes
// onto the calendar over several runs without a duplicate and without a run passing 6 minutes,
// and syncing it again costs a handful of calls, because the calendar is read a page of 2,500
// events at a time (Calendar advanced service) instead of three getters per event.
import { SimulatedProject } from '../../runner/simulatedProject';
import { calendarWrites } from '../../runner/services/calendar';
import { column, setSetting } from '../support/noticeWorkbook';
import { scaledWorkbook } from '../support/scaledWorkbook';
import { working } from '../support/continuationRuns';

const CLERK = 'clerk@union.edu.cn';
const HOUR = 3_600_000;
const JOB = 'job:syncCalendar';

interface SyncResult { status: string; message: string; data?: { finished: boolean; created: number; updated: number; deleted: number; unchanged: number } }

function office(rows: number, options: Partial<ConstructorParameters<typeof SimulatedProject>[0]> = {}) {
  const workbook = scaledWorkbook(rows);
  setSetting(workbook, '管理员', '');
  return new SimulatedProject({ workbook, ...options });
}

/** One event per plan key: the tag of each event names a different 计划编号. */
function keysOnCalendar(sim: SimulatedProject): string[] {
  return sim.calendar.events().map((e) => /^\[uniondesk:([^:]+):/.exec(e.tags.uniondesk ?? '')?.[1] ?? '');
}

describe('a 5,000-row plan on a Workspace account', () => {
  const sim = office(5000, { account: 'workspace' });
  let job: ReturnType<SimulatedProject['carryOut']>;

  beforeAll(() => {
    job = sim.carryOut(CLERK, 'apiSyncCalendar', [{ createCalendar: true }], () => !sim.store.state.documentProperties[JOB], { maxDays: 14 });
  }, 300_000);

  it('goes onto the calendar over several runs, one event per row, no run passing 6 minutes', () => {
    expect(job.complete).toBe(true);
    expect(job.executions).toBeGreaterThan(10);
    const keys = keysOnCalendar(sim);
    expect(keys).toHaveLength(5000);
    expect(new Set(keys).size).toBe(5000);
    expect(new Set(column(sim.workbook, '工作计划', '日历事件ID')).size).toBe(5000);
    for (const s of column(sim.workbook, '工作计划', '同步状态')) expect(String(s)).toMatch(/^已同步 /);
    expect(sim.executions.filter((e) => e.killed || e.error)).toEqual([]);
    // 300 s of work, then booking the continuation and its backup.
    expect(sim.longestExecution()).toBeLessThanOrEqual(303_000);
    // Google's short-term limit stops each burst of writes; the run half an hour after the
    // second refusal goes on, so the plan is done the same day instead of 300 events a day.
    expect(job.days).toBe(1);
    // Each run reads the calendar in at most two pages; no getter per event, no getEvents.
    expect(sim.log.count('calendar', 'Calendar.Events.list')).toBeLessThanOrEqual(2 * job.executions);
    expect(sim.log.count('calendar', 'Calendar.getEvents')).toBe(0);
    expect(sim.log.count('calendar', 'CalendarEvent.getDescription') + sim.log.count('calendar', 'CalendarEvent.getTag')).toBe(0);
  });

  it('syncing it again unchanged is one run of a few calls and no write', () => {
    const calls = sim.log.snapshot();
    const writes = calendarWrites(sim.log);
    const run = sim.run(CLERK, 'apiSyncCalendar', [{}]);
    expect((run.result as SyncResult).data).toMatchObject({ created: 0, updated: 0, deleted: 0, unchanged: 5000, finished: true });
    expect(calendarWrites(sim.log)).toBe(writes);
    const made: Record<string, number> = Object.fromEntries(Object.entries(sim.log.snapshot()).map(([name, n]) => [name, n - (calls[name] ?? 0)]).filter(([, n]) => n));
    // Two pages of 2,500 events where CalendarApp took getEvents and 15,000 getters.
    const calendar = Object.fromEntries(Object.entries(made).filter(([name]) => name.startsWith('Calendar')));
    expect(calendar).toEqual({ 'CalendarApp.getCalendarById': 1, 'Calendar.Events.list': 2, 'Calendar.getName': 1 });
    expect(made['Range.setValues'] ?? 0).toBe(0);
    // The rest is reading 设置 and 工作计划 (one getValues each; a formatDate per date cell).
    expect(Object.entries(made).filter(([name]) => name !== 'Utilities.formatDate').reduce((a, [, n]) => a + n, 0)).toBeLessThan(30);
    expect(run.elapsedMs).toBeLessThan(15_000);
  });
});

describe('the daily limit on a gmail.com account', () => {
  it('stops for the day with a clear report when Google’s daily limit is reached, and finishes the next days', () => {
    // The clerk created 4,800 events today with another tool: 200 creates are left.
    const sim = office(600, { calendarRate: null });
    sim.quotas.use(CLERK, 'calendarEventsCreated', 4800);
    sim.run(CLERK, 'apiSyncCalendar', [{ createCalendar: true }]);
    sim.fireDueTriggers({ until: sim.clock.now() + 12 * HOUR });
    expect(sim.calendar.events()).toHaveLength(200);
    expect(sim.executionLog.at(-1)).toContain('今天不再重试');
    expect(sim.executionLog.at(-1)).toContain('明天（2024-01-09 07:00）自动继续');
    const waiting = column(sim.workbook, '工作计划', '同步状态').filter((s) => String(s).startsWith('待同步'));
    expect(waiting).toHaveLength(400);
    expect(new Set(waiting)).toEqual(new Set(['待同步（Google 日历今天不再接受改动，明天 07:00 自动继续）']));
    // The next mornings it carries on; no run passes 6 minutes and no event is made twice.
    sim.fireDueTriggers({ until: sim.clock.now() + 3 * 24 * HOUR });
    expect(sim.store.state.documentProperties[JOB]).toBeUndefined();
    const keys = keysOnCalendar(sim);
    expect(keys).toHaveLength(600);
    expect(new Set(keys).size).toBe(600);
    expect(sim.executions.filter((e) => e.killed)).toEqual([]);
    expect(sim.longestExecution()).toBeLessThan(360_000);
  });
});

/** A colleague imports another timetable into the shared calendar: n events of the plan year, not ours. */
function importTimetable(sim: SimulatedProject, n: number): void {
  const [cal] = sim.calendar.data.calendars;
  for (let i = 0; i < n; i++) {
    const day = `2023-${String(3 + (i % 9)).padStart(2, '0')}-${String(1 + (i % 28)).padStart(2, '0')}`;
    cal.events.push({
      id: `import-${i}@google.com`, title: `课程 ${i + 1}`, description: '', location: '', allDay: true,
      start: day, end: day.replace(/-(\d\d)$/, (_, d: string) => `-${String(Number(d) + 1).padStart(2, '0')}`),
      tags: {}, created: '2024-01-08T01:00:00.000Z', updated: '2024-01-08T01:00:00.000Z',
    });
  }
}

describe('reading the calendar has the run’s deadline too', () => {
  function stoppedPartWay(calendarApi: boolean) {
    const sim = office(36, { account: 'workspace', calendarApi });
    const first = sim.run(CLERK, 'apiSyncCalendar', [{ createCalendar: true, budgetMs: 10_000 }]).result as SyncResult;
    expect(first.data?.finished).toBe(false);
    importTimetable(sim, 5000);
    return sim;
  }

  it('without the advanced service, a continuation that spends its time reading stops before 6 minutes and tries again later', () => {
    // CalendarApp reads 5,000 events with three getters each: 15,000 calls, about 300 s.
    const sim = stoppedPartWay(false);
    // (Its hourly backup fires too while it waits for tomorrow, and leaves the job alone.)
    const runs = working(sim.fireDueTriggers({ until: sim.clock.now() + 12 * HOUR }));
    expect(runs).toHaveLength(3);
    for (const r of runs) {
      expect(r.killed).toBe(false);
      expect(r.elapsedMs).toBeLessThan(303_000);
    }
    expect(sim.executionLog[0]).toContain('读取日历用时过长（接近 Apps Script 的时间上限），本次没有改动日历和工作表；已保存进度，约 1 分钟后自动继续。');
    // Three runs that got nothing done: it waits for tomorrow rather than spend the day's trigger time.
    expect(sim.executionLog.at(-1)).toContain('明天（2024-01-09 07:00）自动继续');
    expect(sim.store.state.documentProperties[JOB]).toBeDefined();
    expect(sim.calendar.events().filter((e) => e.tags.uniondesk)).toHaveLength((36 - column(sim.workbook, '工作计划', '同步状态').filter((s) => String(s).startsWith('待同步')).length));
  });

  it('with it, the same continuation lists the 5,000 events in two requests and finishes', () => {
    const sim = stoppedPartWay(true);
    const [run] = sim.fireDueTriggers({ until: sim.clock.now() + 12 * HOUR });
    expect(run.elapsedMs).toBeLessThan(60_000);
    expect(sim.store.state.documentProperties[JOB]).toBeUndefined();
    expect(sim.calendar.events().filter((e) => e.tags.uniondesk)).toHaveLength(36);
    expect(sim.calendar.events()).toHaveLength(5036);
  });
});
