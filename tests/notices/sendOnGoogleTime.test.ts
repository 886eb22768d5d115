// 发送慰问通知 on Google's clock and quotas: a long send goes out in batches within 6 minutes
// each, across days when the account's daily recipients run out, and nobody gets it twice.
import { SimulatedProject } from '../../runner/simulatedProject';
import type { UiResponder } from '../../runner/services/ui';
import { setSetting } from '../support/noticeWorkbook';
import { scaledWorkbook } from '../support/scaledWorkbook';

const CLERK = 'clerk@union.edu.cn';
const MINUTE = 60_000;

function office(members: number, account: 'consumer' | 'workspace') {
  const workbook = scaledWorkbook(members);
  setSetting(workbook, '每日发信上限', '');
  setSetting(workbook, '管理员', '');
  return new SimulatedProject({ workbook, account });
}

function everyoneOnce(sim: SimulatedProject, members: number): void {
  const to = sim.sent.flatMap((m) => m.to);
  expect(to).toHaveLength(members);
  expect(new Set(to).size).toBe(members);
}

function noRunKilled(sim: SimulatedProject): void {
  expect(sim.executions.filter((e) => e.killed)).toEqual([]);
  expect(sim.longestExecution()).toBeLessThanOrEqual(6 * MINUTE);
}

const sentAll = (sim: SimulatedProject, n: number) => () => new Set(sim.sent.flatMap((m) => m.to)).size >= n;

describe('发送慰问通知 on Google time', () => {
  it('the menu’s time budget counts from the click: a clerk who reads the dialogs for minutes is not cut off mid-send', () => {
    const sim = office(600, 'workspace');
    // The clerk takes 90 seconds over the campaign prompt and over the question before answering
    // (the report at the end blocks the run too; this clerk closes it at once).
    const slowClerk: UiResponder = (req) => {
      if (req.kind === 'prompt') {
        sim.clock.advance(90_000);
        return { button: 'OK', text: '测试-20' };
      }
      if (req.buttons.startsWith('YES')) sim.clock.advance(90_000);
      return { button: req.buttons.startsWith('YES') ? 'YES' : 'OK' };
    };
    sim.run(CLERK, 'menuSendNotices', [], { responder: slowClerk });
    sim.fireDueTriggers();
    noRunKilled(sim);
    everyoneOnce(sim, 600);
  });

  it('1,500 notices on a Workspace account: batches of under 6 minutes, one day, nobody twice', () => {
    const sim = office(1500, 'workspace');
    const job = sim.carryOut(CLERK, 'apiSendNotices', [{ campaignId: '测试-20' }], sentAll(sim, 1500), { maxDays: 3 });
    expect(job.complete).toBe(true);
    expect(job.days).toBe(1);
    noRunKilled(sim);
    everyoneOnce(sim, 1500);
  });

  it('250 notices on a gmail.com account (100 recipients a day): three days, nobody twice', () => {
    const sim = office(250, 'consumer');
    const job = sim.carryOut(CLERK, 'apiSendNotices', [{ campaignId: '测试-20' }], sentAll(sim, 250), { maxDays: 5 });
    expect(job.complete).toBe(true);
    expect(job.days).toBe(3);
    noRunKilled(sim);
    everyoneOnce(sim, 250);
  });
});
