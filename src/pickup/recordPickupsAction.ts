// 领取登记: records a session of pick-ups (scanned or typed 工号, 本人 or 代领, or 撤销) in one append
// under the document lock, then rewrites 领取统计. A refusal never stops the rest of the session.
import { findCampaign } from '../notices';
import { isBlocking } from '../kernel/problem';
import { PICKUP_LOG_SPEC, SHEET } from '../kernel/sheets/schema';
import { LOCKED_MESSAGE, type Services } from '../kernel/services/services';
import type { ActionResult } from '../kernel/contracts/actionResult';
import { isProblem, type NoticeSession, nowText, readNoticeSession } from '../notices';
import { UNKNOWN_USER } from '../notices';
import { type PickupCandidate, pickupAudience, pickupCandidates } from './pickupAudience';
import { collectionOf, describeCollection, latestPickups } from './pickupRecord';
import { ensureSheet, pickupLogRows, summaryOfAll, writeSummary } from './pickupSheets';
import { TOTAL, summarise, summaryLine, type SummaryRow } from './pickupSummary';
import { readPickupLog, type PickupLogRead } from './readPickupLog';
import { type PickupOutcome, planPickups, type PickupRequest } from './recordPickups';

export interface RecordPickupsRequest {
  readonly campaignId: string;
  /** 工号 to record as collected (本人, or 代领 when proxy is given). */
  readonly memberIds?: readonly string[];
  /** 代领人: the listed 工号 were collected by this person. */
  readonly proxy?: string;
  /** 工号 whose collection is taken back (撤销). */
  readonly undo?: readonly string[];
  readonly note?: string;
  /** Only rewrite and show 领取统计. */
  readonly summaryOnly?: boolean;
}

export interface PickupData {
  readonly campaignId: string;
  readonly outcomes: readonly PickupOutcome[];
  /** This campaign's 领取统计 rows, 合计 last. */
  readonly summary: readonly SummaryRow[];
}

interface PickupSession {
  readonly notice: NoticeSession;
  readonly log: PickupLogRead;
}

function readPickupSession(services: Services): PickupSession {
  return { notice: readNoticeSession(services), log: readPickupLog(services.workbook.read(SHEET.pickupLog)) };
}

export function recordPickups(request: RecordPickupsRequest, services: Services): ActionResult<PickupData> {
  const outcome = services.lock.run(() => recordLocked(request, services));
  if (outcome.locked) return { status: 'locked', message: LOCKED_MESSAGE, problems: [] };
  return outcome.value;
}

function recordLocked(request: RecordPickupsRequest, services: Services): ActionResult<PickupData> {
  const { workbook } = services;
  const session = readPickupSession(services);
  const { data } = session.notice;
  const campaign = findCampaign(data, request.campaignId ?? '');
  if (isProblem(campaign)) return { status: 'problems', message: campaign.message, problems: [campaign] };
  if (session.log.problems.some(isBlocking)) {
    return { status: 'problems', message: '领取登记中有无法识别的行，改正之前不登记也不统计（否则可能重复发放）：', problems: session.log.problems.filter(isBlocking) };
  }
  const audience = pickupAudience(campaign, data.members, { retireesInFestivals: data.settings.retireesInFestivals });
  if (campaign.type === '帮扶') return { status: 'problems', message: audience.problems[0].message, problems: audience.problems };
  const proxy = (request.proxy ?? '').trim();
  const requests: PickupRequest[] = request.summaryOnly ? [] : [
    ...(request.memberIds ?? []).filter((id) => id.trim() !== '').map((memberId): PickupRequest => ({ memberId, method: proxy ? '代领' : '本人', proxy, note: request.note })),
    ...(request.undo ?? []).filter((id) => id.trim() !== '').map((memberId): PickupRequest => ({ memberId, method: '撤销', note: request.note })),
  ];
  const firstRow = (session.log.table?.lastRow ?? 1) + 1;
  const batch = planPickups({ audience, log: session.log.records, requests, clerk: services.user.email() || UNKNOWN_USER, time: nowText(session.notice), firstRow });
  if (batch.records.length) {
    ensureSheet(workbook, PICKUP_LOG_SPEC);
    workbook.append(SHEET.pickupLog, pickupLogRows(session.log.table, batch.records));
  }
  const all = summaryOfAll(data.campaigns, data.members, [...session.log.records, ...batch.records], { retireesInFestivals: data.settings.retireesInFestivals });
  writeSummary(workbook, all);
  services.workbook.flush();
  const listed = all.filter((r) => r.campaignId === campaign.id);
  // 领取统计 lists a campaign once it has a 领取截止 or a pick-up; asked about one with neither,
  // the clerk still gets its figures.
  const summary = listed.length ? listed : summarise(audience, latestPickups(session.log.records));
  const total = summary.find((r) => r.branch === TOTAL)!;
  const lines = [...batch.outcomes.map((o) => o.message), `活动“${campaign.id}”${summaryLine(total)}`];
  if (request.summaryOnly) lines.push(...summary.filter((r) => r.branch !== TOTAL).map((r) => `  ${r.branch}：应领 ${r.entitled}，本人 ${r.self}，代领 ${r.proxy}，未领 ${r.missing}`));
  return {
    status: batch.refused ? 'problems' : 'done',
    message: lines.join('\n'),
    problems: [],
    data: { campaignId: campaign.id, outcomes: batch.outcomes, summary },
  };
}

export interface LookupData {
  readonly campaignId: string;
  readonly candidates: readonly (PickupCandidate & { readonly collected: string })[];
}

/** The 领取登记 view's search: members matching a scanned 工号 or part of a name, each with whether and how they collected. Reads only. */
export function lookupPickup(request: { campaignId: string; query: string }, services: Services): ActionResult<LookupData> {
  const session = readPickupSession(services);
  const campaign = findCampaign(session.notice.data, request.campaignId ?? '');
  if (isProblem(campaign)) return { status: 'problems', message: campaign.message, problems: [campaign] };
  const latest = latestPickups(session.log.records);
  const candidates = pickupCandidates(pickupAudience(campaign, session.notice.data.members, { retireesInFestivals: session.notice.data.settings.retireesInFestivals }), request.query ?? '').map((c) => {
    const earlier = collectionOf(latest, campaign.id, c.memberId);
    return { ...c, collected: earlier ? `${describeCollection(earlier)}（经办人 ${earlier.clerk || '未记录'}）` : '' };
  });
  return { status: 'done', message: candidates.length ? '' : `找不到“${request.query}”：请核对工号或姓名`, problems: [], data: { campaignId: campaign.id, candidates } };
}
