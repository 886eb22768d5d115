import { MAIL_SERVER_FAILED } from '../kernel/services/mailServerFailed';

// What an exception from MailApp.sendEmail (or the offline SMTP transport) tells us about the
// notice. Only errors that certainly mean "nothing was sent" may become 失败 (which is retried);
// anything else might have gone out, so it stays 发送中 for the clerk to check. That is what
// keeps the promise "never the same notice twice".
// 'unavailable': the mail server could not be reached or refused the login or the sender (offline
// SMTP, runner/smtpFailure.ts) before any message was handed over — every mail would fail alike,
// so the run stops and records nobody.
export type SendErrorKind = 'rejected' | 'quota' | 'uncertain' | 'unavailable';

// Not ECONNECTION: nodemailer also says it when the connection drops after the message was
// handed over; before that, the runner says MAIL_SERVER_FAILED (runner/smtpFailure.ts).
const QUOTA = /too many times|quota|额度|limit exceeded/i;
const REJECTED = /邮件未写入发件箱|invalid (email|recipient|argument)|无效的?(电子邮件|邮箱|收件人)|recipient address rejected|EENVELOPE|ECONNREFUSED|EAUTH|no recipient/i;

export function sendErrorKind(message: string): SendErrorKind {
  if (message.startsWith(MAIL_SERVER_FAILED)) return 'unavailable';
  if (QUOTA.test(message)) return 'quota';
  if (REJECTED.test(message)) return 'rejected';
  return 'uncertain';
}
