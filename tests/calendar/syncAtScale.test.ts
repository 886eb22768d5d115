// 同步工作计划到日历 for a big plan, on Google's clock and quotas: the union's 5,000-row plan goes
// onto the calendar over several runs without a duplicate and without a run passing 6 minutes,
// and syncing it again costs a handful of calls, because the calendar is read a page of 2,500
// events at a time (Calendar advanced service) instead of three getters per event.
import { SimulatedProject } from '../../runner/simulatedProject';
import { calendarWrites } from '../../runner/services/calendar';
import { column, setSetting } from '../support/noticeWorkbook';
import { scaledWorkbook } from '../support/scaledWorkbook';

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
    expect(sim.longestExecution()).toBeLessThanOrEqual(302_000);
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
    const made = Object.fromEntries(Object.entries(sim.log.snapshot()).map(([name, n]) => [name, n - (calls[name] ?? 0)]).filter(([, n]) => n));
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
