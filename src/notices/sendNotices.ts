// 发送慰问通知: validates everything, then sends one campaign under the document lock, at most
// once per (活动ID, 工号), within the day's quota, stopping cleanly before Apps Script's 6-minute
// limit and continuing from a one-off trigger. Sending by hand is the clerk's own approval.
import { adminRefusal } from '../kernel/adminCheck';
import { Deadline } from '../kernel/deadline';
import { checkNotices, type NoticeCheck, renderFor } from './noticeCheck';
import type { PersonLine } from './noticePreview';
import { type CampaignRunReport, runMessage } from './campaignRunReport';
import { isBlocking, type Problem } from '../kernel/problem';
import { JOURNAL_PROPERTY } from '../kernel/journal/sendJournal';
import { dailyAllowance } from './sendPlan';
import { latestStates, type SendRecord, sentOn } from '../kernel/journal/sendRecord';
import { finishedAfter, runSends, type SendEffects, type StopReason } from './sendRun';
import type { Cell } from '../kernel/values/cell';
import { SHEET } from '../kernel/sheets/schema';
import { endSend, otherSendPending, type PausableSend, pendingSend, resumeSend, settleSend } from '../kernel/sendContinuation';
import type { ActionResult } from '../kernel/contracts/actionResult';
import { resultText } from '../kernel/contracts/resultText';
import {
  askCampaign, type CampaignChoice, chooseCampaign, isProblem,
  type NoticeSession, nowText, problemLines, readNoticeSession, sendLogRows, storedState, wallClockOf, writeCampaignColumns,
} from './noticeData';
import { LOCKED_MESSAGE, type Services, servicesWith } from '../kernel/services/services';

const TITLE = '发送慰问通知';
/** A send by hand, paused near the time limit, resumes from its own one-off trigger. */
export const NOTICE_SEND: PausableSend = { job: 'sendNotices', handler: 'continueSendingNotices', title: TITLE, noun: '' };
export const AUTO_SEND_HANDLER = 'autoSendNotices';
export const UNKNOWN_USER = '（未识别的用户）';

export interface RunOptions {
  readonly operator: string;
  readonly allowance: number;
  readonly deadline: Deadline;
  /** Journal records of a crashed run, appended before anything else (first run of an execution). */
  readonly recovered: readonly SendRecord[];
  /** Record this approval (审核人) with the send: sending a 草稿 by hand approves it. */
  readonly approveAs: string | null;
}

const line = (r: { memberId: string; name: string; email: string }, note: string): PersonLine => ({ memberId: r.memberId, name: r.name, email: r.email, note });

/** Sends one checked, unblocked campaign and records its new 状态. */
export function runCampaign(services: Services, session: NoticeSession, check: NoticeCheck, options: RunOptions): CampaignRunReport {
  const { campaign, plan } = check;
  const approval = (): Record<string, Cell> => (options.approveAs === null ? {} : {
    审核人: options.approveAs,
    审核时间: wallClockOf(nowText(session)),
    审核指纹: check.fingerprint,
  });
  if (plan.toSend.length) writeCampaignColumns(session, campaign, { 状态: '发送中', ...approval() });

  const outcome = runSends({ plan, allowance: options.allowance, operator: options.operator, recovered: options.recovered }, sendEffects(services, session, check, options.deadline));
  const finished = finishedAfter(plan, outcome);
  const state = finished ? '已完成' : '发送中';
  if (state !== storedState(session, campaign) || (options.approveAs !== null && !plan.toSend.length)) {
    writeCampaignColumns(session, campaign, { 状态: state, ...(plan.toSend.length ? {} : approval()) });
  }
  return {
    campaignId: campaign.id,
    campaignName: campaign.name,
    sent: outcome.sent.length,
    alreadySent: plan.alreadySent.length,
    skipped: plan.skipped.map((s) => line(s, s.reason)),
    failed: outcome.failed.map((f) => line(f.recipient, f.note)),
    uncertain: outcome.uncertain ? line(outcome.uncertain.recipient, outcome.uncertain.note) : null,
    ...(outcome.serverProblem ? { serverProblem: outcome.serverProblem } : {}),
    inFlight: plan.inFlight.map((r) => line(r, r.note || `${r.time} 开始发送，结果未知`)),
    left: outcome.left,
    stoppedBy: outcome.stoppedBy,
    finished,
  };
}

/**
 * How a run of notices or of 催领 reminders touches the world: one mail per recipient rendered
 * from `check`'s template, the journal in document properties, 发送记录 appended and flushed.
 */
export function sendEffects(services: Services, session: NoticeSession, check: NoticeCheck, deadline: Deadline): SendEffects {
  const { workbook, properties, mail } = services;
  const { settings } = session.data;
  return {
    now: () => nowText(session),
    deliver: (r) => mail.send({ to: r.email, mail: renderFor(session.data, check, r), senderName: settings.senderName, replyTo: settings.replyTo }),
    saveJournal: (encoded) => {
      if (encoded) properties.setProperty(JOURNAL_PROPERTY, encoded);
      else properties.deleteProperty(JOURNAL_PROPERTY);
    },
    appendLog: (records) => {
      workbook.append(SHEET.sendLog, sendLogRows(session.sendLogTable, records));
      workbook.flush();
    },
    timeLeft: () => !deadline.expired(Date.now()),
    quotaLeft: () => mail.remainingQuota(),
  };
}

/** Mails allowed now: the lower of MailApp's quota and what 每日发信上限 leaves today. */
export function allowanceNow(services: Services, session: NoticeSession): number {
  const today = nowText(session).slice(0, 10);
  return dailyAllowance(services.mail.remainingQuota(), session.data.settings.dailyMailLimit, sentOn(today, latestStates(session.data.sendRecords)));
}

/** The menu item: pick the campaign, show what will happen, confirm, send, report. */
export function menuSendNotices(services: Services): ActionResult<CampaignRunReport> {
  // Apps Script's 6 minutes run from the click: the time the clerk spends on the dialogs counts.
  const startedAt = Date.now();
  const choice = askCampaign(TITLE, services);
  if (!choice) return { status: 'cancelled', message: '已取消。', problems: [] };
  const session = readNoticeSession(services);
  const campaign = chooseCampaign(session, choice);
  if (isProblem(campaign)) {
    services.ui.alert(TITLE, problemLines([campaign]).join('\n'));
    return { status: 'problems', message: campaign.message, problems: [campaign] };
  }
  const check = checkNotices(session.data, campaign);
  if (!check.blocked && check.state.state !== '已完成') {
    const allowance = allowanceNow(services, session);
    const today = Math.min(allowance, check.plan.toSend.length);
    const later = check.plan.toSend.length - today;
    const question = [
      `将向活动“${campaign.id}”（${campaign.name}）的 ${check.plan.toSend.length} 人发送通知${later ? `：今天发送 ${today} 封，其余 ${later} 封受每日发信额度限制，之后再发` : ''}。`,
      check.plan.skipped.length ? `另有 ${check.plan.skipped.length} 人因没有可用邮箱被跳过（会记入发送记录）。` : '',
      check.plan.alreadySent.length ? `已发送过的 ${check.plan.alreadySent.length} 人不会重复发送。` : '',
      check.plan.inFlight.length ? `有 ${check.plan.inFlight.length} 人上次发送中断、结果未知，本次不会给他们发送，请核实。` : '',
      check.problems.length ? `\n提示：\n${problemLines(check.problems).slice(0, 10).join('\n')}` : '',
      '\n发送即视为您审核通过该活动。确定发送吗？',
    ].filter(Boolean).join('\n');
    if (!services.ui.confirm(TITLE, question)) return { status: 'cancelled', message: '已取消，没有发送任何邮件。', problems: [] };
  }
  // Read again under the lock: the sheet may have changed while the clerk read the question.
  const result = sendNotices(choice, servicesWith(services, { workbook: services.openWorkbook() }), startedAt);
  services.ui.alert(TITLE, resultText(result, 15));
  return result;
}

/** Sends a campaign by hand (menu, sidebar, `notices --send`). */
export function sendNotices(choice: CampaignChoice, services: Services, startedAt: number = Date.now()): ActionResult<CampaignRunReport> {
  const outcome = services.lock.run(() => sendLocked(choice, services, services.user.email() || UNKNOWN_USER, false, startedAt));
  if (outcome.locked) return { status: 'locked', message: LOCKED_MESSAGE, problems: [] };
  return outcome.value;
}

/** The one-off trigger that resumes a send stopped to stay within the time limit. */
export function continueSendingNotices(services: Services): ActionResult<CampaignRunReport> {
  return resumeSend(NOTICE_SEND, services, (pending, startedAt) => sendLocked({ campaignId: pending.campaignId }, services, pending.by || UNKNOWN_USER, true, startedAt));
}

function sendLocked(choice: CampaignChoice, services: Services, operator: string, continuing: boolean, startedAt: number): ActionResult<CampaignRunReport> {
  const deadline = new Deadline(startedAt);
  const session = readNoticeSession(services);
  const stop = (status: 'refused' | 'problems', message: string, problems: Problem[] = []): ActionResult<CampaignRunReport> => {
    if (continuing) endSend(NOTICE_SEND, services.properties);
    return { status, message, problems };
  };
  if (session.journalProblem) return stop('refused', session.journalProblem);
  const refusal = continuing ? null : adminRefusal(session.data.settings.admins, services.user.email());
  if (refusal) return stop('refused', refusal);
  const campaign = chooseCampaign(session, choice);
  if (isProblem(campaign)) return stop('problems', campaign.message, [campaign]);
  const otherPending = continuing ? null : otherSendPending(NOTICE_SEND, pendingSend(NOTICE_SEND, services.properties), campaign.id);
  if (otherPending) return stop('refused', otherPending);
  const check = checkNotices(session.data, campaign);
  if (check.state.state === '已完成') {
    if (continuing) endSend(NOTICE_SEND, services.properties);
    return { status: 'done', message: `活动“${campaign.id}”已全部发送完毕，本次没有发送。如确需给新增人员补发，请把该活动的“状态”清空后再发送（已发送过的人不会重复收到）。`, problems: [] };
  }
  if (continuing && check.state.state === '草稿') {
    return stop('refused', `活动“${campaign.id}”在分批发送期间被修改过，已停止自动继续。请检查后重新点击“发送慰问通知”。`);
  }
  if (check.blocked) {
    return stop('problems', `活动“${campaign.id}”的数据有问题，没有发送任何邮件。请改正后再发送：`, check.problems.filter(isBlocking));
  }
  const report = runCampaign(services, session, check, {
    operator,
    allowance: allowanceNow(services, session),
    deadline,
    recovered: session.recovered,
    approveAs: check.state.state === '草稿' ? operator : null,
  });
  settleSend(NOTICE_SEND, services, report.stoppedBy === 'time' ? { campaignId: campaign.id, by: operator, startedAt: nowText(session) } : null);
  const autoOn = report.stoppedBy === 'quota' && services.triggers.hasHourly(AUTO_SEND_HANDLER);
  // A mail server that cannot be used is the clerk's to fix before anything can be sent.
  return { status: report.stoppedBy === 'unavailable' ? 'refused' : 'done', message: runMessage(report, autoOn), problems: check.problems, data: report };
}
