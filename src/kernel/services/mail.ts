// Mail as the port sends it: MailApp on Google, the outbox or SMTP offline.

/** A rendered notice. */
export interface RenderedMail {
  /** One line: CR/LF never reach a mail header. */
  readonly subject: string;
  readonly text: string;
  readonly html: string;
}

/** One notice as it is sent. */
export interface OutgoingMail {
  readonly to: string;
  readonly mail: RenderedMail;
  /** 设置!发件人名称; '' = the account's own name. */
  readonly senderName: string;
  /** 设置!回复地址; '' = replies go to the sending account. */
  readonly replyTo: string;
}

export interface Mailer {
  /** Recipients the mail service still allows today (100 for consumer accounts, 1,500 for Workspace). */
  remainingQuota(): number;
  /** Throws when the mail service refuses or fails. */
  send(message: OutgoingMail): void;
}
