import { execFile } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { main } from '../../runner/cli';
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

/** The send stopped at the first mail: exit 1, the reason said once, nobody in 发送记录. */
async function expectStopped(run: { code: number; out: string }, book: string, reason: string): Promise<void> {
  expect(run.code).toBe(1);
  expect(count(run.out, reason)).toBe(1);
  expect(run.out).toContain('没有人被记为“失败”');
  expect(run.out).not.toMatch(/发送失败 \d+ 人/);
  expect(await sendLog(book)).toEqual([]);
}

let servers: TestSmtp[] = [];
afterEach(async () => {
  await Promise.all(servers.map((s) => s.close()));
  servers = [];
});
async function start(options: Parameters<typeof startTestSmtp>[0]): Promise<TestSmtp> {
  const s = await startTestSmtp(options);
  servers.push(s);
  return s;
}

describe('notices --send --smtp when the mail server fails', () => {

  it('nothing listening: one Chinese message naming the server, exit 1, nobody recorded; the next run sends all', async () => {
    const book = await workbook();
    const port = await closedPort();
    const run = await send(book, `smtp://127.0.0.1:${port}`);
    await expectStopped(run, book, `连不上邮件服务器 127.0.0.1:${port}`);
    expect(run.out).toContain('请检查 --smtp 中的服务器地址和端口');

    const server = await start({});
    const again = await send(book, `smtp://127.0.0.1:${server.port}`);
    expect(again.code).toBe(0);
    expect(server.received.map((r) => r.rcpt.join())).toEqual(Array.from({ length: MEMBERS }, (_, i) => `m${i + 1}@example.edu.cn`));
    expect((await sendLog(book)).map((r) => r[5])).toEqual(Array(MEMBERS).fill('已发送'));
  });
});

describe('notices --send --smtp with a login (password from UNIONDESK_SMTP_PASSWORD)', () => {
  const env = { UNIONDESK_SMTP_PASSWORD: ACCOUNT.pass };
  const everyone = Array.from({ length: MEMBERS }, (_, i) => `m${i + 1}@example.edu.cn`);

  it('smtps:// (SSL, as QQ 邮箱 on 465) with the right 授权码 sends every notice', async () => {
    const book = await workbook();
    const server = await start({ secure: true, account: ACCOUNT });
    const run = await send(book, `smtps://${ACCOUNT.user}@127.0.0.1:${server.port}`, env);
    expect(run.out).toContain(`发送到邮件服务器（SMTP）smtps://${ACCOUNT.user}@127.0.0.1:${server.port}`);
    expect(run.code).toBe(0);
    expect(server.received.map((r) => r.rcpt.join())).toEqual(everyone);
    expect(server.received[0].mail.subject).toContain('端午');
    expect(run.out).not.toContain(ACCOUNT.pass);
    expect((await sendLog(book)).map((r) => r[5])).toEqual(Array(MEMBERS).fill('已发送'));
  });

  it('smtp:// logs in after STARTTLS and sends', async () => {
    const book = await workbook();
    const server = await start({ startTls: true, account: ACCOUNT });
    const run = await send(book, `smtp://${ACCOUNT.user}@127.0.0.1:${server.port}`, env);
    expect(run.code).toBe(0);
    expect(server.received).toHaveLength(MEMBERS);
  });

  it('a wrong 授权码 (535) stops at the first mail: one login tried, one message about the 授权码, exit 1, nobody recorded (a later run sends them, as above)', async () => {
    const book = await workbook();
    const server = await start({ secure: true, account: ACCOUNT });
    const run = await send(book, `smtps://${ACCOUNT.user}@127.0.0.1:${server.port}`, { UNIONDESK_SMTP_PASSWORD: 'wrong-login-password' });
    await expectStopped(run, book, `邮件服务器 127.0.0.1:${server.port} 拒绝登录（EAUTH 535`);
    expect(server.logins()).toBe(1);
    expect(server.received).toHaveLength(0);
    expect(run.out).toContain('要用网页邮箱“设置”里开启 SMTP 服务后生成的授权码，不是登录密码');
    expect(run.out).not.toContain('wrong-login-password');
  });

  it('a server that does not offer STARTTLS gets no password in the clear: the send stops at the first mail', async () => {
    const book = await workbook();
    const server = await start({ startTls: false, account: ACCOUNT });
    const run = await send(book, `smtp://${ACCOUNT.user}@127.0.0.1:${server.port}`, env);
    await expectStopped(run, book, `与邮件服务器 127.0.0.1:${server.port} 建立加密连接失败（ETLS`);
    expect(server.logins()).toBe(0);
    expect(server.connections()).toBe(1);
    expect(run.out).toContain('smtps:// 用于 465 端口（SSL），smtp:// 用于 587 或 25 端口（STARTTLS）');
  });

  it('smtps:// to a port without SSL, or to a certificate nobody vouches for, fails the TLS handshake once', async () => {
    const book = await workbook();
    const plain = await start({ startTls: true, account: ACCOUNT });
    const wrongPort = await send(book, `smtps://${ACCOUNT.user}@127.0.0.1:${plain.port}`, env);
    await expectStopped(wrongPort, book, `与邮件服务器 127.0.0.1:${plain.port} 建立加密连接失败`);
    expect(plain.logins()).toBe(0);

    const ssl = await start({ secure: true, account: ACCOUNT });
    const untrusted = await send(book, `smtps://${ACCOUNT.user}@127.0.0.1:${ssl.port}`, { ...env, NODE_EXTRA_CA_CERTS: '' });
    await expectStopped(untrusted, book, `与邮件服务器 127.0.0.1:${ssl.port} 建立加密连接失败（`);
    expect(untrusted.out).toMatch(/建立加密连接失败（(DEPTH_ZERO_SELF_SIGNED_CERT|SELF_SIGNED_CERT_IN_CHAIN)）/);
    expect(untrusted.out).toContain('证书不被信任时');
    expect(ssl.logins()).toBe(0);
  });

  it('a mailbox the server does not know (550 at RCPT TO) is that member’s 失败; the others are sent', async () => {
    const book = await workbook();
    const server = await start({ secure: true, account: ACCOUNT, unknown: ['m3@example.edu.cn'] });
    const run = await send(book, `smtps://${ACCOUNT.user}@127.0.0.1:${server.port}`, env);
    expect(run.code).toBe(0);
    expect(run.out).toContain('发送失败 1 人（下次发送时会重试）：会员3（未发出：邮件服务器拒收（EENVELOPE 550）');
    expect(server.received.map((r) => r.rcpt.join())).toEqual(everyone.filter((a) => a !== 'm3@example.edu.cn'));
    const log = await sendLog(book);
    expect(log.map((r) => `${r[3]} ${r[5]}`)).toEqual(everyone.map((a, i) => `会员${i + 1} ${i === 2 ? '失败' : '已发送'}`));
    expect(log.find((r) => r[5] === '失败')![6]).toContain('Mailbox not found: m3@example.edu.cn');
  });
});

describe('run-due (cron) with an SMTP server that cannot be used', () => {
  it('stops at the first mail with one message, sends no report to the approver, records nobody; the next run sends all and reports', async () => {
    const book = await workbook();
    expect(await main(['approve', book, '--campaign', '测试-20', '--as', 'chair@example.edu.cn'], () => undefined)).toBe(0);
    const port = await closedPort();
    const due = await cli(['run-due', book, '--smtp', `smtp://127.0.0.1:${port}`, '--as', 'clerk@example.edu.cn']);
    await expectStopped(due, book, `连不上邮件服务器 127.0.0.1:${port}`);
    expect(due.out).toContain('没有人被记为“失败”，也没有给审核人发报告');
    expect(due.out).not.toContain('已给审核人');

    const server = await start({});
    const again = await cli(['run-due', book, '--smtp', `smtp://127.0.0.1:${server.port}`, '--as', 'clerk@example.edu.cn']);
    expect(again.code).toBe(0);
    expect(again.out).toContain('已给审核人 chair@example.edu.cn 发送报告');
    expect(server.received.map((r) => r.rcpt.join())).toEqual([...Array.from({ length: MEMBERS }, (_, i) => `m${i + 1}@example.edu.cn`), 'chair@example.edu.cn']);
    expect((await sendLog(book)).map((r) => r[5])).toEqual(Array(MEMBERS).fill('已发送'));
  });
});
