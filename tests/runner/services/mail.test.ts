import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { simpleParser } from 'mailparser';
import { CallLog } from '../../../runner/services/callLog';
import { createMailApp, type MailContext, type OfflineMailApp } from '../../../runner/services/mail';
import { unwrap } from '../../../runner/services/offline';
import { StateStore } from '../../../runner/stateFile';
import { MemoryWorkbook } from '../../../runner/workbook';
import { parseSmtpUrl } from '../../../runner/smtpTarget';
import { encodeJournal, JOURNAL_PROPERTY } from '../../../src/kernel/journal/sendJournal';
import { sendErrorKind } from '../../../src/notices/sendErrorKind';

function mailApp(options: Parameters<typeof createMailApp>[2] = {}, context?: MailContext) {
  const log = new CallLog();
  const app = createMailApp('clerk@example.edu.cn', log, options, context);
  return { app, log, impl: unwrap<OfflineMailApp>(app)! };
}

/** The services around MailApp as a send run leaves them just before sendEmail: 发送中 journalled. */
function inFlight(memberId: string, name: string, email: string, settings: unknown[][] = [['项目', '值']]): MailContext {
  const store = new StateStore(null);
  store.state.documentProperties[JOURNAL_PROPERTY] = encodeJournal([
    { time: '2023-06-09 09:00:00', campaignId: '2023-端午', memberId, name, email, state: '发送中', note: '', operator: 'clerk' },
  ]);
  return { store, workbook: MemoryWorkbook.create({ 设置: settings }) };
}

describe('MailApp offline', () => {
  it('takes the message object and the positional forms, and counts each call in the group mail', () => {
    const { app, log, impl } = mailApp();
    app.sendEmail({ to: 'a@example.edu.cn', subject: '甲', body: '正文', htmlBody: '<p>正文</p>', name: '校工会', replyTo: 'union@example.edu.cn' });
    app.sendEmail('b@example.edu.cn', '乙', '正文二');
    app.sendEmail('c@example.edu.cn, d@example.edu.cn', '丙', '正文三', { htmlBody: '<b>三</b>', cc: 'e@example.edu.cn' });
    expect(impl.sent.map((m) => [m.to, m.cc, m.subject, m.from.name, m.replyTo])).toEqual([
      [['a@example.edu.cn'], [], '甲', '校工会', 'union@example.edu.cn'],
      [['b@example.edu.cn'], [], '乙', '', ''],
      [['c@example.edu.cn', 'd@example.edu.cn'], ['e@example.edu.cn'], '丙', '', ''],
    ]);
    expect(impl.sent[2].html).toBe('<b>三</b>');
    expect(log.snapshot('mail')).toEqual({ 'MailApp.sendEmail': 3 });
  });

  it('refuses what Apps Script refuses, with its messages', () => {
    const { app, impl } = mailApp({ quota: 2 });
    expect(() => app.sendEmail({ to: 'liu.min@example', subject: 'x', body: 'y' })).toThrow('Invalid email: liu.min@example');
    expect(() => app.sendEmail({ subject: 'x', body: 'y' })).toThrow('no recipient');
    expect(() => app.sendEmail({ to: 'a@example.edu.cn', subject: 'x', body: 'y', attachments: [{}] } as never)).toThrow('not supported offline');
    expect(app.getRemainingDailyQuota()).toBe(2);
    app.sendEmail('a@example.edu.cn', 'x', 'y');
    expect(() => app.sendEmail('a@example.edu.cn, b@example.edu.cn', 'x', 'y')).toThrow('Service invoked too many times for one day: email.');
    expect(app.getRemainingDailyQuota()).toBe(1);
    expect(impl.sent).toHaveLength(1);
    expect(() => (app as unknown as { getAliases(): void }).getAliases()).toThrow('not supported offline');
  });

  it('without a quota set offline, the daily limit is the workbook’s setting alone', () => {
    expect(mailApp().app.getRemainingDailyQuota()).toBe(Infinity);
  });

  it('writes each message as an RFC 5322 .eml: UTF-8, encoded-word Chinese subject, text and HTML alternatives', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'uniondesk-outbox-'));
    const { app, impl } = mailApp({ target: { kind: 'outbox', dir } }, inFlight('001000', '王秀英', 't001000@example.edu.cn'));
    try {
      app.sendEmail({ to: 't001000@example.edu.cn', subject: '【四川农业大学工会】端午安康｜领取通知', body: '尊敬的王秀英老师：\n\n端午安康！', htmlBody: '<p>尊敬的王秀英老师：</p><p>端午安康！</p>', name: '校工会', replyTo: 'union@example.edu.cn' });
    } finally {
      impl.close();
    }
    const file = impl.sent[0].delivery!.file!;
    // Named for the notice in flight (the journal's 发送中 entry): <活动ID>/<工号>-<姓名>.eml.
    expect(file).toBe(join(dir, '2023-端午', '001000-王秀英.eml'));
    const raw = readFileSync(file, 'utf8');
    expect(raw).toMatch(/^Subject: =\?UTF-8\?[BQ]\?/m);
    expect(raw).toMatch(/^Content-Type: multipart\/alternative;/m);
    expect(raw).toMatch(/^Message-ID: <[0-9a-f-]+@uniondesk\.offline>$/m);
    expect(raw).toMatch(/^Date: /m);
    const parsed = await simpleParser(readFileSync(file));
    expect(parsed.subject).toBe('【四川农业大学工会】端午安康｜领取通知');
    expect(parsed.from?.value[0]).toEqual({ name: '校工会', address: 'clerk@example.edu.cn' });
    expect((parsed.to as { text: string }).text).toBe('t001000@example.edu.cn');
    expect(parsed.replyTo?.text).toBe('union@example.edu.cn');
    expect(parsed.text?.trim()).toBe('尊敬的王秀英老师：\n\n端午安康！');
    expect(parsed.html).toBe('<p>尊敬的王秀英老师：</p><p>端午安康！</p>');
    expect(parsed.messageId).toBe(impl.sent[0].messageId);
  });

  it('never writes over an existing file, and makes names Windows accepts', () => {
    const dir = mkdtempSync(join(tmpdir(), 'uniondesk-outbox-'));
    mkdirSync(join(dir, '2023-端午'));
    writeFileSync(join(dir, '2023-端午', '001000-王秀英.eml'), 'the clerk’s own file');
    const first = mailApp({ target: { kind: 'outbox', dir } }, inFlight('001000', '王秀英', 'w@example.edu.cn'));
    const odd = mailApp({ target: { kind: 'outbox', dir } }, inFlight('CON', '王/秀:英?', 'odd@example.edu.cn'));
    try {
      first.app.sendEmail('w@example.edu.cn', 'x', 'y');
      odd.app.sendEmail('odd@example.edu.cn', 'x', 'y');
    } finally {
      first.impl.close();
      odd.impl.close();
    }
    expect(first.impl.sent[0].delivery!.file).toBe(join(dir, '2023-端午', '001000-王秀英-2.eml'));
    expect(readFileSync(join(dir, '2023-端午', '001000-王秀英.eml'), 'utf8')).toBe('the clerk’s own file');
    expect(odd.impl.sent[0].delivery!.file).toBe(join(dir, '2023-端午', 'CON-王_秀_英_.eml'));
  });

  it('--drafts marks the file X-Unsent: 1 so Outlook and Foxmail open it ready to send; From is 设置!发件邮箱', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'uniondesk-outbox-'));
    const { app, impl } = mailApp({ target: { kind: 'outbox', dir, drafts: true } }, inFlight('001000', '王秀英', 'w@example.edu.cn', [['项目', '值'], ['发件邮箱', 'union@example.edu.cn']]));
    try {
      app.sendEmail('w@example.edu.cn', 'x', 'y');
    } finally {
      impl.close();
    }
    const raw = readFileSync(impl.sent[0].delivery!.file!, 'utf8');
    expect(raw).toMatch(/^X-Unsent: 1$/m);
    expect((await simpleParser(raw)).from?.value[0].address).toBe('union@example.edu.cn');
  });

  it('a file that could not be written is a definite failure (失败, retried), with the reason', () => {
    const dir = mkdtempSync(join(tmpdir(), 'uniondesk-outbox-'));
    writeFileSync(join(dir, '2023-端午'), 'a file where the campaign folder should be');
    const { app, impl } = mailApp({ target: { kind: 'outbox', dir } }, inFlight('001000', '王秀英', 'w@example.edu.cn'));
    let message = '';
    try {
      app.sendEmail('w@example.edu.cn', 'x', 'y');
    } catch (e) {
      message = (e as Error).message;
    } finally {
      impl.close();
    }
    expect(message).toContain(`邮件未写入发件箱，发件箱 ${dir}（E`);
    expect(sendErrorKind(message)).toBe('rejected');
    expect(impl.sent).toEqual([]);
  });

  it('a failure to deliver is an error of sendEmail, and nothing counts as sent', () => {
    const { app, impl } = mailApp({ target: parseSmtpUrl('smtp://127.0.0.1:1') });
    let message = '';
    try {
      app.sendEmail('a@example.edu.cn', 'x', 'y');
    } catch (e) {
      message = (e as Error).message;
    } finally {
      impl.close();
    }
    expect(message).toMatch(/^邮件服务器连接或登录失败，已停止发送：连不上邮件服务器 127\.0\.0\.1:1（ECONNREFUSED）/);
    expect(sendErrorKind(message)).toBe('unavailable');
    expect(impl.sent).toEqual([]);
    expect(app.getRemainingDailyQuota()).toBe(Infinity);
  });
});
