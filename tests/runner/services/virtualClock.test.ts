// Apps Script time in the offline services: each call costs its latency, sleeps and lock waits
// pass without blocking, the bundle's "now" is the clock's, and 6 minutes kill the run.
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { loadBundle } from '../../../runner/loadBundle';
import { createOfflineServices } from '../../../runner/services';
import { SharedMemoryLock } from '../../../runner/services/lock';
import { LATENCY, latencyOf } from '../../../runner/services/latency';
import { EXCEEDED_MESSAGE, MAX_EXECUTION_MS, VirtualClock } from '../../../runner/services/virtualClock';
import { StateStore } from '../../../runner/stateFile';
import { MemoryWorkbook } from '../../../runner/workbook';

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'ud-clock-'));
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

function bundle(source: string): string {
  const file = path.join(dir, `b${fs.readdirSync(dir).length}.js`);
  fs.writeFileSync(file, source);
  return file;
}

const CLOCKED = bundle(`
function now() { return [Date.now(), new Date().getTime(), typeof Date(), new Date(0).getTime()]; }
function napAndSave() {
  const t0 = Date.now();
  Utilities.sleep(250000);
  PropertiesService.getDocumentProperties().setProperty('napped', String(Date.now() - t0));
}
function countForever() {
  const props = PropertiesService.getDocumentProperties();
  let i = 0;
  // A script that swallows every error cannot outlive the limit: the run is gone, not its call.
  for (;;) {
    try { props.setProperty('n', String(++i)); } catch (e) {
      try { props.setProperty('caught', e.message); } catch (again) { /* the run is over */ }
      return 'finished ' + i;
    }
  }
}
function waitForLock() {
  const lock = LockService.getDocumentLock();
  const t0 = Date.now();
  const got = lock.tryLock(30000);
  return [got, Date.now() - t0];
}
`);

function clocked(clock = new VirtualClock(), extra: Record<string, unknown> = {}) {
  const services = createOfflineServices({ workbook: MemoryWorkbook.create(), user: 'clerk@example.edu.cn', clock, ...extra });
  return { clock, services, run: loadBundle(CLOCKED, services.globals) };
}

describe('the virtual clock', () => {
  it('is what new Date(), Date() and Date.now() read inside the bundle; other Dates are untouched', () => {
    const clock = new VirtualClock(Date.UTC(2024, 4, 6, 1, 0, 0));
    const { run } = clocked(clock);
    const [now, constructed, called, epoch] = run.call<[number, number, string, number]>('now');
    expect(now).toBe(Date.UTC(2024, 4, 6, 1, 0, 0));
    expect(constructed).toBe(now);
    expect(typeof called).toBe('string');
    expect(epoch).toBe(0);
  });

  it('advances by each call’s latency from the table, and by the cells a read returns', () => {
    const { clock, services } = clocked();
    const props = services.globals.PropertiesService as GoogleAppsScript.Properties.PropertiesService;
    const t0 = clock.now();
    const doc = props.getDocumentProperties();
    doc.setProperty('a', '1');
    doc.getProperty('a');
    expect(clock.now() - t0).toBe(1 + LATENCY['Properties.setProperty'].ms + LATENCY['Properties.getProperty'].ms);
    expect(latencyOf('spreadsheet', 'Range.getValues', [], [[1, 2], [3, 4]])).toBeCloseTo(40 + 4 * 0.02);
    expect(latencyOf('spreadsheet', 'Range.setValues', [[[1, 2, 3]]], undefined)).toBeCloseTo(50 + 3 * 0.03);
  });

  it('lets Utilities.sleep pass in Apps Script time, without blocking', () => {
    const { clock, services, run } = clocked();
    run.call('napAndSave');
    // 250 s asleep, 1 ms for the sleep call and 1 ms for getDocumentProperties() before the stamp.
    expect(services.store.state.documentProperties.napped).toBe('250002');
    expect(clock.now()).toBeGreaterThan(250_000);
  });

  it('a refused tryLock costs its whole timeout, as the run waited for it', () => {
    const shared = new SharedMemoryLock();
    const store = new StateStore(null);
    const holder = createOfflineServices({ workbook: MemoryWorkbook.create(), store, memoryLock: shared, user: 'a@example.edu.cn' });
    (holder.globals.LockService as GoogleAppsScript.Lock.LockService).getDocumentLock().waitLock(0);
    const { run } = clocked(new VirtualClock(), { store, memoryLock: shared });
    expect(run.call('waitForLock')).toEqual([false, 30_000 + LATENCY['Lock.tryLock'].ms]);
  });

  it('kills an execution at 6 minutes with Apps Script’s message; nothing after it happens', () => {
    const { clock, services, run } = clocked();
    const t0 = clock.now();
    expect(() => run.call('countForever')).toThrow(EXCEEDED_MESSAGE);
    expect(clock.now() - t0).toBe(MAX_EXECUTION_MS);
    const props = services.store.state.documentProperties;
    // getDocumentProperties costs 1 ms and each setProperty 62 ms: 5,806 return within 360 s. The
    // 5,807th reached Google but never returned: the script could not see it, let alone catch.
    expect(Number(props.n)).toBe(Math.floor((MAX_EXECUTION_MS - 1) / LATENCY['Properties.setProperty'].ms) + 1);
    expect(props.caught).toBeUndefined();
    // The next execution starts afresh.
    expect(run.call<number[]>('now')[0]).toBe(clock.now());
  });

  it('is off unless asked for: the CLI and the workbench keep real time', () => {
    const services = createOfflineServices({ workbook: MemoryWorkbook.create() });
    const run = loadBundle(CLOCKED, services.globals);
    const before = Date.now();
    const [now] = run.call<number[]>('now');
    expect(now).toBeGreaterThanOrEqual(before);
    expect(services.clock).toBeNull();
  });
});
