// 同步工作计划到日历 on Google's clock and quotas: the continuations it schedules must finish the
// job across runs and days, whatever Google says in between, and no run may pass 6 minutes.
import { SimulatedProject } from '../../runner/simulatedProject';
import { column, setSetting } from '../support/noticeWorkbook';
import { scaledWorkbook } from '../support/scaledWorkbook';

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
    // Sustained throttling after 20 creates stops the first run; its continuation is scheduled.
    const sim = office(60, { calendarRate: { burst: 20, refillMs: 60_000, penaltyMs: 10 * 60_000 } });
    const first = sim.run(CLERK, 'apiSyncCalendar', [{ createCalendar: true }]).result as SyncResult;
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
