import { spawn } from 'node:child_process';
import { copyFileSync, existsSync, mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openSession } from '../../runner/offlineSession';
import { Refusal } from '../../runner/refusal';
import { loadXlsx, saveXlsx } from '../../runner/xlsxStore';
import { campaignWorkbook, setSetting } from '../support/noticeWorkbook';

// Three clerks (or a clerk and cron) start `notices --send` on the same workbook at the same
// moment. Only one may act on it; the others are told who holds it and exit 1. Whatever the
// interleaving, nobody gets a notice twice and 发送记录 lists exactly the mails in the outbox.

const CLI = join(__dirname, '..', '..', 'bin', 'uniondesk.js');
const PROCESSES = 3;
const TRIALS = 2;
const LIMIT = 8;
const STAGGER_MS = [300, 0];

function runCli(args: string[], delayMs: number): Promise<{ code: number | null; out: string }> {
  return new Promise((resolve) => setTimeout(resolve, delayMs)).then(() => new Promise((resolve) => {
    const child = spawn(process.execPath, [CLI, ...args], { stdio: ['ignore', 'pipe', 'pipe'] });
    let out = '';
    child.stdout.on('data', (d) => (out += d));
    child.stderr.on('data', (d) => (out += d));
    child.on('exit', (code) => resolve({ code, out }));
  }));
}

describe('a second run on a workbook another run has open', () => {
  it('is refused before it reads anything, and the run after the first has saved sees its sends', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'ud-stale-'));
    const book = join(dir, '工会.xlsx');
    const wb = campaignWorkbook(12);
    setSetting(wb, '每日发信上限', LIMIT);
    await saveXlsx(wb, book);
    const open = () => openSession({ workbookPath: book, user: 'clerk@example.edu.cn', services: { mail: { target: { kind: 'outbox', dir: join(dir, 'outbox') } } } });

    const first = await open();
    // Before, this second run read the workbook here and sent again once the first had released
    // the bundle's lock but not yet saved: a stale copy with nobody marked 已发送.
    await expect(open()).rejects.toThrow(Refusal);
    expect(first.call<{ status: string }>('apiSendNotices', { campaignId: '测试-20' }).status).toBe('done');
    await expect(open()).rejects.toThrow('正在修改本工作簿');
    await first.save();
    first.close();

    const second = await open();
    const again = second.call<{ status: string; data: { sent: number; alreadySent: number } }>('apiSendNotices', { campaignId: '测试-20' });
    second.close();
    expect(again.data).toMatchObject({ sent: 0, alreadySent: LIMIT });
  });
});

describe('notices --send started by several processes at once', () => {
  it('sends each member at most once and records exactly what went out, in every trial', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'ud-race-'));
    const original = join(dir, 'original.xlsx');
    const wb = campaignWorkbook(40);
    setSetting(wb, '每日发信上限', LIMIT);
    await saveXlsx(wb, original);

    for (let trial = 1; trial <= TRIALS; trial++) {
      const book = join(dir, `工会${trial}.xlsx`);
      copyFileSync(original, book);
      const outbox = join(dir, `outbox${trial}`);
      const args = ['notices', book, '--campaign', '测试-20', '--send', '--as', 'clerk@example.edu.cn', '--outbox', outbox];
      // Started together, or a little apart so that one arrives while another is saving.
      const runs = await Promise.all(Array.from({ length: PROCESSES }, (_, i) => runCli(args, i * STAGGER_MS[trial - 1])));

      const report = { trial, codes: runs.map((r) => r.code) };
      for (const r of runs) {
        expect({ ...report, out: r.out }).toEqual({ ...report, out: expect.not.stringMatching(/\n\s+at /) });
        if (r.code !== 0) expect({ ...report, out: r.out }).toEqual({ ...report, out: expect.stringContaining('正在修改本工作簿') });
      }
      const files = existsSync(outbox) ? readdirSync(outbox, { recursive: true }).map(String).filter((f) => f.endsWith('.eml')) : [];
      const recipients = files.map((f) => /^To: (.*)$/m.exec(readFileSync(join(outbox, f), 'utf8'))?.[1]);
      expect({ ...report, duplicates: recipients.filter((r, i) => recipients.indexOf(r) !== i) }).toEqual({ ...report, duplicates: [] });
      expect({ ...report, mails: recipients.length }).toEqual({ ...report, mails: LIMIT });

      const log = (await loadXlsx(book)).workbook.sheet('发送记录')!.dump();
      const sent = log.slice(1).filter((r) => r[5] === '已发送').map((r) => String(r[4]));
      expect({ ...report, sent: [...sent].sort() }).toEqual({ ...report, sent: [...recipients].sort() });
    }
  });
});
