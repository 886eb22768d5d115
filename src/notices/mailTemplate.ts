/** One row of 邮件模板, parsed. */
export interface MailTemplate {
  readonly row: number;
  readonly name: string;
  readonly subject: string;
  /** Plain text (blank lines separate paragraphs) or HTML. */
  readonly body: string;
}
