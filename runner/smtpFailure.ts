// What nodemailer's error says about a mail, in the clerk's words. A failure to connect, to set
// up TLS or to log in, or a sender the server refuses (MAIL FROM), happens before the message is
// handed over and fails every mail alike: it starts with MAIL_SERVER_FAILED, which stops the run
// without writing anyone down as 失败 (src/notices/sendErrorKind.ts). A refused recipient
// (RCPT TO) is that member's 失败. Codes: nodemailer's lib/errors (ECONNECTION, ETLS, EAUTH, …).
import { MAIL_SERVER_FAILED } from '../src/kernel/services/mailServerFailed';
import { PASSWORD_ENV, type SmtpTarget } from './smtpTarget';

export interface SmtpFailure {
  readonly message: string;
  /** nodemailer's code (ESOCKET, EAUTH, …) and, for a system error, the original one (ECONNREFUSED). */
  readonly code: string;
  readonly originalCode: string;
  /** The SMTP step that failed: CONN, EHLO, STARTTLS, AUTH PLAIN, MAIL FROM, RCPT TO, DATA… */
  readonly command: string;
  readonly responseCode: number;
  /** The server's reply line, when it answered. */
  readonly response: string;
}

const TLS_ERROR = /^(ERR_SSL|ERR_TLS|CERT_|UNABLE_TO_|SELF_SIGNED|DEPTH_ZERO|HOSTNAME|ERR_OSSL)/;
const BEFORE_MESSAGE = /^(CONN|EHLO|HELO|LHLO|STARTTLS|AUTH|greeting)/i;

export function smtpFailureMessage(f: SmtpFailure, target: SmtpTarget): string {
  const server = `${target.host}:${target.port}`;
  const why = [f.originalCode || f.code, f.responseCode || ''].filter(Boolean).join(' ');
  const said = f.response ? `，服务器回复“${f.response.slice(0, 120)}”` : '';
  const stop = (text: string) => `${MAIL_SERVER_FAILED}：${text}`;
  if (f.code === 'EAUTH' || f.code === 'ENOAUTH' || /^AUTH/i.test(f.command)) {
    return stop(`邮件服务器 ${server} 拒绝登录（${why}${said}）。请检查账号 ${target.user} 和密码：QQ 邮箱、163 邮箱、腾讯企业邮箱要用网页邮箱“设置”里开启 SMTP 服务后生成的授权码，不是登录密码；授权码放在环境变量 ${PASSWORD_ENV} 中，或不设置它、运行时重新输入。`);
  }
  const tlsFailed = f.code === 'ETLS' || TLS_ERROR.test(f.originalCode) || (f.command === 'CONN' && /SSL|TLS|certificate/i.test(f.message));
  if (tlsFailed) {
    return stop(`与邮件服务器 ${server} 建立加密连接失败（${why}${said}）。请检查协议与端口是否对应：smtps:// 用于 465 端口（SSL），smtp:// 用于 587 或 25 端口（STARTTLS）；为保护密码，不加密的连接不会登录。证书不被信任时，请向邮件管理员确认服务器地址。`);
  }
  if (f.command === 'MAIL FROM') {
    return stop(`邮件服务器 ${server} 不接受发件人（${why}${said}）。请确认“设置”表的 发件邮箱 就是 --smtp 中登录的账号${target.user ? ` ${target.user}` : '（--smtp 需写上账号：smtps://账号@服务器:465）'}。`);
  }
  if (BEFORE_MESSAGE.test(f.command) || f.code === 'EDNS' || (f.code === 'ECONNECTION' && !f.command)) {
    return stop(`连不上邮件服务器 ${server}（${why}${said}）。请检查 --smtp 中的服务器地址和端口，以及网络和防火墙。`);
  }
  if (f.command === 'RCPT TO') return `邮件服务器拒收（EENVELOPE ${f.responseCode || ''}）：${f.response || f.message}`.trim();
  return `SMTP 发送失败（${f.code || f.responseCode || '未知错误'}）：${f.message}`;
}
