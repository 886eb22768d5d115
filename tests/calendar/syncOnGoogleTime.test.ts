// 同步工作计划到日历 on Google's clock and quotas: the continuations it schedules must finish the
// job across runs and days, whatever Google says in between, and no run may pass 6 minutes.
import { SimulatedProject } from '../../runner/simulatedProject';
import { column, setRows, setSetting } from '../support/noticeWorkbook';
import { scaledWorkbook } from '../support/scaledWorkbook';
import { working } from '../support/continuationRuns';

const CLERK = 'clerk@gmail.com';
const HOUR = 3_600_000;

interface SyncResult { status: string; message: string; data?: { finished: boolean; created: number } }

function office(rows: number, options: Partial<ConstructorParameters<typeof SimulatedProject>[0]> = {}) {
  const workbook = scaledWorkbook(rows);
  setSetting(workbook, '管理员', '');
  return new SimulatedProject({ workbook, ...options });
}

function noDuplicates(sim: SimulatedProject): void {
  const keys = sim.calendar.events().map((e) => e.tags.uniondesk ?? e.description);
  expect(new Set(keys).size).toBe(keys.length);
}

function jobMarker(sim: SimulatedProject): string | undefined {
  return sim.store.state.documentProperties['job:syncCalendar'];
}

describe('同步工作计划到日历 on Google time', () => {
  it('a continuation that finds the workbook locked tries again later instead of dying', () => {
    // A run with a minute to spend stops part-way; its continuation is scheduled.
    const sim = office(60);
    const first = sim.run(CLERK, 'apiSyncCalendar', [{ createCalendar: true, budgetMs: 60_000 }]).result as SyncResult;
    expect(first.data?.finished).toBe(false);
    expect(jobMarker(sim)).toBeDefined();
    // When it fires, another clerk's run holds the document lock.
    sim.memoryLock.holders.set('document', 'another execution');
    const [blocked] = sim.fireDueTriggers({ maxExecutions: 1 });
    expect(blocked.fn).toBe('continueSyncCalendar');
    sim.memoryLock.holders.clear();
    sim.fireDueTriggers({ until: sim.clock.now() + 24 * HOUR });
    expect(jobMarker(sim)).toBeUndefined();
    expect(sim.calendar.events()).toHaveLength(60);
    noDuplicates(sim);
  });

  it('when Google keeps refusing, the sync gives up for the day after a few tries and says so', () => {
    // Throttled for 12 hours once 30 events went in.
    const sim = office(100, { calendarRate: { burst: 30, refillMs: 60_000, penaltyMs: 12 * HOUR } });
    sim.run(CLERK, 'apiSyncCalendar', [{ createCalendar: true }]);
    const runs = sim.fireDueTriggers({ until: sim.clock.now() + 10 * HOUR });
    // The hourly backup of the continuation fires meanwhile and leaves the job alone.
    expect(working(runs).length).toBeLessThanOrEqual(3);
    expect(runs.filter((r) => !working([r]).length).every((r) => r.elapsedMs < 2_000)).toBe(true);
    expect(sim.quotas.used(CLERK, 'triggerRuntimeMs')).toBeLessThan(10 * 60_000);
    expect(sim.executionLog.at(-1)).toContain('今天不再重试');
    expect(sim.executionLog.at(-1)).toContain('明天（2024-01-09 07:00）自动继续');
    const waiting = column(sim.workbook, '工作计划', '同步状态').filter((s) => String(s).startsWith('待同步'));
    expect(waiting).toHaveLength(100 - sim.calendar.events().length);
    expect(new Set(waiting)).toEqual(new Set(['待同步（Google 日历今天不再接受改动，明天 07:00 自动继续）']));
    // Each morning it carries on where it stopped (30 more a day here), and finishes without a
    // duplicate, spending a few runs a day rather than the day's trigger time.
    sim.fireDueTriggers({ until: sim.clock.now() + 4 * 24 * HOUR });
    expect(sim.days()).toBeLessThanOrEqual(4);
    expect(working(sim.executions).length).toBeLessThanOrEqual(1 + 4 * 3);
    expect(sim.calendar.events()).toHaveLength(100);
    expect(jobMarker(sim)).toBeUndefined();
    noDuplicates(sim);
  });

  it('a refusal worded in Chinese (a zh-CN clerk’s Google) stops the run for later instead of failing the rows', () => {
    const sim = office(36);
    // Not Google's exact zh-CN wording, and it need not be: no message is parsed.
    sim.calendar.throttleWhen = (op) => op === 'create' && '服务在一天内被调用的次数过多：calendar。';
    const first = sim.run(CLERK, 'apiSyncCalendar', [{ createCalendar: true }]).result as SyncResult;
    expect(first.message).toContain('Google 日历暂时不接受改动');
    expect(new Set(column(sim.workbook, '工作计划', '同步状态'))).toEqual(new Set(['待同步']));
    sim.calendar.throttleWhen = undefined;
    sim.fireDueTriggers();
    expect(sim.calendar.events()).toHaveLength(36);
    noDuplicates(sim);
  });

  it('a continuation’s job marker fits in one property however many deletions are pending', () => {
    const sim = office(400, { calendarRate: null });
    sim.run(CLERK, 'apiSyncCalendar', [{ createCalendar: true }]);
    sim.fireDueTriggers();
    expect(sim.calendar.events()).toHaveLength(400);
    // The clerk empties the plan and confirms the deletions; the run stops part-way.
    setRows(sim.workbook, '工作计划', []);
    const run = sim.run(CLERK, 'apiSyncCalendar', [{ confirmDeletes: true, budgetMs: 20_000 }]);
    expect(run.error).toBeUndefined();
    expect((run.result as SyncResult).message).toMatch(/另有 \d+ 个待删除的日历事件不会自动继续删除/);
    expect(Buffer.byteLength(jobMarker(sim) ?? '', 'utf8')).toBeLessThanOrEqual(9 * 1024);
    sim.fireDueTriggers();
    expect(jobMarker(sim)).toBeUndefined();
    // What the continuation did not carry waits for the clerk's next confirmed sync.
    sim.run(CLERK, 'apiSyncCalendar', [{ confirmDeletes: true }]);
    sim.fireDueTriggers();
    expect(sim.calendar.events()).toHaveLength(0);
  });

  it('an event deleted by hand in Google Calendar is created again by the next sync', () => {
    const sim = office(36);
    sim.run(CLERK, 'apiSyncCalendar', [{ createCalendar: true }]);
    expect(sim.calendar.events()).toHaveLength(36);
    const gone = sim.calendar.events()[5];
    sim.calendar.cancel(gone.id);
    const again = sim.run(CLERK, 'apiSyncCalendar', [{}]).result as SyncResult;
    expect(again.data?.created).toBe(1);
    expect(sim.calendar.events()).toHaveLength(36);
    expect(sim.calendar.events().map((e) => e.title)).toContain(gone.title);
    expect(column(sim.workbook, '工作计划', '日历事件ID')).not.toContain(gone.id);
  });
});
