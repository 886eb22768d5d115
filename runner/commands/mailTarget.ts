import { flag, type ParsedArgs, UsageError } from '../args';
import { besideWorkbook, type OfflineSession } from '../offlineSession';
import { offlineSender } from '../senderAddress';
import type { MailOptions } from '../services/mail';
import type { MailTarget } from '../syncMailer';
import { parseSmtpUrl, withSmtpPassword } from '../smtpTarget';

/**
 * --smtp URL, else --outbox DIR, else outbox/ beside the workbook. The SMTP password is asked for
 * only when this run sends (`sending`): a preview has no use for it.
 */
export async function mailTarget(args: ParsedArgs, workbookPath: string, sending: boolean): Promise<MailTarget> {
  const smtp = flag(args, 'smtp');
  const outbox = flag(args, 'outbox');
  if (smtp && outbox) throw new UsageError('--outbox 和 --smtp 只能选一个');
  if (smtp && args.flags.has('drafts')) throw new UsageError('--drafts 只用于发件箱（.eml 文件），不能与 --smtp 同用');
  if (smtp) {
    const target = parseSmtpUrl(smtp);
    return sending ? withSmtpPassword(target) : target;
  }
  return { kind: 'outbox', dir: outbox ?? besideWorkbook(workbookPath, 'outbox'), drafts: args.flags.has('drafts') };
}

/** Why this run cannot send offline (no From address), or null. */
export function senderProblem(session: OfflineSession, user: string | undefined): string | null {
  const sender = offlineSender(session.services.workbook, user ?? '');
  return 'problem' in sender ? sender.problem : null;
}

export function describeTarget(target: MailTarget): string {
  if (target.kind === 'outbox' && target.drafts) return `发件箱文件夹 ${target.dir}（草稿：在 Outlook/Foxmail 中打开后点“发送”）`;
  return target.kind === 'outbox' ? `发件箱文件夹 ${target.dir}` : `邮件服务器（SMTP）${target.url}`;
}

/** MailApp options for a sending command: progress every 100 mails. */
export function mailOptions(target: MailTarget, print: (line: string) => void): MailOptions {
  return {
    target,
    afterSend: (_mail, n) => {
      if (n % 100 === 0) print(`  已发出 ${n} 封……`);
    },
  };
}
