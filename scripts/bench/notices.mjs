// Bench section: 发送慰问通知 to 2,000 recipients — spreadsheet calls (a constant plus one batch
// per 50 mails, however many recipients), MailApp calls (one per recipient), document-property
// writes (the journal: two per mail), and the offline send's wall time to the outbox: in process
// (journal in memory) and with the `notices --send` command end to end (state file fsynced per
// journal write, .eml files fsynced, workbook loaded and saved).
// Usage: `node scripts/bench/notices.mjs` alone, or `benchNotices()` from scripts/bench.mjs.
// Run `npm run build` first.
import { loadTs } from '../loadTs.mjs';
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');

export async function benchNotices(recipients = 2_000) {
  mkdirSync(join(root, 'bench', 'tmp'), { recursive: true });
  const dir = mkdtempSync(join(root, 'bench', 'tmp', 'notices-'));
  try {
    const m = await loadTs(dir, 'notices', [
      "export { campaignWorkbook, noticeRun, setSetting } from './tests/support/noticeWorkbook';",
      "export { saveXlsx } from './runner/xlsxStore';",
    ]);
    const workbook = (n) => {
      const wb = m.campaignWorkbook(n);
      m.setSetting(wb, '每日发信上限', '');
      return wb;
    };
    const counts = (n) => {
      const run = m.noticeRun(workbook(n));
      run.call('apiSendNotices', { campaignId: '测试-20' });
      const log = run.services.log;
      return { spreadsheet: log.count('spreadsheet'), flushes: log.count('spreadsheet', 'SpreadsheetApp.flush'), mail: log.count('mail', 'MailApp.sendEmail'), properties: log.count('properties') };
    };
    const small = counts(100);
    const big = counts(recipients);

    const outbox = join(dir, 'outbox');
    const inProcess = m.noticeRun(workbook(recipients), { mail: { target: { kind: 'outbox', dir: outbox } } });
    const t = performance.now();
    inProcess.call('apiSendNotices', { campaignId: '测试-20' });
    const inProcessMs = Math.round(performance.now() - t);
    inProcess.mail.close();
    const written = readdirSync(outbox).length;

    const file = join(dir, 'notices.xlsx');
    await m.saveXlsx(workbook(recipients), file);
    const t0 = performance.now();
    const r = spawnSync(process.execPath, [join(root, 'bin', 'uniondesk.js'), 'notices', file, '--campaign', '测试-20', '--send', '--as', 'clerk@example.edu.cn'], { encoding: 'utf8' });
    if (r.status !== 0) throw new Error(`notices --send failed: ${r.stdout}${r.stderr}`);
    const cliMs = Math.round(performance.now() - t0);
    const cliFiles = readdirSync(join(dir, 'outbox')).length - written;

    return [
      { what: 'spreadsheet calls, 100 recipients', calls: small.spreadsheet },
      { what: `spreadsheet calls, ${recipients} recipients`, calls: big.spreadsheet },
      { what: `  of which SpreadsheetApp.flush (one per batch of 50 mails), ${recipients} recipients`, calls: big.flushes },
      { what: `MailApp.sendEmail calls, ${recipients} recipients`, calls: big.mail },
      { what: `PropertiesService calls (journal), ${recipients} recipients`, calls: big.properties },
      { what: `send through dist/Code.js to the outbox, in process, ${written} .eml`, ms: inProcessMs },
      { what: `  per mail`, ms: Math.round((inProcessMs / written) * 10) / 10 },
      { what: `offline \`notices --send\` end to end (load, ${cliFiles} .eml, state fsynced, save)`, ms: cliMs },
    ];
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

if (import.meta.url === pathToFileURL(process.argv[1]).href) console.table(await benchNotices());
