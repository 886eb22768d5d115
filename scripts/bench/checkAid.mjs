// Bench section: 核算帮扶金 — 5,000 ledger rows against 10 tiers: the pure check (reading the
// ledger values and checking every row), the spreadsheet calls of the action through dist/Code.js
// (they must not grow with the rows), and the offline `check-aid` command end to end.
// Usage: `node scripts/bench/checkAid.mjs` alone, or `benchCheckAid()` from scripts/bench.mjs;
// returns rows of { what, ms } and { what, calls }. Run `npm run build` first.
import { loadTs } from '../loadTs.mjs';
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');

const LEDGER_HEADER = ['申请编号', '年度', '工号', '姓名', '分会', '病种', '医疗总费用', '医保报销', '自付金额', '实发金额', '发放日期'];

/** 10 contiguous tiers from 5,000 元, the last open and with a percentage part. */
function tierRows() {
  const rows = [['下限(元)', '上限(元)', '帮扶金额(元)', '比例(%)', '说明']];
  for (let i = 0; i < 10; i++) rows.push([5000 * (i + 1), i === 9 ? '' : 5000 * (i + 2), 1000 * (i + 1), i === 9 ? 10 : 0, `第 ${i + 1} 档`]);
  return rows;
}

/** A workbook with `count` members and one application each; about one in ten is paid wrongly. */
function sheets(count) {
  const roster = [['工号', '姓名', '会员状态']];
  const ledger = [LEDGER_HEADER];
  for (let i = 0; i < count; i++) {
    const id = String(100000 + i);
    roster.push([id, `会员${i}`, '在册']);
    const selfPaid = 3000 + ((i * 7919) % 60000) + (i % 100) / 100;
    const tier = Math.floor(selfPaid / 5000) - 1;
    const due = tier < 0 ? 0 : tier >= 9 ? 10000 + Math.round((selfPaid - 50000) * 10) / 100 : 1000 * (tier + 1);
    const paid = i % 10 === 0 ? due + 100 : i % 13 === 0 ? '' : due;
    ledger.push([`BF-${i}`, 2023, id, `会员${i}`, '', '', '', '', selfPaid.toFixed(2), paid, paid === '' ? '' : '2023-11-24']);
  }
  return { 设置: [['项目', '值'], ['计划年度', 2023]], 帮扶标准: tierRows(), 会员名册: roster, 帮扶台账: ledger };
}

function median(xs) {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)];
}

function time(fn, runs) {
  const ms = [];
  for (let i = 0; i < runs; i++) {
    const t = performance.now();
    fn();
    ms.push(performance.now() - t);
  }
  return Math.round(median(ms) * 10) / 10;
}

export async function benchCheckAid(rows = 5_000) {
  mkdirSync(join(root, 'bench', 'tmp'), { recursive: true });
  const dir = mkdtempSync(join(root, 'bench', 'tmp', 'check-aid-'));
  try {
    const m = await loadTs(dir, 'checkAid', [
      "export { checkAid } from './src/aid/aidCheck';",
      "export { readAidTiers } from './src/aid/readAidTiers';",
      "export { readAidLedger } from './src/aid/readAidLedger';",
      "export { readMembers } from './src/kernel/members/readMembers';",
      "export { runBundle } from './tests/support/offlineBundle';",
      "export { MemoryWorkbook } from './runner/workbook';",
      "export { saveXlsx } from './runner/xlsxStore';",
    ]);
    const data = sheets(rows);
    const settings = { planYear: 2023, tierBoundary: 'lower', yearlyAidCap: null, applicationsPerYear: 1, retireesMayApply: false };
    const members = m.readMembers(data.会员名册).members;
    const tiers = m.readAidTiers(data.帮扶标准).tiers;
    const pure = time(() => {
      const ledger = m.readAidLedger(data.帮扶台账);
      m.checkAid({ tiers, applications: ledger.applications, members, settings });
    }, 7);

    const calls = (count) => {
      const run = m.runBundle({ workbook: m.MemoryWorkbook.create(sheets(count)), realTime: true });
      run.call('apiCheckAid');
      return run.services.log.count('spreadsheet');
    };
    const bundleRun = m.runBundle({ workbook: m.MemoryWorkbook.create(data), realTime: true });
    const t = performance.now();
    bundleRun.call('apiCheckAid');
    const bundleMs = Math.round(performance.now() - t);

    const file = join(dir, 'aid.xlsx');
    await m.saveXlsx(m.MemoryWorkbook.create(data), file);
    const cli = () => {
      const t0 = performance.now();
      const r = spawnSync(process.execPath, [join(root, 'bin', 'uniondesk.js'), 'check-aid', file], { encoding: 'utf8' });
      if (r.status !== 1 && r.status !== 0) throw new Error(`check-aid failed: ${r.stdout}${r.stderr}`);
      return Math.round(performance.now() - t0);
    };
    return [
      { what: `pure check: read ${rows} 帮扶台账 rows + check against 10 tiers (median of 7)`, ms: pure },
      { what: `核算帮扶金 through dist/Code.js on the runner, ${rows} rows`, ms: bundleMs },
      { what: 'spreadsheet calls of 核算帮扶金, 50 ledger rows', calls: calls(50) },
      { what: `spreadsheet calls of 核算帮扶金, ${rows} ledger rows`, calls: calls(rows) },
      { what: `offline \`check-aid\` first run (load .xlsx, check, write, save), ${rows} rows`, ms: cli() },
      { what: `offline \`check-aid\` rerun (nothing to write, file not saved), ${rows} rows`, ms: cli() },
    ];
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

if (import.meta.url === pathToFileURL(process.argv[1]).href) console.table(await benchCheckAid());
