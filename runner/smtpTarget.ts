// `--smtp smtps://账号@服务器:465`: where mail goes, and the password kept off the command line.
// A password in an argument is readable by every user of the machine (the process list) and stays
// in the shell history, so it comes from UNIONDESK_SMTP_PASSWORD or a prompt that does not echo.
import { isatty } from 'node:tty';
import { UsageError } from './args';
import { readHiddenLine } from './hiddenPrompt';
import { Refusal } from './refusal';

export const PASSWORD_ENV = 'UNIONDESK_SMTP_PASSWORD';

/** An SMTP server as --smtp names it; the password is added by withSmtpPassword. */
export interface SmtpTarget {
  readonly kind: 'smtp';
  /** The URL as shown to the clerk: never holds a password. */
  readonly url: string;
  readonly host: string;
  readonly port: number;
  /** smtps://: TLS from the first byte (port 465); smtp://: STARTTLS, required once there is a login. */
  readonly secure: boolean;
  readonly user: string;
  readonly password?: string;
}

const FORM = 'smtps://账号@服务器:465（SSL）或 smtp://账号@服务器:587（STARTTLS）';

/** Reads --smtp; refuses a password written into it. */
export function parseSmtpUrl(text: string): SmtpTarget {
  let url: URL;
  try {
    url = new URL(text);
  } catch {
    throw new UsageError(`--smtp 应为 ${FORM} 形式的地址，现为“${text}”`);
  }
  const secure = url.protocol === 'smtps:';
  if (!secure && url.protocol !== 'smtp:') throw new UsageError(`--smtp 应为 ${FORM} 形式的地址，现为“${text}”`);
  if (url.password) {
    throw new UsageError(
      '--smtp 的地址里不能写密码：命令行参数会被本机其他用户在进程列表里看到，也会留在命令历史里。'
      + `请把密码（邮箱的授权码）放在环境变量 ${PASSWORD_ENV} 中，或不设置它、运行时按提示输入（输入时不显示）；`
      + `地址只写账号，如 smtps://${decodeURIComponent(url.username) || '账号'}@${url.host || '服务器'}。`,
    );
  }
  if (!url.hostname) throw new UsageError(`--smtp 缺少服务器地址，应为 ${FORM}`);
  if (url.search || (url.pathname && url.pathname !== '/')) throw new UsageError(`--smtp 只写 ${FORM}，不支持“/”或“?”之后的部分，现为“${text}”`);
  const user = decodeURIComponent(url.username);
  const port = url.port ? Number(url.port) : secure ? 465 : 587;
  const shown = `${url.protocol}//${user ? `${user}@` : ''}${url.hostname}:${port}`;
  return { kind: 'smtp', url: shown, host: url.hostname.replace(/^\[|\]$/g, ''), port, secure, user };
}

const PASSWORD_FLAGS = /^(password|passwd|pass|pwd|smtp-pass(word)?|auth(code)?)$/i;

/** No command takes a password in an argument: a flag that looks like one is refused, not ignored. */
export function refusePasswordFlags(flags: Iterable<string>): void {
  for (const name of flags) {
    if (PASSWORD_FLAGS.test(name)) {
      throw new UsageError(`不接受命令行参数 --${name}：命令行里的密码会被本机其他用户在进程列表里看到，也会留在命令历史里。请把 SMTP 密码（邮箱授权码）放在环境变量 ${PASSWORD_ENV} 中，或运行时按提示输入。`);
    }
  }
}

/**
 * The target with its password: UNIONDESK_SMTP_PASSWORD, else typed at a prompt when a person is
 * at the terminal; with neither (cron, a pipe) a Refusal saying how to give it.
 */
export async function withSmtpPassword(target: SmtpTarget): Promise<SmtpTarget> {
  if (!target.user) return target;
  const fromEnv = process.env[PASSWORD_ENV];
  if (fromEnv) return { ...target, password: fromEnv };
  if (!isatty(0)) {
    throw new Refusal(
      `没有 ${target.user} 的邮箱密码，没有发送任何邮件。请先设置环境变量 ${PASSWORD_ENV}（邮箱的授权码，QQ/163/企业邮箱不是登录密码），`
      + '例如 Windows 命令提示符：set UNIONDESK_SMTP_PASSWORD=授权码，Linux/macOS：export UNIONDESK_SMTP_PASSWORD=授权码；'
      + '或在终端窗口里直接运行本命令，按提示输入（定时任务等没有终端的运行只能用环境变量）。',
    );
  }
  const password = await readHiddenLine(`请输入 ${target.user} 在 ${target.host} 的密码（邮箱授权码，输入时不显示，按回车结束）：`);
  if (password === null) throw new Refusal('已取消输入密码，没有发送任何邮件。');
  if (!password) throw new Refusal('没有输入密码，没有发送任何邮件。');
  return { ...target, password };
}

/** What nodemailer is given (in the mail worker): a password in the clear only here, in memory. */
export function transportOptions(target: SmtpTarget): Record<string, unknown> {
  return {
    host: target.host,
    port: target.port,
    secure: target.secure,
    // Never send a login over an unencrypted connection: with an account, STARTTLS is required.
    requireTLS: !target.secure && Boolean(target.user),
    auth: target.user ? { user: target.user, pass: target.password ?? '' } : undefined,
    // Fail fast on a server that never answers, well within SyncMailer's wait for a reply.
    connectionTimeout: 30_000,
    greetingTimeout: 30_000,
  };
}
