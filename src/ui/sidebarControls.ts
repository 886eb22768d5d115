// Which controls the clerk may use now. While any call is in flight (or a send runs) nothing is
// usable, so a double click can never apply or send twice.
import type { SidebarState } from './sidebarState';

export interface Controls {
  readonly tabs: boolean;
  readonly calendarPreview: boolean;
  readonly calendarApply: boolean;
  readonly campaignSelect: boolean;
  readonly noticePreview: boolean;
  readonly mailPrevious: boolean;
  readonly mailNext: boolean;
  readonly sendTest: boolean;
  readonly send: boolean;
  readonly confirmSend: boolean;
  readonly cancelSend: boolean;
  readonly aidCheck: boolean;
  /** The row buttons (problems, skipped members, aid rows) that select a row in the sheet. */
  readonly rowLinks: boolean;
}

export function controls(state: SidebarState): Controls {
  const idle = state.pending === null && !state.notices.sending;
  const cal = state.calendar;
  const n = state.notices;
  const preview = n.preview && n.preview.campaign.id === n.selectedId ? n.preview : null;
  const mails = preview?.mails.length ?? 0;
  const changes = cal.preview ? cal.preview.counts.create + cal.preview.counts.update + cal.preview.counts.delete : 0;
  return {
    tabs: idle,
    calendarPreview: idle,
    // A preview that has been applied is spent: the clerk previews again before another apply.
    calendarApply: idle && cal.preview !== null && cal.applied === null && changes > 0,
    campaignSelect: idle && !n.confirming && (n.campaigns?.length ?? 0) > 0,
    noticePreview: idle && !n.confirming && n.selectedId !== null,
    mailPrevious: idle && n.mailIndex > 0,
    mailNext: idle && n.mailIndex < mails - 1,
    sendTest: idle && !n.confirming && mails > 0 && preview?.campaign.state !== '已完成',
    send: idle && !n.confirming && preview !== null && preview.canSend,
    confirmSend: idle && n.confirming && preview !== null && preview.canSend,
    cancelSend: idle && n.confirming,
    aidCheck: idle,
    rowLinks: idle,
  };
}
