// 发送催领通知: the preview (who is reminded, everyone else counted per reason; after 领取截止 the
// members still to call), and the send — under the document lock, through the notices' journal
// under the reminder's own key, within the day's quota and the run's time budget, resuming from
// a one-off trigger as a notice send does — by hand, or hourly for due campaigns.
import { adminRefusal } from '../kernel/adminCheck';
import type { Campaign } from '../notices';
import { Deadline } from '../kernel/deadline';
import { CONTINUE_AFTER_MS, endSend, otherSendPending, type PausableSend, pendingSend, resumeSend, settleSend } from '../kernel/sendContinuation';
import { findCampaign } from '../notices';
import type { SendRecord } from '../kernel/journal/sendRecord';
import { runSends, type StopReason } from '../notices';
import { workingDays } from '../kernel/dates/workingDays';
import { readHolidays } from '../kernel/dates/readHolidays';
import { SHEET } from '../kernel/sheets/schema';
import { LOCKED_MESSAGE, type Services } from '../kernel/services/services';
import type { ActionResult } from '../kernel/contracts/actionResult';
import type { Problem } from '../kernel/problem';
import { isProblem, type NoticeSession, nowText, readNoticeSession } from '../notices';
import { allowanceNow, AUTO_CONTINUE_HANDLER, sendEffects, UNKNOWN_USER } from '../notices';
import { latestPickups } from './pickupRecord';
import { readPickupLog } from './readPickupLog';
import { IF_TRIGGER_TIME_USED_UP } from '../kernel/triggerTimeNotice';
import { checkReminders, type ReminderCheck } from './reminderCheck';
import { reminderPreviewLines } from './reminderPreview';

/** A reminder send by hand, paused near the time limit, resumes from its own one-off trigger. */
export const REMINDER_SEND: PausableSend = { job: 'sendReminders', handler: 'continueSendingReminders', title: '发送催领通知', noun: '的催领通知' };

export interface ReminderRunData {
  readonly campaignId: string;
  readonly sent: number;
  readonly failed: number;
  readonly left: number;
  readonly stoppedBy: StopReason | 'refused';
}

interface ReminderSession {
  readonly notice: NoticeSession;
  readonly check: (campaign: Campaign) => ReminderCheck;
  readonly problems: Problem[];
}

function readReminderSession(services: Services): ReminderSession {
  const notice = readNoticeSession(services);
  const log = readPickupLog(services.workbook.read(SHEET.pickupLog));
  const holidays = readHolidays(services.workbook.read(SHEET.holidays));
  const pickups = latestPickups(log.records);
  const status = workingDays(holidays.entries);
  const today = nowText(notice).slice(0, 10);
  return { notice, check: (c) => checkReminders(notice.data, c, pickups, today, status), problems: [...log.problems, ...holidays.problems] };
}

export function previewReminders(request: { campaignId: string }, services: Services): ActionResult<{ lines: string[] }> {
  const session = readReminderSession(services);
  const campaign = findCampaign(session.notice.data, request.campaignId ?? '');
  if (isProblem(campaign)) return { status: 'problems', message: campaign.message, problems: [campaign] };
  const check = session.check(campaign);
  const lines = reminderPreviewLines(check);
  return { status: check.refusal && check.timing.phase !== 'over' ? 'problems' : 'done', message: lines.join('\n'), problems: [...check.problems, ...session.problems], data: { lines } };
}

/** Sends a campaign's reminders by hand (menu, `remind --send`); the 6 minutes count from `startedAt`. */
export function sendReminders(request: { campaignId: string }, services: Services, startedAt: number = Date.now()): ActionResult<ReminderRunData> {
  const outcome = services.lock.run(() => remindLocked(request.campaignId ?? '', services, services.user.email() || UNKNOWN_USER, false, startedAt));
  if (outcome.locked) return { status: 'locked', message: LOCKED_MESSAGE, problems: [] };
  return outcome.value;
}

/** The one-off trigger that resumes a reminder send stopped to stay within the time limit. */
export function continueSendingReminders(services: Services): ActionResult<ReminderRunData> {
  return resumeSend(REMINDER_SEND, services, (pending, startedAt) => remindLocked(pending.campaignId, services, pending.by || UNKNOWN_USER, true, startedAt));
}

function remindLocked(campaignId: string, services: Services, operator: string, continuing: boolean, startedAt: number): ActionResult<ReminderRunData> {
  const deadline = new Deadline(startedAt);
  const session = readReminderSession(services);
  const stop = (result: ActionResult<ReminderRunData>): ActionResult<ReminderRunData> => {
    if (continuing) endSend(REMINDER_SEND, services.properties);
    return result;
  };
  if (session.notice.journalProblem) return stop(refused(session.notice.journalProblem));
  // A continuation finishes what a 管理员 started; in a trigger the user's email may not be visible.
  const refusal = continuing ? null : adminRefusal(session.notice.data.settings.admins, services.user.email());
  if (refusal) return stop(refused(refusal));
  const campaign = findCampaign(session.notice.data, campaignId);
  if (isProblem(campaign)) return stop({ status: 'problems', message: campaign.message, problems: [campaign] });
  const otherPending = continuing ? null : otherSendPending(REMINDER_SEND, pendingSend(REMINDER_SEND, services.properties), campaign.id);
  if (otherPending) return refused(otherPending);
  const check = session.check(campaign);
  if (check.refusal) return stop({ ...refused(check.refusal), problems: check.problems });
  const result = runReminders(services, session.notice, check, operator, allowanceNow(services, session.notice), session.notice.recovered, deadline);
  const paused = result.data?.stoppedBy === 'time' ? { campaignId: campaign.id, by: operator, startedAt: nowText(session.notice) } : null;
  settleSend(REMINDER_SEND, services, paused);
  return result;
}

/**
 * The hourly trigger's part: every campaign whose notice went out, whose 催领模板 is set and whose
 * reminder day has come gets its reminders, while the quota lasts (the rest go the next run).
 */
export function autoSendReminders(services: Services, startedAt: number = Date.now()): ActionResult<{ runs: ReminderRunData[] }> {
  const outcome = services.lock.run(() => {
    // The notices sent earlier in this execution used part of its 6 minutes.
    const deadline = new Deadline(startedAt);
    const session = readReminderSession(services);
    if (session.notice.journalProblem) return { status: 'refused' as const, message: session.notice.journalProblem, problems: [], data: { runs: [] } };
    const runs: ReminderRunData[] = [];
    let recovered: readonly SendRecord[] = session.notice.recovered;
    let paused = false;
    for (const campaign of session.notice.data.campaigns) {
      const check = session.check(campaign);
      if (check.timing.phase !== 'due' || check.refusal || !check.plan.toSend.length) continue;
      if (deadline.expired(Date.now())) {
        paused = true;
        break;
      }
      const operator = `自动催领（${campaign.approval.approver || UNKNOWN_USER}）`;
      // 发送记录 as read does not hold this run's sends: count them against 每日发信上限 here.
      const sentSoFar = runs.reduce((n, r) => n + r.sent, 0);
      const result = runReminders(services, session.notice, check, operator, Math.max(0, allowanceNow(services, session.notice) - sentSoFar), recovered, deadline);
      recovered = [];
      if (result.data) runs.push(result.data);
      if (result.data?.stoppedBy === 'unavailable') return { ...result, data: { runs } };
      if (result.data?.stoppedBy === 'time') paused = true;
      if (result.data?.stoppedBy === 'quota' || result.data?.stoppedBy === 'time') break;
    }
    // The rest within a minute, as the notices' part does, rather than at the next hourly run.
    if (paused) services.triggers.scheduleContinuation(AUTO_CONTINUE_HANDLER, CONTINUE_AFTER_MS);
    const sent = runs.reduce((n, r) => n + r.sent, 0);
    return { status: 'done' as const, message: runs.length ? `自动催领：本次共发送 ${sent} 封。` : '自动催领：没有到期需要发送的催领通知。', problems: [], data: { runs } };
  });
  if (outcome.locked) return { status: 'locked', message: LOCKED_MESSAGE, problems: [] };
  return outcome.value;
}

function refused(message: string): ActionResult<ReminderRunData> {
  return { status: 'refused', message, problems: [] };
}

function runReminders(services: Services, session: NoticeSession, check: ReminderCheck, operator: string, allowance: number, recovered: readonly SendRecord[], deadline = new Deadline(Date.now())): ActionResult<ReminderRunData> {
  const outcome = runSends({ plan: check.plan, allowance, operator, recovered }, sendEffects(services, session, check.notice, deadline));
  const id = check.campaign.id;
  const lines = [`活动“${id}”催领：本次发送 ${outcome.sent.length} 封${check.plan.alreadySent.length ? `（此前已催领 ${check.plan.alreadySent.length} 人，未重复发送）` : ''}。`];
  if (outcome.failed.length) lines.push(`发送失败 ${outcome.failed.length} 人（再次发送时会重试）：${outcome.failed.slice(0, 10).map((f) => `${f.recipient.name}（${f.note}）`).join('；')}`);
  if (check.plan.inFlight.length) lines.push(`上次催领中断、结果未知的 ${check.plan.inFlight.length} 人本次没有发送，请核实：${check.plan.inFlight.map((r) => r.name).join('、')}`);
  if (outcome.uncertain) lines.push(`给 ${outcome.uncertain.recipient.name}（${outcome.uncertain.recipient.memberId}）发信时出错，无法确定是否已发出，已停止：${outcome.uncertain.note}`);
  if (outcome.stoppedBy === 'quota') lines.push(`今天的发信额度已用完，剩余 ${outcome.left} 封明天继续（自动发送开启时会自动接着发）。`);
  if (outcome.stoppedBy === 'time') lines.push(`为避免超过 Apps Script 每次运行 6 分钟的限制，已暂停；剩余 ${outcome.left} 封将在约 1 分钟后自动继续发送（已发出的不会重复；${IF_TRIGGER_TIME_USED_UP}）。`);
  if (outcome.serverProblem) lines.push(`${outcome.serverProblem}\n没有人被记为“失败”；问题解决后再次发送催领即可（剩余 ${outcome.left} 封，已发出的不会重复）。`);
  return {
    status: outcome.serverProblem ? 'refused' : 'done',
    message: lines.join('\n'),
    problems: check.problems,
    data: { campaignId: id, sent: outcome.sent.length, failed: outcome.failed.length, left: outcome.left, stoppedBy: outcome.stoppedBy },
  };
}
