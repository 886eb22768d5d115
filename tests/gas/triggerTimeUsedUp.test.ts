// When the clerk's daily trigger runtime is used up (90 min on gmail.com, 6 h on Workspace),
// Google refuses to run a due trigger with "Service using too much computer time for one day",
// and a one-off trigger that was refused is spent. A long job's one-minute continuation can be
// that trigger; the job must still finish by itself once the quota is back (24 hours after its
// first use, developers.google.com/apps-script/guides/services/quotas), without the clerk
// starting it again, and without an event or a reminder twice.
import { SimulatedProject } from '../../runner/simulatedProject';
import { calendarWrites } from '../../runner/services/calendar';
import { DAILY_QUOTAS } from '../../runner/services/quotas';
import { VirtualClock } from '../../runner/services/virtualClock';
import { column, rowsOf, setRows, setSetting } from '../support/noticeWorkbook';
import { scaledWorkbook } from '../support/scaledWorkbook';
import { NOT_DUE_YET } from '../support/continuationRuns';
import { CAMPAIGN, id, reminderWorkbook } from '../pickup/pickupWorkbook';
import type { MemoryWorkbook } from '../../runner/workbook';

const CLERK = 'clerk@union.edu.cn';
const HOUR = 3_600_000;
const DAY = 24 * HOUR;
const SYNC_JOB = 'job:syncCalendar';

function refusedForTime(sim: SimulatedProject) {
  return sim.executions.filter((e) => e.error === DAILY_QUOTAS.triggerRuntimeMs.message);
}

function noRunKilled(sim: SimulatedProject): void {
  expect(sim.executions.filter((e) => e.killed)).toEqual([]);
  expect(sim.longestExecution()).toBeLessThanOrEqual(360_000);
}

/** At most a continuation and its backup per handler, ever: 20 triggers per user is the limit. */
function triggersPerHandler(sim: SimulatedProject): number {
  const counts = new Map<string, number>();
  for (const t of sim.store.state.triggers) counts.set(t.handler, (counts.get(t.handler) ?? 0) + 1);
  return Math.max(0, ...counts.values());
}

describe('同步工作计划到日历 when the day’s trigger time is used up (gmail.com)', () => {
  it('resumes by itself once Google gives the time back, and every row is on the calendar once', () => {
    const workbook = scaledWorkbook(300);
    setSetting(workbook, '管理员', '');
    const sim = new SimulatedProject({ workbook, calendarRate: null });
    // The clerk's other scripts used today's 90 minutes of trigger time this morning.
    sim.quotas.add(CLERK, 'triggerRuntimeMs', DAILY_QUOTAS.triggerRuntimeMs.consumer);
    const quotaBack = sim.quotas.resetsAt(CLERK, 'triggerRuntimeMs');
    const first = sim.run(CLERK, 'apiSyncCalendar', [{ createCalendar: true, budgetMs: 20_000 }]);
    const report = (first.result as { message: string; data: { finished: boolean } });
    expect(report.data.finished).toBe(false);
    // The clerk is told when it goes on, including when today's trigger time is gone.
    expect(report.message).toContain('约 1 分钟后自动继续');
    expect(report.message).toMatch(/触发器.*用完.*自动继续/);
    const made = sim.calendar.events().length;

    // The one-minute continuation is refused; nothing runs the rest of the day.
    sim.fireDueTriggers({ until: quotaBack - 1 });
    expect(refusedForTime(sim).length).toBeGreaterThanOrEqual(1);
    expect(sim.calendar.events()).toHaveLength(made);
    expect(sim.store.state.documentProperties[SYNC_JOB]).toBeDefined();
    expect(triggersPerHandler(sim)).toBeLessThanOrEqual(2);

    // The next day, with no clerk, it finishes.
    sim.fireDueTriggers({ until: quotaBack + 2 * HOUR });
    expect(sim.store.state.documentProperties[SYNC_JOB]).toBeUndefined();
    expect(sim.executions.filter((e) => e.triggerId === undefined)).toHaveLength(1);
    const keys = sim.calendar.events().map((e) => e.tags.uniondesk);
    expect(keys).toHaveLength(300);
    expect(new Set(keys).size).toBe(300);
    for (const s of column(sim.workbook, '工作计划', '同步状态')) expect(String(s)).toMatch(/^已同步 /);
    noRunKilled(sim);
    // Done: no continuation and no backup left behind to run every hour.
    expect(sim.store.state.triggers).toEqual([]);
  });

  it('while the sync waits for tomorrow on purpose, its backup does nothing, and a backup firing with the job runs nothing twice', () => {
    const workbook = scaledWorkbook(120);
    setSetting(workbook, '管理员', '');
    const sim = new SimulatedProject({ workbook, calendarRate: null, account: 'workspace' });
    // 9,950 events created today by another tool: Google's daily limit (10,000) stops the sync at 50.
    sim.quotas.use(CLERK, 'calendarEventsCreated', 9_950);
    sim.run(CLERK, 'apiSyncCalendar', [{ createCalendar: true }]);
    sim.fireDueTriggers({ until: sim.clock.now() + 12 * HOUR });
    expect(sim.calendar.events()).toHaveLength(50);
    // Each refused run says when it goes on, if the trigger time runs out too.
    expect(sim.executionLog.filter((l) => /分钟后自动继续（如果今天的触发器运行时间已用完.*最迟约 25 小时后/.test(l)).length).toBeGreaterThanOrEqual(1);
    const waiting = sim.executions.length;
    const writes = calendarWrites(sim.log);
    const calendarCalls = sim.log.count('calendar');
    // Hours pass before the 07:00 resume: a backup that fires does not start the sync early.
    sim.fireDueTriggers({ until: sim.clock.now() + 6 * HOUR });
    const early = sim.executions.slice(waiting);
    expect(early.length).toBeGreaterThanOrEqual(5);
    for (const e of early) expect(e).toMatchObject({ fn: 'continueSyncCalendar', result: { message: NOT_DUE_YET } });
    expect(sim.log.count('calendar')).toBe(calendarCalls);
    expect(early.every((e) => e.elapsedMs < 2_000)).toBe(true);
    expect(calendarWrites(sim.log)).toBe(writes);

    // Both the continuation and a second run of its handler (as its backup would) at once: the
    // lock and the job marker let the second only carry on from where the first stopped.
    sim.fireDueTriggers({ until: sim.clock.now() + 2 * DAY, maxExecutions: 1 });
    sim.run(CLERK, 'continueSyncCalendar', [{ triggerUid: 'backup', authMode: 'FULL' }]);
    sim.fireDueTriggers({ until: sim.clock.now() + 2 * DAY });
    expect(sim.store.state.documentProperties[SYNC_JOB]).toBeUndefined();
    const keys = sim.calendar.events().map((e) => e.tags.uniondesk);
    expect(keys).toHaveLength(120);
    expect(new Set(keys).size).toBe(120);
    noRunKilled(sim);
    expect(sim.store.state.triggers).toEqual([]);
  });
});

/**
 * A Workspace clerk whose 6 hours of trigger time are gone starts a send that pauses for its
 * continuation; the rest goes out the next day with nobody twice and no clerk. Returns the sim.
 */
function sendResumedNextDay(workbook: MemoryWorkbook, fn: string, campaignId: string, members: number, clock?: VirtualClock): SimulatedProject {
  const sim = new SimulatedProject({ workbook, account: 'workspace', clock });
  sim.quotas.add(CLERK, 'triggerRuntimeMs', DAILY_QUOTAS.triggerRuntimeMs.workspace);
  const quotaBack = sim.quotas.resetsAt(CLERK, 'triggerRuntimeMs');
  const first = sim.run(CLERK, fn, [{ campaignId }]);
  expect((first.result as { message: string }).message).toMatch(/约 1 分钟后自动继续发送.*触发器.*用完.*自动继续/);
  sim.fireDueTriggers({ until: quotaBack - 1 });
  expect(refusedForTime(sim).length).toBeGreaterThanOrEqual(1);
  expect(new Set(sim.sent.flatMap((m) => m.to)).size).toBeLessThan(members);
  expect(triggersPerHandler(sim)).toBeLessThanOrEqual(2);

  sim.fireDueTriggers({ until: quotaBack + 2 * HOUR });
  const to = sim.sent.flatMap((m) => m.to);
  expect(to).toHaveLength(members);
  expect(new Set(to).size).toBe(members);
  expect(sim.executions.filter((e) => e.triggerId === undefined)).toHaveLength(1);
  noRunKilled(sim);
  expect(sim.store.state.triggers).toEqual([]);
  return sim;
}

describe('a send when the day’s trigger time is used up (Workspace)', () => {
  it('催领: the reminders go on the next day by themselves, nobody twice', () => {
    const members = 400;
    const workbook = reminderWorkbook(members);
    setRows(workbook, '发送记录', Array.from({ length: members }, (_, i) => ({
      时间: '2023-06-09 09:05', 活动ID: CAMPAIGN, 工号: id(i + 1), 姓名: `会员${i + 1}`, 邮箱: `m${i + 1}@example.edu.cn`, 状态: '已发送', 说明: '', 操作人: CLERK, 类型: '通知',
    })));
    const sim = sendResumedNextDay(workbook, 'apiSendReminders', CAMPAIGN, members, new VirtualClock(Date.UTC(2023, 5, 19, 1, 0)));
    const logged = rowsOf(sim.workbook, '发送记录').filter((r) => r['类型'] === '催领' && r['状态'] === '已发送');
    expect(logged).toHaveLength(members);
  });

  it('发送慰问通知: the notices go on the next day by themselves, nobody twice', () => {
    const workbook = scaledWorkbook(600);
    setSetting(workbook, '每日发信上限', '');
    setSetting(workbook, '管理员', '');
    sendResumedNextDay(workbook, 'apiSendNotices', '测试-20', 600);
  });
});
