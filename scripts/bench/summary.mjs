// Bench section: the figures docs/architecture.md and issue 10 ask for, side by side at 100 and 5,000 rows
// (members, plan rows and ledger rows alike, tests/support/scaledWorkbook.ts): spreadsheet calls
// of every action (equal at both sizes — the one designed exception is 发送慰问通知, which writes
// 发送记录 once per 50 mails), calendar reads and writes for a first sync and a no-op re-sync,
// MailApp calls and journal writes per recipient, dist/Code.js's size and cold-load time in a
// fresh vm, and the offline runner's wall time for check-aid, sync and notices --send with the
// growth from 100 to 5,000 rows. scripts/bench.mjs prints it last and keeps it in
// bench/results.json. Usage: `node scripts/bench/summary.mjs` alone. Run `npm run build` first.
import { loadTs } from '../loadTs.mjs';
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, statSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const SIZES = [100, 5_000];
const CLERK = 'clerk@example.edu.cn';

async function helpers(dir) {
  return await loadTs(dir, 'summary', [
    "export { scaledWorkbook, FIXED_CALL_ACTIONS } from './tests/support/scaledWorkbook';",
    "export { setSetting } from './tests/support/noticeWorkbook';",
    "export { cloneWorkbook } from './tests/support/cloneWorkbook';",
    "export { runBundle, answering } from './tests/support/offlineBundle';",
    "export { saveXlsx } from './runner/xlsxStore';",
    "export { CalendarStore, calendarWrites } from './runner/services/calendar';",
    "export { StateStore } from './runner/stateFile';",
  ]);
}

/** One office at n rows: its workbook, calendar and document properties across runs. */
function office(m, base) {
  const workbook = m.cloneWorkbook(base);
  const calendar = new m.CalendarStore();
  const store = new m.StateStore(null);
  const run = () => m.runBundle({ workbook, user: CLERK, responder: m.answering("YES"), realTime: true, services: { calendar, store, mail: {} } });
  return { workbook, run };
}

function inProcess(m, n) {
  const base = m.scaledWorkbook(n);
  m.setSetting(base, '每日发信上限', '');
  m.setSetting(base, '管理员', CLERK);
  const calls = {};
  for (const [name, act] of m.FIXED_CALL_ACTIONS) {
    const run = office(m, base).run();
    act(run, n);
    calls[name] = run.services.log.count('spreadsheet');
  }
  const o = office(m, base);
  const first = o.run();
  first.call('apiSyncCalendar', { createCalendar: true });
  const again = o.run();
  again.call('apiSyncCalendar', {});
  const calendar = (log) => ({ spreadsheet: log.count('spreadsheet'), writes: m.calendarWrites(log), reads: log.count('calendar') - m.calendarWrites(log), listings: log.count('calendar', 'Calendar.Events.list') + log.count('calendar', 'Calendar.getEvents') });
  const send = office(m, base).run();
  const t = performance.now();
  send.call('apiSendNotices', { campaignId: '测试-20' });
  const sendMs = performance.now() - t;
  const log = send.services.log;
  return {
    calls, first: calendar(first.services.log), again: calendar(again.services.log), sendMs,
    send: { spreadsheet: log.count('spreadsheet'), flushes: log.count('spreadsheet', 'SpreadsheetApp.flush'), mail: log.count('mail', 'MailApp.sendEmail'), journal: log.count('properties', 'Properties.setProperty') },
  };
}

function median(xs) {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)];
}

/**
 * Each Apps Script execution starts from nothing: measured in fresh Node processes (no code cache
 * shared between loads), compiling and evaluating the bundle in a new vm context.
 */
function coldLoadMs(codePath, times = 9) {
  const probe = `const fs=require('fs'),vm=require('vm');const code=fs.readFileSync(${JSON.stringify(codePath)},'utf8');const t=performance.now();new vm.Script(code,{filename:'Code.js'}).runInContext(vm.createContext({Date,console}));console.log(performance.now()-t);`;
  return median(Array.from({ length: times }, () => Number(spawnSync(process.execPath, ['-e', probe], { encoding: 'utf8' }).stdout)));
}

async function cliTimes(m, dir, n) {
  const book = join(dir, `n${n}.xlsx`);
  const base = m.scaledWorkbook(n);
  m.setSetting(base, '每日发信上限', '');
  await m.saveXlsx(base, book);
  const time = (...args) => {
    const t = performance.now();
    const r = spawnSync(process.execPath, [join(root, 'bin', 'uniondesk.js'), ...args], { encoding: 'utf8' });
    if (r.status !== 0 && r.status !== 1) throw new Error(`uniondesk ${args[0]} failed: ${r.stdout}${r.stderr}`);
    return performance.now() - t;
  };
  return {
    'check-aid': time('check-aid', book),
    sync: time('sync', book),
    'notices --send': time('notices', book, '--campaign', '测试-20', '--send', '--as', CLERK),
  };
}

const fmt = (v) => (typeof v === 'number' ? (Number.isInteger(v) ? v.toLocaleString('en-US') : v.toFixed(1)) : v);

export async function benchSummary() {
  mkdirSync(join(root, 'bench', 'tmp'), { recursive: true });
  const dir = mkdtempSync(join(root, 'bench', 'tmp', 'summary-'));
  try {
    const m = await helpers(dir);
    const [small, big] = SIZES.map((n) => inProcess(m, n));
    const rows = [];
    const row = (what, a, b, note = '') => rows.push({ what, '100 rows': fmt(a), '5,000 rows': fmt(b), note });
    for (const name of Object.keys(small.calls)) row(`spreadsheet calls: ${name}`, small.calls[name], big.calls[name], small.calls[name] === big.calls[name] ? 'equal' : 'DIFFERS');
    row('spreadsheet calls: 同步工作计划到日历, first sync', small.first.spreadsheet, big.first.spreadsheet, small.first.spreadsheet === big.first.spreadsheet ? 'equal' : 'DIFFERS');
    row('spreadsheet calls: 同步工作计划到日历, no-op re-sync', small.again.spreadsheet, big.again.spreadsheet, small.again.spreadsheet === big.again.spreadsheet ? 'equal' : 'DIFFERS');
    // Sending grows with its batches only: a flush and an append to 发送记录 per 50 mails.
    const perBatch = (big.send.spreadsheet - small.send.spreadsheet) / (big.send.flushes - small.send.flushes);
    const fixed = small.send.spreadsheet - small.send.flushes * perBatch;
    row('spreadsheet calls: 发送慰问通知', small.send.spreadsheet, big.send.spreadsheet, `${fmt(fixed)} + ${fmt(perBatch)} per batch of 50 mails (flush, append to 发送记录): ${small.send.flushes} → ${big.send.flushes} batches`);
    row('calendar reads, first sync (of which listing pages)', `${small.first.reads} (${small.first.listings})`, `${big.first.reads} (${big.first.listings})`, 'Calendar.Events.list over the plan year, 2,500 events a page; getId of each event created');
    row('calendar writes, first sync', small.first.writes, big.first.writes, 'create (marker inside) + setTag per row, + createCalendar');
    row('calendar reads, no-op re-sync (of which listing pages)', `${small.again.reads} (${small.again.listings})`, `${big.again.reads} (${big.again.listings})`, 'the listing pages, getCalendarById and getName: no getter per event');
    row('calendar writes, no-op re-sync', small.again.writes, big.again.writes, 'an unchanged row costs no write');
    row('MailApp.sendEmail per recipient', small.send.mail / 100, big.send.mail / 5000, '');
    row('journal writes (document properties) per recipient', small.send.journal / 100, big.send.journal / 5000, '发送中 before, 已发送 after each mail');
    row('发送慰问通知 in process (ms per mail)', small.sendMs / 100, big.sendMs / 5000, 'dist/Code.js on the runner, mail kept in memory');

    const codePath = join(root, 'dist', 'Code.js');
    const size = `${(statSync(codePath).size / 1024).toFixed(1)} KB`;
    const load = `${coldLoadMs(codePath).toFixed(1)} ms`;
    rows.push({ what: 'dist/Code.js size', '100 rows': size, '5,000 rows': size, note: 'what clasp pushes; loaded on every menu click' });
    rows.push({ what: 'dist/Code.js cold load in a fresh vm (median of 9 processes)', '100 rows': load, '5,000 rows': load, note: 'compile + evaluate in a new Node process each time' });

    const times = [];
    for (const n of SIZES) times.push(await cliTimes(m, dir, n));
    for (const command of Object.keys(times[0])) {
      const [a, b] = [times[0][command], times[1][command]];
      const perRow = (b - a) / (SIZES[1] - SIZES[0]);
      rows.push({ what: `offline \`${command}\` wall time (ms)`, '100 rows': fmt(Math.round(a)), '5,000 rows': fmt(Math.round(b)), note: `×${(b / a).toFixed(1)} for ×50 rows; +${perRow.toFixed(2)} ms per extra row` });
    }
    return rows;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

if (import.meta.url === pathToFileURL(process.argv[1]).href) console.table(await benchSummary());
