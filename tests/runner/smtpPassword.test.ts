import { execFile, spawn, spawnSync } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { main } from '../../runner/cli';
import { loadXlsx, saveXlsx } from '../../runner/xlsxStore';
import { campaignWorkbook, setSetting } from '../support/noticeWorkbook';
import { startTestSmtp, TEST_CA, type TestSmtp } from '../support/smtpServer';

// The SMTP password (the mailbox's 授权码) never travels in an argument, where every user of the
// machine sees it in the process list and the shell keeps it in its history: it comes from
// UNIONDESK_SMTP_PASSWORD or is typed at a prompt that does not echo it.

const CLI = join(__dirname, '..', '..', 'bin', 'uniondesk.js');
const ACCOUNT = { user: 'union@example.edu.cn', pass: 'qwertyuiopasdfgh' };
const SECRET = 'Secret-In-Url-123';

async function workbook(): Promise<string> {
  const book = join(mkdtempSync(join(tmpdir(), 'ud-smtppw-')), '工会.xlsx');
  const wb = campaignWorkbook(3);
  setSetting(wb, '每日发信上限', '');
  await saveXlsx(wb, book);
  return book;
}

async function inProcess(argv: string[]): Promise<{ code: number; out: string }> {
  const lines: string[] = [];
  const code = await main(argv, (l) => lines.push(l));
  return { code, out: lines.join('\n') };
}

function childCli(args: string[], env: Record<string, string>): Promise<{ code: number; out: string }> {
  return new Promise((resolve) => {
    const child = execFile(process.execPath, [CLI, ...args], { timeout: 60_000, env: { ...process.env, NODE_EXTRA_CA_CERTS: TEST_CA, ...env } }, (error, stdout, stderr) => {
      resolve({ code: error ? (typeof error.code === 'number' ? error.code : 1) : 0, out: stdout + stderr });
    });
    child.stdin?.end();
  });
}

let server: TestSmtp;
beforeEach(async () => {
  server = await startTestSmtp({ secure: true, account: ACCOUNT });
});
afterEach(() => server.close());

describe('the SMTP password is never an argument', () => {
  const withPassword = () => `smtps://${encodeURIComponent(ACCOUNT.user)}:${SECRET}@127.0.0.1:${server.port}`;

  it.each([
    ['notices --send', (book: string) => ['notices', book, '--campaign', '测试-20', '--send']],
    ['notices --test-to', (book: string) => ['notices', book, '--campaign', '测试-20', '--test-to', 'me@example.edu.cn']],
    ['remind --send', (book: string) => ['remind', book, '--campaign', '测试-20', '--send']],
    ['run-due', (book: string) => ['run-due', book]],
    ['open', (book: string) => ['open', book, '--no-browser']],
  ])('%s refuses a password inside --smtp, says why and how, and does not repeat it', async (_name, argv) => {
    const book = await workbook();
    const run = await inProcess([...argv(book), '--smtp', withPassword(), '--as', 'clerk@example.edu.cn']);
    expect(run.code).toBe(2);
    expect(run.out).toContain('--smtp 的地址里不能写密码：命令行参数会被本机其他用户在进程列表里看到，也会留在命令历史里');
    expect(run.out).toContain('请把密码（邮箱的授权码）放在环境变量 UNIONDESK_SMTP_PASSWORD 中');
    expect(run.out).not.toContain(SECRET);
    expect(server.connections()).toBe(0);
  });

  it('a --password flag is refused rather than ignored', async () => {
    const book = await workbook();
    const run = await inProcess(['notices', book, '--campaign', '测试-20', '--send', '--password', SECRET]);
    expect(run.code).toBe(2);
    expect(run.out).toContain('不接受命令行参数 --password');
    expect(run.out).toContain('UNIONDESK_SMTP_PASSWORD');
  });

  it('a preview with --smtp needs no password', async () => {
    const book = await workbook();
    const run = await inProcess(['notices', book, '--campaign', '测试-20', '--smtp', `smtps://${ACCOUNT.user}@127.0.0.1:${server.port}`]);
    expect(run.code).toBe(0);
    expect(server.connections()).toBe(0);
  });

  it('with no UNIONDESK_SMTP_PASSWORD and nobody at a terminal (cron, a pipe): a clear message, exit 1, no connection, nothing recorded', async () => {
    const book = await workbook();
    const run = await childCli(['notices', book, '--campaign', '测试-20', '--send', '--smtp', `smtps://${ACCOUNT.user}@127.0.0.1:${server.port}`, '--as', 'clerk@example.edu.cn'], { UNIONDESK_SMTP_PASSWORD: '' });
    expect(run.code).toBe(1);
    expect(run.out).toContain(`没有 ${ACCOUNT.user} 的邮箱密码，没有发送任何邮件。请先设置环境变量 UNIONDESK_SMTP_PASSWORD`);
    expect(server.connections()).toBe(0);
    expect((await loadXlsx(book)).workbook.sheet('发送记录')!.dump().slice(1)).toEqual([]);
  });
});

// util-linux `script` runs the CLI on a pseudo-terminal, as when the clerk types the command.
// It is in Debian's essential bsdutils; where it is missing the test says so and is skipped.
const hasScript = spawnSync('script', ['--version'], { encoding: 'utf8' }).status === 0;
if (!hasScript) console.warn('smtpPassword.test.ts: util-linux `script` not found; the terminal prompt test is skipped');

(hasScript ? describe : describe.skip)('the password typed at a terminal', () => {
  it('is asked for, not echoed, and used to log in', async () => {
    const book = await workbook();
    const quote = (s: string) => `'${s.replace(/'/g, `'\\''`)}'`;
    const command = [process.execPath, CLI, 'notices', book, '--campaign', '测试-20', '--send', '--smtp', `smtps://${ACCOUNT.user}@127.0.0.1:${server.port}`, '--as', 'clerk@example.edu.cn'].map(quote).join(' ');
    const child = spawn('script', ['-qec', command, '/dev/null'], { env: { ...process.env, NODE_EXTRA_CA_CERTS: TEST_CA, UNIONDESK_SMTP_PASSWORD: '' } });
    let out = '';
    let typed = false;
    const done = new Promise<number | null>((resolve) => child.on('exit', resolve));
    child.stdout.on('data', (d) => {
      out += d;
      // Typed only once the prompt is up: a terminal still in its normal mode would echo it.
      if (!typed && out.includes('输入时不显示')) {
        typed = true;
        child.stdin.write(`${ACCOUNT.pass}\r`);
      }
    });
    child.stderr.on('data', (d) => (out += d));
    const code = await done;
    child.stdin.end();
    expect(out).toContain(`请输入 ${ACCOUNT.user} 在 127.0.0.1 的密码（邮箱授权码，输入时不显示，按回车结束）：`);
    expect(out).not.toContain(ACCOUNT.pass);
    expect(out).not.toMatch(/\*{4,}/);
    expect(code).toBe(0);
    expect(out).toContain('本次发送 3 封');
    // One connection and login per mail, each with the typed password.
    expect(server.logins()).toBe(3);
    expect(server.received).toHaveLength(3);
  }, 60_000);
});
