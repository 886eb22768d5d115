// Bench section: 同步工作计划到日历 on a 1,000-row 工作计划 — spreadsheet calls (they must not grow
// with the rows), calendar reads (Calendar.Events.list pages) and writes on the first sync (one event
// operation per row) and on a re-sync (none), through dist/Code.js on the runner's services,
// and the offline `sync` command end to end (.xlsx + calendar.json).
// Usage: `node scripts/bench/calendarSync.mjs` alone, or `benchCalendarSync()` from
// scripts/bench.mjs; returns rows of { what, calls } and { what, ms }. Run `npm run build` first.
import { loadTs } from '../loadTs.mjs';
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');

const MONTHS = ['二月', '三月', '四月', '五月', '六月', '七月', '八月', '九月', '十月', '十一月', '十二月', '一月'];

/** A plan of `rows` rows without 计划编号: most month-long, one in five with dates, one in ten timed. */
function sheets(m, rows) {
  const wb = m.MemoryWorkbook.create();
  const plan = [['月份', '工作内容', '负责部门', '开始日期', '结束日期', '地点', '备注']];
  for (let i = 0; i < rows; i++) {
    const month = Math.floor((i * 12) / rows);
    const year = month === 11 ? 2024 : 2023;
    const mo = ((month + 1) % 12) + 1;
    const day = 1 + (i % 27);
    const iso = `${year}-${String(mo).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
    const start = i % 10 === 0 ? wb.date(iso, '09:00:00') : i % 5 === 0 ? wb.date(iso) : '';
    const end = i % 10 === 0 ? wb.date(iso, '11:30:00') : i % 5 === 0 ? wb.date(iso) : '';
    const first = i === 0 || Math.floor(((i - 1) * 12) / rows) !== month;
    plan.push([first ? MONTHS[month] : '', `第 ${i + 1} 项工作：教职工活动（${MONTHS[month]}）`, '校工会', start, end, i % 3 ? '' : '雅安校区', i % 7 ? '' : '备注']);
  }
  const settings = [['项目', '值'], ['单位名称', '基准测试工会'], ['计划年度', 2023], ['计划起始月份', 2], ['共享日历ID', ''], ['时区', 'Asia/Shanghai']];
  return m.MemoryWorkbook.create({ 设置: settings, 工作计划: plan });
}

export async function benchCalendarSync(rows = 1_000) {
  mkdirSync(join(root, 'bench', 'tmp'), { recursive: true });
  const dir = mkdtempSync(join(root, 'bench', 'tmp', 'calendar-sync-'));
  try {
    const m = await loadTs(dir, 'calendarSync', [
      "export { runBundle } from './tests/support/offlineBundle';",
      "export { MemoryWorkbook } from './runner/workbook';",
      "export { saveXlsx } from './runner/xlsxStore';",
      "export { CalendarStore, calendarWrites } from './runner/services/calendar';",
      "export { StateStore } from './runner/stateFile';",
    ]);

    /** Two syncs of one workbook on one calendar: the first creates, the second finds nothing to do. */
    const twoSyncs = (count) => {
      const workbook = sheets(m, count);
      const calendar = new m.CalendarStore();
      const store = new m.StateStore(null);
      return [1, 2].map(() => {
        const run = m.runBundle({ workbook, realTime: true, services: { calendar, store } });
        const t = performance.now();
        const result = run.call('apiSyncCalendar', { createCalendar: true });
        const ms = Math.round(performance.now() - t);
        if (result.status !== 'done') throw new Error(result.message);
        const log = run.services.log;
        return {
          ms,
          spreadsheet: log.count('spreadsheet'),
          listings: log.count('calendar', 'Calendar.Events.list') + log.count('calendar', 'Calendar.getEvents'),
          operations: result.data.created + result.data.updated + result.data.deleted,
          writes: m.calendarWrites(log),
        };
      });
    };
    const [small] = twoSyncs(50);
    const [first, again] = twoSyncs(rows);

    const file = join(dir, 'plan.xlsx');
    await m.saveXlsx(sheets(m, rows), file);
    const cli = () => {
      const t0 = performance.now();
      const r = spawnSync(process.execPath, [join(root, 'bin', 'uniondesk.js'), 'sync', file], { encoding: 'utf8' });
      if (r.status !== 0) throw new Error(`sync failed: ${r.stdout}${r.stderr}`);
      return Math.round(performance.now() - t0);
    };
    return [
      { what: 'spreadsheet calls of the first sync, 50 plan rows', calls: small.spreadsheet },
      { what: `spreadsheet calls of the first sync, ${rows} plan rows`, calls: first.spreadsheet },
      { what: `spreadsheet calls of the re-sync, ${rows} plan rows`, calls: again.spreadsheet },
      { what: `calendar listing requests (Events.list pages) per sync, ${rows} rows`, calls: first.listings },
      { what: `first sync: event writes (create/update/delete), ${rows} rows`, calls: first.operations },
      { what: `first sync: calendar write calls (create + setTag + createCalendar)`, calls: first.writes },
      { what: `re-sync: calendar write calls, ${rows} rows`, calls: again.writes },
      { what: `first sync through dist/Code.js on the runner, ${rows} rows`, ms: first.ms },
      { what: `re-sync through dist/Code.js on the runner, ${rows} rows`, ms: again.ms },
      { what: `offline \`sync\` first run (load .xlsx, sync, save calendar.json and .xlsx), ${rows} rows`, ms: cli() },
      { what: `offline \`sync\` re-run (nothing to change), ${rows} rows`, ms: cli() },
    ];
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

if (import.meta.url === pathToFileURL(process.argv[1]).href) console.table(await benchCalendarSync());
