import { oneLine, type RenderedMail } from '../notices/templateRender';

/** One notice as MailApp sends it. */
export interface OutgoingMail {
  readonly to: string;
  readonly mail: RenderedMail;
  /** 设置!发件人名称; '' = the account's own name. */
  readonly senderName: string;
  /** 设置!回复地址; '' = replies go to the sending account. */
  readonly replyTo: string;
}

export interface Mailer {
  /** Recipients MailApp still allows today (100 for consumer accounts, 1,500 for Workspace). */
  remainingQuota(): number;
  /** Throws when MailApp refuses or fails. */
  send(message: OutgoingMail): void;
}

export function mailApp(app: GoogleAppsScript.Mail.MailApp = MailApp): Mailer {
  return {
    remainingQuota: () => app.getRemainingDailyQuota(),
    send: ({ to, mail, senderName, replyTo }) => {
      // Every value that becomes a header comes from a cell (设置 too): no line break may start another header.
      const name = oneLine(senderName);
      const reply = oneLine(replyTo);
      app.sendEmail({
        to: oneLine(to),
        subject: oneLine(mail.subject),
        body: mail.text,
        htmlBody: mail.html,
        ...(name ? { name } : {}),
        ...(reply ? { replyTo: reply } : {}),
      });
    },
  };
}
