import { execFile } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadXlsx, saveXlsx } from '../../runner/xlsxStore';
import { campaignWorkbook, setSetting } from '../support/noticeWorkbook';
import { startTestSmtp, TEST_CA, type TestSmtp } from '../support/smtpServer';

// The clerk sends 慰问通知 through her mail provider. When the server cannot be reached, refuses
// TLS, or refuses her 授权码, the send stops at the first mail with one message saying what to
// check, nobody is written down as 失败, and the next run (once fixed) sends everyone. A member
// whose mailbox the server does not know is that member's 失败; the others are sent.

const CLI = join(__dirname, '..', '..', 'bin', 'uniondesk.js');
const MEMBERS = 6;
const ACCOUNT = { user: 'union@example.edu.cn', pass: 'abcdefghijklmnop' };

function cli(args: string[], env: Record<string, string> = {}): Promise<{ code: number; out: string }> {
  return new Promise((resolve) => {
    const child = execFile(process.execPath, [CLI, ...args], {
      timeout: 60_000,
      env: { ...process.env, UNIONDESK_SMTP_PASSWORD: '', NODE_EXTRA_CA_CERTS: TEST_CA, ...env },
    }, (error, stdout, stderr) => {
      resolve({ code: error ? (typeof error.code === 'number' ? error.code : 1) : 0, out: stdout + stderr });
    });
    child.stdin?.end();
  });
}

async function workbook(): Promise<string> {
  const book = join(mkdtempSync(join(tmpdir(), 'ud-smtp-')), '工会.xlsx');
  const wb = campaignWorkbook(MEMBERS);
  setSetting(wb, '每日发信上限', '');
  await saveXlsx(wb, book);
  return book;
}

async function sendLog(book: string): Promise<string[][]> {
  return (await loadXlsx(book)).workbook.sheet('发送记录')!.dump().slice(1).map((r) => r.map(String));
}

/** A port nothing listens on: one the system just gave out and took back. */
async function closedPort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const port = (server.address() as { port: number }).port;
  await new Promise<void>((resolve) => server.close(() => resolve()));
  return port;
}

const send = (book: string, url: string, env: Record<string, string> = {}) =>
  cli(['notices', book, '--campaign', '测试-20', '--send', '--smtp', url, '--as', 'clerk@example.edu.cn'], env);

const count = (text: string, part: string) => text.split(part).length - 1;

describe('notices --send --smtp when the mail server fails', () => {
  let servers: TestSmtp[] = [];
  afterEach(async () => {
    await Promise.all(servers.map((s) => s.close()));
    servers = [];
  });
  const start = async (options: Parameters<typeof startTestSmtp>[0]) => {
    const s = await startTestSmtp(options);
    servers.push(s);
    return s;
  };

  it('nothing listening: one Chinese message naming the server, exit 1, nobody recorded; the next run sends all', async () => {
    const book = await workbook();
    const port = await closedPort();
    const run = await send(book, `smtp://127.0.0.1:${port}`);
    expect(run.code).toBe(1);
    expect(count(run.out, `连不上邮件服务器 127.0.0.1:${port}`)).toBe(1);
    expect(run.out).toContain('请检查 --smtp 中的服务器地址和端口');
    expect(run.out).not.toMatch(/发送失败 \d+ 人/);
    expect(await sendLog(book)).toEqual([]);

    const server = await start({});
    const again = await send(book, `smtp://127.0.0.1:${server.port}`);
    expect(again.code).toBe(0);
    expect(server.received.map((r) => r.rcpt.join())).toEqual(Array.from({ length: MEMBERS }, (_, i) => `m${i + 1}@example.edu.cn`));
    expect((await sendLog(book)).map((r) => r[5])).toEqual(Array(MEMBERS).fill('已发送'));
  });
});
