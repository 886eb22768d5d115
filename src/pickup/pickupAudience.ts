import { type AudienceRules, memberAudience, memberExclusion } from '../notices';
import type { Campaign } from '../notices';
import { halfWidth } from '../kernel/values/halfWidth';
import type { Member } from '../kernel/members/member';
import type { Problem } from '../kernel/problem';
import { SHEET } from '../kernel/sheets/schema';

/** Who a campaign's gift is for: the notice's audience, addresses or not (a gift needs no email). */
export interface PickupAudience {
  readonly campaign: Campaign;
  /** Roster order. */
  readonly members: readonly Member[];
  readonly entitled: ReadonlySet<string>;
  /** The whole roster by 工号, to explain a refusal. */
  readonly roster: ReadonlyMap<string, Member>;
  readonly problems: readonly Problem[];
  readonly rules: AudienceRules;
}

/** The gift's audience is the notice's: the same rules decide both (src/core/audience.ts). */
export function pickupAudience(campaign: Campaign, roster: readonly Member[], rules: AudienceRules): PickupAudience {
  const byId = new Map(roster.map((m) => [m.id, m]));
  if (campaign.type === '帮扶') {
    return { campaign, rules, members: [], entitled: new Set(), roster: byId, problems: [{ sheet: SHEET.campaigns, row: campaign.row, column: '类型', message: `活动“${campaign.id}”是帮扶活动，发放的是帮扶金而不是慰问品，不登记领取` }] };
  }
  const audience = memberAudience(campaign, roster, rules);
  const ids = new Set([...audience.recipients, ...audience.skipped].map((c) => c.memberId));
  return { campaign, rules, members: roster.filter((m) => ids.has(m.id)), entitled: ids, roster: byId, problems: audience.problems };
}

/** A 工号 as a scanner or a clerk types it: spaces and full-width digits do not make another person. */
export function normaliseMemberId(text: string): string {
  return halfWidth(text).trim();
}

export type Eligibility = { readonly ok: true; readonly member: Member } | { readonly ok: false; readonly member: Member | null; readonly reason: string };

/** May this 工号 collect the campaign's gift? A refusal says why, in the clerk's words. */
export function eligibility(audience: PickupAudience, memberId: string): Eligibility {
  const id = normaliseMemberId(memberId);
  const member = audience.roster.get(id) ?? null;
  if (!member) return { ok: false, member: null, reason: `工号 ${id} 不在会员名册中` };
  if (audience.entitled.has(id)) return { ok: true, member };
  const why = audience.campaign.type === '帮扶' ? '帮扶活动不发放慰问品' : memberExclusion(audience.campaign, member, audience.rules) ?? '不在本活动的发放范围内';
  return { ok: false, member, reason: `${member.name}（${id}）不在活动“${audience.campaign.id}”的发放范围内：${why}` };
}

/**
 * What the sidebar's search box finds: the member with exactly this 工号 (a scanner's whole
 * input), else members whose name contains the text or whose 工号 starts with it.
 */
export function findMembers(roster: readonly Member[], query: string, limit = 10): Member[] {
  const q = normaliseMemberId(query);
  if (q === '') return [];
  const exact = roster.find((m) => m.id === q);
  if (exact) return [exact];
  const lower = q.toLowerCase();
  return roster.filter((m) => m.name.includes(q) || m.id.toLowerCase().startsWith(lower)).slice(0, limit);
}

/** What the 领取登记 view shows for a member typed or scanned at the counter. */
export interface PickupCandidate {
  readonly memberId: string;
  readonly name: string;
  readonly branch: string;
  /** '' when the member may collect; else the refusal. */
  readonly refusal: string;
}

export function pickupCandidates(audience: PickupAudience, query: string, limit = 10): PickupCandidate[] {
  return findMembers([...audience.roster.values()], query, limit).map((m) => {
    const who = eligibility(audience, m.id);
    return { memberId: m.id, name: m.name, branch: m.branch, refusal: who.ok ? '' : who.reason };
  });
}
