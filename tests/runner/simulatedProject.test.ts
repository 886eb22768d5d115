// Simulated days on Google: time-driven triggers fire when due, as their owner, within the
// owner's daily trigger runtime, on the virtual clock.
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { SimulatedProject } from '../../runner/simulatedProject';
import { MemoryWorkbook } from '../../runner/workbook';

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'ud-sim-'));
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

// A job that works 4 minutes per run and resumes itself a minute later, until `left` runs out.
const JOB = path.join(dir, 'job.js');
fs.writeFileSync(JOB, `
function start(runs) {
  PropertiesService.getDocumentProperties().setProperty('left', String(runs));
  ScriptApp.newTrigger('work').timeBased().after(60000).create();
}
function work(e) {
  const props = PropertiesService.getDocumentProperties();
  const left = Number(props.getProperty('left'));
  Utilities.sleep(240000);
  props.setProperty('left', String(left - 1));
  props.setProperty('by:' + e.triggerUid, Session.getEffectiveUser().getEmail() + ' ' + new Date().toISOString());
  for (const t of ScriptApp.getProjectTriggers()) ScriptApp.deleteTrigger(t);
  if (left > 1) ScriptApp.newTrigger('work').timeBased().after(60000).create();
}
`);

const MINUTE = 60_000;

describe('a simulated project', () => {
  it('fires each continuation when due, as the clerk who scheduled it', () => {
    const sim = new SimulatedProject({ workbook: MemoryWorkbook.create(), codePath: JOB });
    const t0 = sim.clock.now();
    expect(sim.run('a@gmail.com', 'start', [3]).error).toBeUndefined();
    const fired = sim.fireDueTriggers();
    expect(fired.map((e) => [e.fn, e.user, e.error])).toEqual(Array(3).fill(['work', 'a@gmail.com', undefined]));
    // Each run starts a minute after the one before scheduled it, and takes 4 minutes and a bit.
    expect(fired[0].startedAt - t0).toBeGreaterThanOrEqual(MINUTE);
    expect(fired[1].startedAt - fired[0].startedAt).toBeGreaterThanOrEqual(5 * MINUTE);
    expect(sim.store.state.documentProperties.left).toBe('0');
    expect(Object.keys(sim.store.state.documentProperties).filter((k) => k.startsWith('by:'))).toHaveLength(3);
    expect(sim.longestExecution()).toBeLessThan(6 * MINUTE);
  });

  it('fails a user’s trigger once 90 minutes of trigger runtime are used up (gmail.com): a chain of continuations breaks', () => {
    const sim = new SimulatedProject({ workbook: MemoryWorkbook.create(), codePath: JOB });
    sim.run('a@gmail.com', 'start', [30]);
    const fired = sim.fireDueTriggers({ until: sim.clock.now() + 2 * 24 * 3_600_000 });
    const failed = fired.filter((e) => e.error);
    // 23 runs of 4 minutes pass 90 minutes; the next fails at once and schedules nothing, so
    // nothing runs the next day either: the job is stuck with 7 runs to go.
    expect(fired.filter((e) => !e.error)).toHaveLength(23);
    expect(failed.map((e) => e.error)).toEqual(['Service using too much computer time for one day']);
    expect(sim.store.state.documentProperties.left).toBe('7');
  });

  it('the bundle’s clock and Google’s kill apply to trigger runs too', () => {
    const LONG = path.join(dir, 'long.js');
    fs.writeFileSync(LONG, `
function start() { ScriptApp.newTrigger('long').timeBased().after(1000).create(); }
function long() { for (let i = 0; i < 10; i++) { Utilities.sleep(60000); PropertiesService.getDocumentProperties().setProperty('minute', String(i + 1)); } }
`);
    const sim = new SimulatedProject({ workbook: MemoryWorkbook.create(), codePath: LONG });
    sim.run('a@gmail.com', 'start');
    const [run] = sim.fireDueTriggers();
    expect(run).toMatchObject({ fn: 'long', killed: true, error: 'Exceeded maximum execution time', elapsedMs: 6 * MINUTE });
    expect(sim.store.state.documentProperties.minute).toBe('5');
  });
});
