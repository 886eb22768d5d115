import { execFile } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { simpleParser, type ParsedMail } from 'mailparser';
import { SMTPServer } from 'smtp-server';
import { main } from '../../runner/cli';

const CLI = join(__dirname, '..', '..', 'bin', 'uniondesk.js');

function cli(args: string[]): Promise<{ code: number; out: string }> {
  return new Promise((resolve) => {
    execFile(process.execPath, [CLI, ...args], { timeout: 120_000 }, (error, stdout, stderr) => {
      resolve({ code: error ? (typeof error.code === 'number' ? error.code : 1) : 0, out: stdout + stderr });
    });
  });
}

describe('sending over SMTP (npx uniondesk notices --smtp)', () => {
  const received: { rcpt: string[]; mail: ParsedMail }[] = [];
  let server: SMTPServer;
  let port = 0;

  beforeAll(async () => {
    server = new SMTPServer({
      disabledCommands: ['AUTH', 'STARTTLS'],
      logger: false,
      onData(stream, session, callback) {
        simpleParser(stream).then((mail) => {
          received.push({ rcpt: session.envelope.rcptTo.map((r) => r.address), mail });
          callback();
        }, callback);
      },
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    port = (server.server.address() as AddressInfo).port;
  });

  afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

  it('delivers the sample 端午 campaign: one message per member, right recipient, Chinese subject and both bodies', async () => {
    const path = join(mkdtempSync(join(tmpdir(), 'uniondesk-smtp-')), '工会.xlsx');
    expect((await main(['init', path, '--sample'], () => undefined))).toBe(0);
    // The CLI runs in its own process: its sends wait synchronously, this process serves SMTP.
    const sent = await cli(['notices', path, '--campaign', '2023-端午', '--send', '--smtp', `smtp://127.0.0.1:${port}`, '--as', 'clerk@example.edu.cn']);
    expect(sent.out).toContain(`发送到邮件服务器（SMTP）smtp://127.0.0.1:${port}`);
    expect(sent.out).toContain('本次发送 56 封');
    expect(sent.code).toBe(0);
    expect(received).toHaveLength(56);
    const byRecipient = new Map(received.map((r) => [r.rcpt.join(','), r.mail]));
    expect(byRecipient.size).toBe(56);
    const wang = byRecipient.get('t001000@example.edu.cn')!;
    expect((wang.to as { text: string }).text).toBe('t001000@example.edu.cn');
    expect(wang.subject).toBe('【四川农业大学工会（示例）】端午安康｜2023年端午节慰问品发放领取通知');
    // 设置!发件邮箱 of the sample is the sender (and the SMTP envelope's), not --as.
    expect(wang.from?.value[0]).toEqual({ name: '校工会', address: 'union@example.edu.cn' });
    expect(wang.replyTo?.text).toBe('union@example.edu.cn');
    expect(wang.text).toContain('尊敬的王秀英老师：');
    expect(wang.text).toContain('请于2023年6月12日至2023年6月21日期间到各校区工会办公室领取');
    expect(wang.html).toContain('<p>尊敬的王秀英老师：</p>');
    expect(byRecipient.has('liu.min@example')).toBe(false);
    expect(received.every((r) => r.mail.messageId?.endsWith('@uniondesk.offline>'))).toBe(true);

    // Sent is sent: the second run delivers nothing.
    const again = await cli(['notices', path, '--campaign', '2023-端午', '--send', '--smtp', `smtp://127.0.0.1:${port}`, '--as', 'clerk@example.edu.cn']);
    expect(again.code).toBe(0);
    expect(received).toHaveLength(56);
  });
});
