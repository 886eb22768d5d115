// How far a send has got, for the sidebar's progress bar. The send itself journals every
// notice's state in a document property (src/kernel/journal/sendJournal.ts); the sidebar's send call
// watches those journal writes and tallies them here, so progress costs no spreadsheet call.
import type { CampaignRunReport } from './campaignRunReport';
import { decodeJournal } from '../kernel/journal/sendJournal';
import type { SendState } from '../kernel/journal/sendRecord';
import type { SendPhase, SendProgressView } from '../kernel/contracts/sidebarContract';

export class SendTally {
  /** The latest settled state of each notice this run touched (the journal is cleared on each flush). */
  private readonly settled = new Map<string, SendState>();

  constructor(readonly campaignId: string, readonly total: number) {}

  /** Takes a journal as written; true when the counts changed. */
  takeJournal(encoded: string): boolean {
    const journal = decodeJournal(encoded);
    if (!journal.ok) return false;
    let changed = false;
    for (const r of journal.records) {
      if (r.campaignId !== this.campaignId || r.kind === '催领' || r.state === '发送中' || this.settled.get(r.memberId) === r.state) continue;
      this.settled.set(r.memberId, r.state);
      changed = true;
    }
    return changed;
  }

  view(phase: SendPhase, message: string): SendProgressView {
    let sent = 0;
    let failed = 0;
    let skipped = 0;
    for (const s of this.settled.values()) {
      if (s === '已发送') sent++;
      else if (s === '失败') failed++;
      else if (s === '跳过') skipped++;
    }
    return { campaignId: this.campaignId, phase, total: this.total, sent, failed, skipped, remaining: Math.max(0, this.total - sent - failed), message };
  }
}

/** The end of a run, from the action's report. */
export function finalProgress(report: CampaignRunReport, message: string): SendProgressView {
  const failed = report.failed.length + (report.uncertain ? 1 : 0);
  return {
    campaignId: report.campaignId,
    phase: report.stoppedBy === 'done' ? 'done' : 'stopped',
    total: report.sent + failed + report.left,
    sent: report.sent,
    failed,
    skipped: report.skipped.length,
    remaining: report.left,
    message,
  };
}

export function idleProgress(campaignId: string): SendProgressView {
  return { campaignId, phase: 'idle', total: 0, sent: 0, failed: 0, skipped: 0, remaining: 0, message: '' };
}

/** A progress record as stored in the document property; null when it is not one. */
export function readProgress(text: string | null, campaignId: string): SendProgressView | null {
  if (!text) return null;
  try {
    const p = JSON.parse(text) as SendProgressView;
    return p && p.campaignId === campaignId && typeof p.sent === 'number' ? p : null;
  } catch {
    return null;
  }
}
