import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { unsavedPath } from '../../runner/unsavedChanges';
import { loadXlsx, saveXlsx } from '../../runner/xlsxStore';
import { JOURNAL_PROPERTY } from '../../src/kernel/journal/sendJournal';
import { campaignWorkbook, setSetting } from '../support/noticeWorkbook';

// The clerk presses Ctrl-C (or the system sends SIGTERM) in the middle of `notices --send`.
// The mail being sent is finished and recorded, the run stops, the workbook is saved with every
// mail that went out in 发送记录, and she is told what happened; the rerun sends the rest.

const CLI = join(__dirname, '..', '..', 'bin', 'uniondesk.js');
const MEMBERS = 30;

function sendUntil(args: string[], signal: NodeJS.Signals, emlCount: () => number, after: number): Promise<{ code: number | null; out: string }> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [CLI, ...args], { stdio: ['ignore', 'pipe', 'pipe'] });
    let out = '';
    child.stdout.on('data', (d) => (out += d));
    child.stderr.on('data', (d) => (out += d));
    const poll = setInterval(() => {
      if (emlCount() >= after) {
        clearInterval(poll);
        child.kill(signal);
      }
    }, 20);
    child.on('exit', (code) => {
      clearInterval(poll);
      resolve({ code, out });
    });
  });
}

describe.each([['SIGINT', 130, 'Ctrl-C'], ['SIGTERM', 143, '终止信号 SIGTERM']] as const)('notices --send stopped by %s', (signal, status, said) => {
  it('finishes the mail in flight, saves every sent mail in 发送记录 and says so (after Ctrl-C the rerun sends the rest, once)', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'ud-stop-'));
    const book = join(dir, '工会.xlsx');
    const wb = campaignWorkbook(MEMBERS);
    setSetting(wb, '每日发信上限', '');
    await saveXlsx(wb, book);
    const outbox = join(dir, 'outbox');
    const emls = () => (existsSync(outbox) ? readdirSync(outbox, { recursive: true }).map(String).filter((f) => f.endsWith('.eml')) : []);
    const args = ['notices', book, '--campaign', '测试-20', '--send', '--as', 'clerk@example.edu.cn'];

    const stopped = await sendUntil(args, signal, () => emls().length, 4);
    const mailed = emls().length;
    expect({ code: stopped.code, out: stopped.out }).toEqual({ code: status, out: expect.stringContaining(`已中断（收到${said === 'Ctrl-C' ? ' Ctrl-C' : said}）。本次已发出 ${mailed} 封邮件`) });
    expect(mailed).toBeLessThan(MEMBERS);
    expect(stopped.out).toContain('已把本次的发送情况写入“发送记录”并保存工作簿');
    expect(stopped.out).not.toMatch(/\n\s+at /);

    const log = (await loadXlsx(book)).workbook.sheet('发送记录')!.dump().slice(1);
    expect(log.map((r) => r[5])).toEqual(Array(mailed).fill('已发送'));
    expect(new Set(log.map((r) => r[2])).size).toBe(mailed);
    expect(existsSync(unsavedPath(book))).toBe(false);
    const state = JSON.parse(readFileSync(join(dir, '工会.state.json'), 'utf8'));
    expect(state.documentProperties[JOURNAL_PROPERTY]).toBeUndefined();

    // The rerun is the same for either signal: told once, for Ctrl-C.
    if (signal === 'SIGTERM') return;
    const rerun = await sendUntil(args, signal, () => 0, Infinity);
    expect(rerun.code).toBe(0);
    expect(rerun.out).not.toContain('上次运行在保存工作簿之前中断');
    // One file per member, none numbered …-2.eml: nobody got a second notice.
    const expected = Array.from({ length: MEMBERS }, (_, i) => join('测试-20', `T${String(i + 1).padStart(4, '0')}-会员${i + 1}.eml`));
    expect(emls().sort()).toEqual(expected.sort());
  });
});
