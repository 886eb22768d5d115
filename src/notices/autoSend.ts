// 开启自动发送 / 关闭自动发送, and the hourly trigger: every approved campaign whose 计划发送时间
// has come (and every campaign already 发送中) is sent within the day's quota, across runs and
// days, and each approver gets a short report by mail. Offline: `npx uniondesk run-due`.
import { approverReport, isNews, type ReportEntry, reportBody } from './autoSendReport';
import { isDue } from './campaignState';
import { Deadline } from '../kernel/deadline';
import { checkNotices } from './noticeCheck';
import { isBlocking, type Problem } from '../kernel/problem';
import type { SendRecord } from '../kernel/journal/sendRecord';
import { sha256Hex } from '../kernel/text/sha256';
import { adminRefusal } from '../kernel/adminCheck';
import type { ActionResult } from '../kernel/contracts/actionResult';
import { nowText, problemLines, readNoticeSession, storedState, wallClockOf } from './noticeData';
import { allowanceNow, AUTO_SEND_HANDLER, runCampaign, UNKNOWN_USER } from './sendNotices';
import type { CampaignRunReport } from './campaignRunReport';
import type { AutoSendData } from '../kernel/contracts/campaignRun';
import { LOCKED_MESSAGE, type Services } from '../kernel/services/services';
import { CONTINUE_AFTER_MS } from '../kernel/sendContinuation';
import { clearAutoSendOwner, ownerName, ownsAutoSend, readAutoSendOwner, writeAutoSendOwner } from './autoSendOwner';
export type { AutoSendData };

export const AUTO_CONTINUE_HANDLER = 'continueAutoSend';
const REPORT_PROPERTY = 'UnionDesk.autoSendReport:';

export function menuEnableAutoSend(services: Services): ActionResult {
  const result = enableAutoSend(services);
  services.ui.alert('开启自动发送', result.message);
  return result;
}

export function menuDisableAutoSend(services: Services): ActionResult {
  const result = disableAutoSend(services);
  services.ui.alert('关闭自动发送', result.message);
  return result;
}

export function enableAutoSend(services: Services): ActionResult {
  const session = readNoticeSession(services);
  const refusal = adminRefusal(session.data.settings.admins, services.user.email());
  if (refusal) return { status: 'refused', message: refusal, problems: [] };
  const user = services.user.email();
  const owner = readAutoSendOwner(services.properties);
  if (owner && owner.owner !== user && owner.offBy === undefined) {
    // A second clerk's trigger would send alongside the first one's.
    return { status: 'refused', message: `自动发送已由 ${ownerName(owner.owner)} 于 ${owner.since} 开启，触发器属于其 Google 账号，无需再开。如要改由您负责，请先“关闭自动发送”，再开启。`, problems: [] };
  }
  const created = services.triggers.installHourly(AUTO_SEND_HANDLER);
  writeAutoSendOwner({ owner: user, since: nowText(session).slice(0, 16) }, services.properties);
  const approved = session.data.campaigns.filter((c) => {
    const state = checkNotices(session.data, c).state.state;
    return state === '已审核' || state === '发送中';
  });
  const list = approved.length
    ? `目前已审核、将按时发送的活动：${approved.map((c) => `${c.id}（${c.sendAt ? `${c.sendAt.date} ${c.sendAt.time.slice(0, 5)}` : '发送中'}）`).join('、')}。`
    : '目前还没有已审核的活动：请先用“审核通过”审核活动。';
  return {
    status: 'done',
    message: `${created ? '已开启自动发送' : '自动发送已经是开启状态'}：每小时检查一次，发送已审核且到了计划发送时间的活动，并把结果发邮件告诉审核人。${list}`,
    problems: [],
  };
}

export function disableAutoSend(services: Services): ActionResult {
  const removed = services.triggers.remove(AUTO_SEND_HANDLER) + services.triggers.remove(AUTO_CONTINUE_HANDLER);
  const user = services.user.email();
  const owner = readAutoSendOwner(services.properties);
  if (owner && owner.owner !== user && owner.offBy === undefined) {
    // Only the owner can delete their trigger; the switch in the workbook stops it from sending.
    const when = nowText(readNoticeSession(services)).slice(0, 16);
    writeAutoSendOwner({ ...owner, offBy: `${user || UNKNOWN_USER} ${when}` }, services.properties);
    return { status: 'done', message: `已关闭自动发送。自动发送是 ${ownerName(owner.owner)} 开启的，触发器属于其 Google 账号，您无法删除；它下次运行时不会再发送，并会删除自己。已审核的活动仍可手动发送。`, problems: [] };
  }
  clearAutoSendOwner(services.properties);
  return { status: 'done', message: removed ? '已关闭自动发送。已审核的活动不会再自动发出，仍可手动发送。' : '自动发送本来就是关闭的。', problems: [] };
}

/** The continuation of an hourly run that stopped to stay within the time limit. */
export function continueAutoSend(services: Services): ActionResult<AutoSendData> {
  services.triggers.cancelContinuation(AUTO_CONTINUE_HANDLER);
  return autoSendNotices(services);
}

/** The hourly trigger (and `run-due`). Never asks anything: there is nobody to answer. */
export function autoSendNotices(services: Services): ActionResult<AutoSendData> {
  const outcome = services.lock.run(() => autoSendLocked(services));
  // The next hourly run will try again; a clerk working in the workbook has priority.
  if (outcome.locked) return { status: 'locked', message: LOCKED_MESSAGE, problems: [] };
  return outcome.value;
}

function autoSendLocked(services: Services): ActionResult<AutoSendData> {
  const deadline = new Deadline(Date.now());
  const user = services.user.email();
  const owner = readAutoSendOwner(services.properties);
  if (!ownsAutoSend(owner, user)) {
    // Turned off, or handed to another clerk, by someone who could not delete this trigger.
    services.triggers.remove(AUTO_SEND_HANDLER);
    services.triggers.remove(AUTO_CONTINUE_HANDLER);
    if (owner?.owner === user) clearAutoSendOwner(services.properties);
    return { status: 'done', message: `自动发送已${owner?.offBy ? `由 ${owner.offBy} 关闭` : '改由其他同事负责'}，本触发器已删除自己，没有发送。`, problems: [] };
  }
  const session = readNoticeSession(services);
  if (session.journalProblem) return { status: 'refused', message: session.journalProblem, problems: [] };
  const now = wallClockOf(nowText(session));
  const entries = new Map<string, ReportEntry[]>();
  const add = (approver: string, e: ReportEntry) => entries.set(approver, [...(entries.get(approver) ?? []), e]);
  const runs: CampaignRunReport[] = [];
  const held: string[] = [];
  const problems: Problem[] = [];
  let recovered: readonly SendRecord[] = session.recovered;
  const checks = session.data.campaigns.map((campaign) => {
    const check = checkNotices(session.data, campaign);
    const stored = storedState(session, campaign);
    // Approved, then edited: a 草稿 again, which the approver should hear about once it matters.
    const changed = check.state.state === '草稿' && (stored === '已审核' || stored === '发送中') && check.state.reason !== ''
      && (isDue('已审核', campaign.sendAt, now) || stored === '发送中');
    return { campaign, check, changed, due: isDue(check.state.state, campaign.sendAt, now) };
  });
  // Keep one mail of the quota for each approver who will get a report.
  const approvers = new Set(checks.filter((c) => c.due || c.changed).map((c) => c.campaign.approval.approver).filter(Boolean));
  let allowance = Math.max(0, allowanceNow(services, session) - approvers.size);
  let stoppedByTime = false;
  let serverProblem = '';

  for (const { campaign, check, changed, due } of checks) {
    const approver = campaign.approval.approver;
    if (changed) {
      held.push(campaign.id);
      add(approver, { kind: 'changed', campaignId: campaign.id, campaignName: campaign.name });
      continue;
    }
    if (!due) continue;
    if (check.blocked) {
      held.push(campaign.id);
      const blocking = check.problems.filter(isBlocking);
      problems.push(...blocking);
      add(approver, { kind: 'blocked', campaignId: campaign.id, campaignName: campaign.name, problems: problemLines(blocking) });
      continue;
    }
    if (stoppedByTime || serverProblem) continue;
    const report = runCampaign(services, session, check, {
      operator: `自动发送（${approver || UNKNOWN_USER}）`,
      allowance,
      deadline,
      recovered,
      approveAs: null,
    });
    recovered = [];
    allowance -= report.sent;
    runs.push(report);
    add(approver, { kind: 'run', report });
    // The mail server failed before taking any mail: the next campaigns (and reports) would fail alike.
    if (report.stoppedBy === 'unavailable') serverProblem = report.serverProblem ?? '';
    if (report.stoppedBy === 'time') {
      stoppedByTime = true;
      services.triggers.scheduleContinuation(AUTO_CONTINUE_HANDLER, CONTINUE_AFTER_MS);
    }
  }

  const reports = serverProblem ? [] : mailReports(services, session, entries);
  const sent = runs.reduce((n, r) => n + r.sent, 0);
  const message = runs.length || held.length
    ? [`自动发送：本次共发送 ${sent} 封。`, ...runs.map((r) => reportBody([{ kind: 'run', report: r }])), ...held.map((id) => `活动“${id}”未发送（见报告）。`),
      ...(serverProblem ? [serverProblem, '没有人被记为“失败”，也没有给审核人发报告；问题解决后下次运行会接着发送。'] : [])].join('\n')
    : '自动发送：没有到期需要发送的活动。';
  return { status: serverProblem ? 'refused' : held.length ? 'problems' : 'done', message, problems, data: { runs, reports, held } };
}

/** One report per approver, only when it says something new since the last one. */
function mailReports(services: Services, session: ReturnType<typeof readNoticeSession>, entries: Map<string, ReportEntry[]>): { to: string; subject: string }[] {
  const sent: { to: string; subject: string }[] = [];
  const when = nowText(session);
  for (const [approver, list] of entries) {
    const news = list.filter(isNews);
    if (!approver || !news.length) continue;
    const key = `${REPORT_PROPERTY}${approver}`;
    const digest = sha256Hex(reportBody(news)).slice(0, 16);
    if (services.properties.getProperty(key) === digest) continue;
    if (services.mail.remainingQuota() < 1) break;
    const mail = approverReport(news, when, session.data.settings.unitName);
    services.mail.send({ to: approver, mail, senderName: session.data.settings.senderName, replyTo: session.data.settings.replyTo });
    services.properties.setProperty(key, digest);
    sent.push({ to: approver, subject: mail.subject });
  }
  return sent;
}
