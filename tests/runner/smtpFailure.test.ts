import { smtpFailureMessage, type SmtpFailure } from '../../runner/smtpFailure';
import { parseSmtpUrl } from '../../runner/smtpTarget';
import { sendErrorKind } from '../../src/notices/sendErrorKind';

// nodemailer's errors as it reports them (shapes recorded against smtp-server on 127.0.0.1), in the
// clerk's words, and what the send run makes of each: stop ('unavailable'), this member's 失败
// ('rejected'), or unknown whether it went out ('uncertain').

const qq = parseSmtpUrl('smtps://12345678@qq.com@smtp.qq.com:465');
const failure = (f: Partial<SmtpFailure>): SmtpFailure => ({ message: '', code: '', originalCode: '', command: '', responseCode: 0, response: '', ...f });
const said = (f: Partial<SmtpFailure>) => {
  const message = smtpFailureMessage(failure(f), qq);
  return { message, kind: sendErrorKind(message) };
};

it('a sender the server will not take (QQ: From must be the login) stops the send and names 设置!发件邮箱', () => {
  const r = said({ code: 'EENVELOPE', command: 'MAIL FROM', responseCode: 553, response: '553 Mail from must equal authorized user', message: 'Mail command failed: 553 Mail from must equal authorized user' });
  expect(r.kind).toBe('unavailable');
  expect(r.message).toContain('邮件服务器 smtp.qq.com:465 不接受发件人（EENVELOPE 553，服务器回复“553 Mail from must equal authorized user”）');
  expect(r.message).toContain('请确认“设置”表的 发件邮箱 就是 --smtp 中登录的账号 12345678@qq.com');
});

it('a name that does not resolve, or a server that never greets, is "cannot connect"', () => {
  expect(said({ code: 'EDNS', originalCode: 'ENOTFOUND', command: 'CONN', message: 'getaddrinfo ENOTFOUND smtp.qq.com' })).toEqual({
    message: expect.stringContaining('连不上邮件服务器 smtp.qq.com:465（ENOTFOUND）'), kind: 'unavailable',
  });
  expect(said({ code: 'ETIMEDOUT', command: 'CONN', message: 'Greeting never received' }).kind).toBe('unavailable');
});

it('a recipient refused at RCPT TO is that member’s 失败; a failure during DATA may have gone out', () => {
  const refused = said({ code: 'EENVELOPE', command: 'RCPT TO', responseCode: 550, response: '550 Mailbox not found', message: "Can't send mail - all recipients were rejected: 550 Mailbox not found" });
  expect(refused).toEqual({ message: '邮件服务器拒收（EENVELOPE 550）：550 Mailbox not found', kind: 'rejected' });
  expect(said({ code: 'ESOCKET', originalCode: 'ECONNRESET', command: 'DATA', message: 'read ECONNRESET' }).kind).toBe('uncertain');
  expect(said({ code: 'ETIMEDOUT', message: 'Timeout' }).kind).toBe('uncertain');
  expect(said({ code: 'ECONNECTION', command: 'DATA', message: 'Connection closed unexpectedly' }).kind).toBe('uncertain');
});
