import type { Recipient } from '../notices';
import type { Campaign } from '../notices';
import type { IsoDate } from '../kernel/dates/isoDate';
import { checkNotices, type NoticeCheck, type NoticeData } from '../notices';
import { isBlocking, type Problem } from '../kernel/problem';
import { planSends, type SendPlan } from '../notices';
import { latestStates, sendKey } from '../kernel/journal/sendRecord';
import type { DayStatusOf } from '../kernel/dates/workingDays';
import { SHEET } from '../kernel/sheets/schema';
import { pickupAudience } from './pickupAudience';
import { collectionOf, type PickupRecord } from './pickupRecord';
import { type ReminderTiming, reminderTiming } from './reminderDay';

/** Why a member of the audience gets no reminder now. */
export type ReminderReason = '已领取' | '代领' | '无邮箱' | '未发通知' | '今日刚发通知' | '已催领' | '催领发送中';
export const REMINDER_REASONS: readonly ReminderReason[] = ['已领取', '代领', '无邮箱', '未发通知', '今日刚发通知', '已催领', '催领发送中'];

export interface FollowUp {
  readonly memberId: string;
  readonly name: string;
  readonly branch: string;
  readonly phone: string;
}

export interface ReminderCheck {
  readonly campaign: Campaign;
  readonly timing: ReminderTiming;
  /**
   * The campaign seen through its 催领模板: audience, placeholders and problems as a notice would
   * have them, so a reminder renders exactly as a notice does (plus nothing of its own to learn).
   */
  readonly notice: NoticeCheck;
  /** kind 催领: who gets a reminder now, at most once under (活动ID, 工号, 催领). */
  readonly plan: SendPlan;
  /** Everyone else in the audience, counted per reason. */
  readonly counts: ReadonlyMap<ReminderReason, number>;
  /** After 领取截止: the members who have not collected, for a phone call. */
  readonly followUp: readonly FollowUp[];
  readonly problems: readonly Problem[];
  /** Why no reminder may go now ('' when they may). */
  readonly refusal: string;
}

/**
 * Who gets a reminder: members of the audience whose notice was sent (已发送) before today, who
 * have not collected, and who have an address. The reminder's own key keeps each to one reminder.
 * A notice sent today (late, or on the reminder day itself) is its own reminder: the hourly run
 * would otherwise mail the notice and the 催领 to the same member seconds apart.
 */
export function checkReminders(data: NoticeData, campaign: Campaign, pickups: ReadonlyMap<string, PickupRecord>, today: IsoDate, status: DayStatusOf): ReminderCheck {
  const timing = reminderTiming(campaign, data.settings, today, status);
  const notice = checkNotices(data, { ...campaign, templateName: campaign.reminderTemplate });
  const own = new Set(data.campaignProblems);
  // checkNotices names the 模板 column; for the reminder the template is 催领模板's.
  const problems = notice.problems.map((p): Problem => (!own.has(p) && p.sheet === SHEET.campaigns && p.column === '模板' ? { ...p, column: '催领模板' } : p))
    .map((p): Problem => (p.row === campaign.row && p.column === '催领天数' ? { ...p, severity: 'error' } : p));
  const noticeSent = new Set(notice.plan.alreadySent.map((r) => r.memberId));
  const notifiedToday = new Set(notice.plan.alreadySent.filter((r) => r.time.startsWith(today)).map((r) => r.memberId));
  const latest = latestStates(data.sendRecords);
  const counts = new Map<ReminderReason, number>();
  const count = (reason: ReminderReason) => counts.set(reason, (counts.get(reason) ?? 0) + 1);
  const eligible: Recipient[] = [];
  const noAddress = new Set(notice.audience.skipped.map((s) => s.memberId));
  for (const person of [...notice.audience.recipients, ...notice.audience.skipped]) {
    const collected = collectionOf(pickups, campaign.id, person.memberId);
    if (collected) count(collected.method === '本人' ? '已领取' : '代领');
    else if (noAddress.has(person.memberId)) count('无邮箱');
    else if (!noticeSent.has(person.memberId)) count('未发通知');
    else if (notifiedToday.has(person.memberId)) count('今日刚发通知');
    else {
      const state = latest.get(sendKey(campaign.id, person.memberId, '催领'))?.state;
      if (state === '已发送') count('已催领');
      else if (state === '发送中') count('催领发送中');
      eligible.push(person);
    }
  }
  const refusal = refusalOf(campaign, timing, problems);
  const plan = planSends(campaign.id, { recipients: refusal ? [] : eligible, skipped: [], problems: [] }, latest, '催领');
  const followUp = timing.phase === 'over'
    ? pickupAudience(campaign, data.members, { retireesInFestivals: data.settings.retireesInFestivals }).members.filter((m) => !collectionOf(pickups, campaign.id, m.id)).map((m) => ({ memberId: m.id, name: m.name, branch: m.branch, phone: m.phone }))
    : [];
  return { campaign, timing, notice: { ...notice, problems }, plan, counts, followUp, problems, refusal };
}

function refusalOf(campaign: Campaign, timing: ReminderTiming, problems: readonly Problem[]): string {
  if (campaign.type === '帮扶') return `活动“${campaign.id}”是帮扶活动，没有慰问品要催领`;
  if (!campaign.pickupEnd) return `活动“${campaign.id}”没有填写领取截止，无法催领`;
  if (timing.phase === 'over') return `活动“${campaign.id}”已于 ${campaign.pickupEnd} 截止领取，不再发送催领通知；未领的人请电话联系`;
  if (!campaign.reminderTemplate) return `活动“${campaign.id}”没有填写催领模板，不发送催领通知`;
  if (problems.some(isBlocking)) return `活动“${campaign.id}”的数据有问题，没有发送催领通知。请改正后再发送`;
  return '';
}
