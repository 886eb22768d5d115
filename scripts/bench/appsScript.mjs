// Bench section: performance in Google's time. Every action runs on the simulated project
// (runner/simulatedProject.ts: in-memory services on the virtual clock, each call charged by the
// latency table in runner/services/latency.ts, Google's quotas and 6-minute kill), at 36 rows
// (the seed plan's size), 100, 1,000 and 5,000 rows of tests/support/scaledWorkbook.ts, carried
// out as a clerk would — continuations fire when due, an unfinished job is started again the
// next morning. Rows: { action, rows, simulatedSeconds, executions, days, complete, calls }.
// scripts/bench.mjs keeps them under the top-level key `appsScript` of bench/results.json.
// Usage: `node scripts/bench/appsScript.mjs [ROWS…]` alone. Run `npm run build` first.
import { loadTs } from '../loadTs.mjs';
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
export const resultsKey = 'appsScript';
const SIZES = [36, 100, 1_000, 5_000];
const CLERK = 'clerk@union.edu.cn';
/** A job still unfinished after this many simulated days is reported as such. */
const MAX_DAYS = 14;

function project(m, base, account = 'workspace') {
  return new m.SimulatedProject({ workbook: m.cloneWorkbook(base), account, codePath: join(root, 'dist', 'Code.js') });
}

function row(action, rows, job, sim, from) {
  return {
    action,
    rows,
    simulatedSeconds: Math.round(job.simulatedMs / 100) / 10,
    executions: job.executions,
    days: job.days,
    complete: job.complete,
    longestSeconds: Math.round(job.longestMs / 1000),
    calls: sim.log.count() - from,
  };
}

function noJob(sim) {
  return !Object.keys(sim.store.state.documentProperties).some((k) => k.startsWith('job:'));
}

export async function benchAppsScript(sizes = SIZES) {
  mkdirSync(join(root, 'bench', 'tmp'), { recursive: true });
  const dir = mkdtempSync(join(root, 'bench', 'tmp', 'apps-script-'));
  try {
    const m = await loadTs(dir, 'appsScript', [
      "export { scaledWorkbook, FIXED_CALL_ACTIONS } from './tests/support/scaledWorkbook';",
      "export { setSetting } from './tests/support/noticeWorkbook';",
      "export { cloneWorkbook } from './tests/support/cloneWorkbook';",
      "export { answering } from './tests/support/offlineBundle';",
      "export { SimulatedProject } from './runner/simulatedProject';",
    ]);
    const rows = [];
    for (const n of sizes) {
      const base = m.scaledWorkbook(n);
      m.setSetting(base, '每日发信上限', '');
      m.setSetting(base, '管理员', CLERK);
      const yes = m.answering('YES');
      for (const [name, act] of m.FIXED_CALL_ACTIONS) {
        const sim = project(m, base);
        const from = sim.log.count();
        // The fixed-call actions are single executions: one call of the bundle each.
        const job = sim.carryOut(CLERK, '__bench__', [], () => true, { maxDays: 1, responder: yes, call: (run) => act(run, n) });
        rows.push(row(name, n, job, sim, from));
      }
      const sync = project(m, base);
      let from = sync.log.count();
      const synced = () => noJob(sync) && sync.calendar.events().length >= n;
      rows.push(row('同步工作计划到日历（首次）', n, sync.carryOut(CLERK, 'apiSyncCalendar', [{ createCalendar: true }], synced, { maxDays: MAX_DAYS }), sync, from));
      if (synced()) {
        from = sync.log.count();
        rows.push(row('同步工作计划到日历（无变化）', n, sync.carryOut(CLERK, 'apiSyncCalendar', [{}], () => true, { maxDays: 1 }), sync, from));
      }
      // On gmail.com 5,000 rows need more than the day's 90 minutes of trigger time: the
      // continuation's backup trigger carries it on once Google gives the time back.
      const gmail = project(m, base, 'consumer');
      from = gmail.log.count();
      const gmailSynced = () => noJob(gmail) && gmail.calendar.events().length >= n;
      rows.push(row('同步工作计划到日历（首次，gmail.com 90 分钟/天）', n, gmail.carryOut(CLERK, 'apiSyncCalendar', [{ createCalendar: true }], gmailSynced, { maxDays: MAX_DAYS }), gmail, from));
      for (const [account, label] of [['workspace', 'Workspace 1,500/天'], ['consumer', 'gmail.com 100/天']]) {
        const send = project(m, base, account);
        from = send.log.count();
        const sentAll = () => noJob(send) && new Set(send.sent.flatMap((x) => x.to)).size >= n;
        rows.push(row(`发送慰问通知（${label}）`, n, send.carryOut(CLERK, 'apiSendNotices', [{ campaignId: '测试-20' }], sentAll, { maxDays: MAX_DAYS }), send, from));
      }
    }
    return rows;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

if (import.meta.url === pathToFileURL(process.argv[1]).href) {
  const sizes = process.argv.slice(2).map(Number).filter(Boolean);
  console.table(await benchAppsScript(sizes.length ? sizes : SIZES));
}
