import type { Mailer } from '../kernel/services/mail';
import { oneLine } from '../kernel/text/oneLine';

/** MailApp as the port's Mailer. */

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
