// 开启/关闭自动发送 by two clerks: a trigger belongs to the Google account that made it, so the
// workbook says whose it is, and a clerk who cannot delete it can still switch it off.
import { SimulatedProject } from '../../runner/simulatedProject';
import { setSetting } from '../support/noticeWorkbook';
import { scaledWorkbook } from '../support/scaledWorkbook';

const A = 'a@union.edu.cn';
const B = 'b@union.edu.cn';
const HOUR = 3_600_000;

interface Result { message: string }

function office() {
  const workbook = scaledWorkbook(5);
  setSetting(workbook, '管理员', '');
  return new SimulatedProject({ workbook, account: 'workspace' });
}

const ok = () => ({ button: 'OK' as const });

/** What the clerk reads in the dialog the menu item shows. */
function shown(sim: SimulatedProject, user: string, fn: string): string {
  const seen: string[] = [];
  sim.run(user, fn, [], { responder: (req) => { seen.push(req.message); return { button: 'OK' }; } });
  return seen.join('\n');
}
const triggers = (sim: SimulatedProject) => sim.store.state.triggers.map((t) => [t.handler, t.createdBy]);

describe('automatic sending turned on by one clerk, off by another', () => {
  it('关闭自动发送 by B names A, whose trigger then stops sending and removes itself', () => {
    const sim = office();
    sim.run(A, 'menuEnableAutoSend', [], { responder: ok });
    expect(triggers(sim)).toEqual([['autoSendNotices', A]]);

    const off = shown(sim, B, 'menuDisableAutoSend');
    expect(off).toContain(`自动发送是 ${A} 开启的`);
    expect(off).not.toContain('本来就是关闭的');

    const [hourly] = sim.fireDueTriggers({ until: sim.clock.now() + 2 * HOUR });
    expect(hourly).toMatchObject({ fn: 'autoSendNotices', user: A });
    expect((hourly.result as Result).message).toContain(`由 ${B}`);
    expect(triggers(sim)).toEqual([]);
    expect(sim.sent).toEqual([]);
  });

  it('开启自动发送 by B while A’s trigger runs says so and installs no second trigger', () => {
    const sim = office();
    sim.run(A, 'menuEnableAutoSend', [], { responder: ok });
    expect(shown(sim, B, 'menuEnableAutoSend')).toContain(`自动发送已由 ${A}`);
    expect(triggers(sim)).toEqual([['autoSendNotices', A]]);
    // Once B has switched it off, B may take it over.
    sim.run(B, 'menuDisableAutoSend', [], { responder: ok });
    expect(shown(sim, B, 'menuEnableAutoSend')).toContain('已开启自动发送');
    sim.fireDueTriggers({ until: sim.clock.now() + 2 * HOUR });
    expect(triggers(sim)).toEqual([['autoSendNotices', B]]);
  });
});
