// The 慰问通知 actions' results as the sidebar's views. The decisions (who gets a mail, what
// blocks a send, the state of a campaign) are the actions'; this only picks what to show.
import type { ActionResult } from '../kernel/contracts/actionResult';
import type { TestNoticeData } from './sendTestNotice';
import type { Campaign } from './campaign';
import type { CampaignState } from './campaignState';
import type { NoticePreview, PersonLine } from './noticePreview';
import { ROSTER_SPEC } from '../kernel/sheets/schema';
import { problemView } from '../kernel/contracts/problemView';
import type { CampaignOption, NoticePreviewView, PersonView, SendTestView } from '../kernel/contracts/sidebarContract';

/** People listed per kind; the counts carry the totals (a campaign may reach thousands). */
export const PEOPLE_LISTED = 100;

export function campaignOption(c: Campaign, state: CampaignState): CampaignOption {
  return { id: c.id, name: c.name, type: c.type, state, sendAt: c.sendAt ? `${c.sendAt.date} ${c.sendAt.time.slice(0, 5)}` : null };
}

function people(lines: readonly PersonLine[]): PersonView[] {
  return lines.slice(0, PEOPLE_LISTED).map((p) => ({ memberId: p.memberId, name: p.name, email: p.email, note: p.note, sheet: ROSTER_SPEC.name, row: null }));
}

/** A preview result (done, or 'problems' with the preview still attached) as the view. */
export function noticePreviewView(result: ActionResult<NoticePreview>, campaign: CampaignOption): NoticePreviewView {
  const p = result.data!;
  const finished = p.state === '已完成';
  const canSend = result.status === 'done' && !p.blocked && !finished && p.toSend.length > 0;
  const cannotSendReason = canSend ? ''
    : finished ? '该活动已全部发送完毕。如确需给新增人员补发，请把该活动的“状态”清空后再预览（已发送过的人不会重复收到）。'
      : p.blocked ? '存在必须先改正的问题（见“问题”列表），改正之前不会发送任何邮件。'
        : result.status !== 'done' ? result.message.split('\n')[0]
          : '没有需要发送的人。';
  return {
    campaign,
    stateNote: p.stateReason,
    counts: {
      recipients: p.toSend.length + p.alreadySent.length + p.inFlight.length,
      toSend: p.toSend.length,
      alreadySent: p.alreadySent.length,
      inFlight: p.inFlight.length,
      skipped: p.skipped.length,
      problems: result.problems.length,
    },
    toSend: people(p.toSend),
    skipped: people(p.skipped),
    inFlight: people(p.inFlight),
    // When the campaign is not blocked, every one of its problems is a warning.
    problems: result.problems.map((q) => ({ ...problemView(q), blocking: p.blocked })),
    mails: p.mails.map((m) => ({ to: m.to, name: m.name, subject: m.subject, html: m.html, text: m.text })),
    allowance: Number.isFinite(p.allowance) ? p.allowance : null,
    canSend,
    cannotSendReason,
  };
}

export function sendTestView(data: TestNoticeData, message: string): SendTestView {
  return { to: data.to, subject: data.subject, message };
}
