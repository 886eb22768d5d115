// 催领 on Google's clock and quotas: 1,500 members of a Workspace union still have their 端午 gift
// to collect on the reminder day. The reminders cannot all go in one 6-minute run; each run
// pauses in time and the next one carries on by itself, and nobody is reminded twice.
import { SimulatedProject } from '../../runner/simulatedProject';
import { VirtualClock } from '../../runner/services/virtualClock';
import { rowsOf, setRows } from '../support/noticeWorkbook';
import { CAMPAIGN, id, reminderWorkbook } from './pickupWorkbook';

const CLERK = 'clerk@union.edu.cn';
/** Monday 2023-06-19 09:00 in China: 催领天数 2 working days before 领取截止 06-21. */
const REMINDER_DAY = Date.UTC(2023, 5, 19, 1, 0);

/** Every member was sent the notice on 06-09 (another run wrote 发送记录); none has collected. */
function unionOnReminderDay(members: number): SimulatedProject {
  const workbook = reminderWorkbook(members);
  setRows(workbook, '发送记录', Array.from({ length: members }, (_, i) => ({
    时间: '2023-06-09 09:05', 活动ID: CAMPAIGN, 工号: id(i + 1), 姓名: `会员${i + 1}`, 邮箱: `m${i + 1}@example.edu.cn`, 状态: '已发送', 说明: '', 操作人: CLERK, 类型: '通知',
  })));
  return new SimulatedProject({ workbook, account: 'workspace', clock: new VirtualClock(REMINDER_DAY) });
}

function everyoneRemindedOnce(sim: SimulatedProject, members: number): void {
  const to = sim.sent.flatMap((m) => m.to);
  expect(to).toHaveLength(members);
  expect(new Set(to).size).toBe(members);
  expect(sim.sent.every((m) => m.subject === '请尽快领取端午慰问品')).toBe(true);
  const logged = rowsOf(sim.workbook, '发送记录').filter((r) => r['类型'] === '催领' && r['状态'] === '已发送');
  expect(new Set(logged.map((r) => r['工号'])).size).toBe(members);
}

function noRunKilled(sim: SimulatedProject): void {
  expect(sim.executions.filter((e) => e.killed || e.error)).toEqual([]);
  expect(sim.longestExecution()).toBeLessThanOrEqual(360_000);
}

const remindedAll = (sim: SimulatedProject, members: number) => () => new Set(sim.sent.flatMap((m) => m.to)).size >= members;

describe('催领 on Google time', () => {
  it('1,500 reminders sent by hand: each run pauses before 6 minutes, its own trigger carries on the same morning, nobody twice', () => {
    const sim = unionOnReminderDay(1500);
    const job = sim.carryOut(CLERK, 'apiSendReminders', [{ campaignId: CAMPAIGN }], remindedAll(sim, 1500), { maxDays: 3 });
    expect(job.complete).toBe(true);
    expect(job.days).toBe(1);
    noRunKilled(sim);
    everyoneRemindedOnce(sim, 1500);
    // The clerk clicked once; the rest were the continuation trigger's runs, as the clerk.
    const runs = sim.executions.map((e) => e.fn);
    expect(runs[0]).toBe('apiSendReminders');
    expect(runs.slice(1).length).toBeGreaterThan(1);
    expect(new Set(runs.slice(1))).toEqual(new Set(['continueSendingReminders']));
    expect(sim.executions.every((e) => e.user === CLERK)).toBe(true);
    expect((sim.executions[0].result as { message: string }).message).toContain('约 1 分钟后自动继续发送');
    // Done: no marker and no trigger left behind.
    expect(Object.keys(sim.store.state.documentProperties).filter((k) => k.startsWith('job:'))).toEqual([]);
    expect(sim.store.state.triggers).toEqual([]);
  });

  it('700 due reminders in the hourly automatic sending: continued within minutes, not at the next hourly run', () => {
    const sim = unionOnReminderDay(700);
    sim.run(CLERK, 'menuEnableAutoSend', [], { responder: () => ({ button: 'OK' }) });
    const runs = sim.fireDueTriggers({ until: REMINDER_DAY + 90 * 60_000 });
    expect(runs[0].fn).toBe('autoSendNotices');
    expect(runs.length).toBeGreaterThan(1);
    expect(runs.slice(1).every((e) => e.fn === 'continueAutoSend')).toBe(true);
    expect(runs[runs.length - 1].startedAt - runs[0].startedAt).toBeLessThan(15 * 60_000);
    expect(remindedAll(sim, 700)()).toBe(true);
    noRunKilled(sim);
    everyoneRemindedOnce(sim, 700);
  });

  it('a continuation that finds another clerk holding the workbook books the next one itself, then finishes', () => {
    const sim = unionOnReminderDay(400);
    sim.run(CLERK, 'apiSendReminders', [{ campaignId: CAMPAIGN }]);
    // The one-off continuation and its hourly backup.
    expect(sim.store.state.triggers.map((t) => [t.handler, t.kind])).toEqual([['continueSendingReminders', 'once'], ['continueSendingReminders', 'every']]);
    sim.memoryLock.holders.set('document', 'another-clerks-execution');
    const busy = sim.fireDueTriggers({ until: sim.clock.now() + 5 * 60_000 });
    expect(busy.length).toBeGreaterThan(1);
    expect(busy.every((e) => e.fn === 'continueSendingReminders' && (e.result as { status: string }).status === 'locked')).toBe(true);
    expect(sim.store.state.triggers.map((t) => [t.handler, t.kind])).toEqual([['continueSendingReminders', 'once'], ['continueSendingReminders', 'every']]);

    sim.memoryLock.holders.delete('document');
    sim.fireDueTriggers();
    noRunKilled(sim);
    everyoneRemindedOnce(sim, 400);
    expect(sim.store.state.triggers).toEqual([]);
  });
});
