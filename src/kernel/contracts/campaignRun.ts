// What a run of 发送慰问通知 (by hand or by the hourly trigger) reports to the clerk, the sidebar and the CLI.

export interface PersonLine {
  readonly memberId: string;
  readonly name: string;
  readonly email: string;
  /** Why skipped, the time sent, or the note of a 发送中 record. */
  readonly note: string;
}

/** 'unavailable': the mail server failed before taking any message (offline SMTP): nobody recorded. */
export type StopReason = 'done' | 'quota' | 'time' | 'uncertain' | 'unavailable';

/** What one campaign's run did, for the clerk's message, the CLI and the approver's report. */
export interface CampaignRunReport {
  readonly campaignId: string;
  readonly campaignName: string;
  readonly sent: number;
  readonly alreadySent: number;
  readonly skipped: readonly PersonLine[];
  readonly failed: readonly PersonLine[];
  readonly uncertain: PersonLine | null;
  /** What the mail server did wrong (stoppedBy 'unavailable'). */
  readonly serverProblem?: string;
  /** 发送中 notices from earlier runs, left to the clerk. */
  readonly inFlight: readonly PersonLine[];
  /** Planned notices not attempted in this run (quota, time or a stop). */
  readonly left: number;
  readonly stoppedBy: StopReason;
  readonly finished: boolean;
}

export interface AutoSendData {
  readonly runs: readonly CampaignRunReport[];
  readonly reports: readonly { readonly to: string; readonly subject: string }[];
  /** Campaigns approved and due but not sent (problems, or changed since approval). */
  readonly held: readonly string[];
}
