import type { Campaign } from './campaign';
import type { Member } from '../kernel/members/member';
import type { Problem } from '../kernel/problem';
import type { PlaceholderSource } from './templateRender';
import { emailProblem } from '../kernel/values/emailAddress';
import { isoParts } from '../kernel/dates/isoDate';
import { SHEET } from '../kernel/sheets/schema';

// Who a campaign's notice goes to. Member campaigns take 在册 members through the row's filters;
// other audiences (类型 帮扶: the 帮扶台账 rows, retired members included) are built elsewhere as
// candidates and pass through the same checks in `audienceOf`.


/** Someone the campaign is meant for, before the address is checked. */
export interface Candidate {
  /** 工号: with 活动ID the key of the at-most-once rule. */
  readonly memberId: string;
  readonly name: string;
  readonly email: string;
  /** Where the person's row is, for problems (会员名册 or 帮扶台账). */
  readonly sheet: string;
  readonly row: number;
  /** Where the address comes from (an aid row's address is in 会员名册). */
  readonly emailAt: { readonly sheet: string; readonly row: number };
  /** The person's placeholder values, highest precedence first (member, then aid row). */
  readonly sources: readonly PlaceholderSource[];
  /** Why this person cannot be mailed whatever the address (e.g. not on the roster). */
  readonly skipReason?: string;
}

export type Recipient = Candidate;

export interface Skipped extends Candidate {
  readonly reason: string;
}

export interface Audience {
  readonly recipients: readonly Recipient[];
  readonly skipped: readonly Skipped[];
  readonly problems: readonly Problem[];
}

/** A member campaign reaches 在册 members that pass the row's filters. */
export function memberMatches(campaign: Campaign, member: Member): boolean {
  return memberExclusion(campaign, member) === null;
}

/** Why a member campaign does not reach this member (in the clerk's words), or null when it does. */
export function memberExclusion(campaign: Campaign, member: Member): string | null {
  if (member.status !== '在册') return `会员状态为“${member.status}”，本活动只面向在册会员`;
  return filterExclusion(campaign, member);
}

/** The filters of the campaign row; a blank filter lets everyone through. */
export function filtersMatch(campaign: Campaign, member: Member): boolean {
  return filterExclusion(campaign, member) === null;
}

/** Which filter of the campaign row leaves the member out, or null when none does. */
export function filterExclusion(campaign: Campaign, member: Member): string | null {
  if (campaign.gender && member.gender !== campaign.gender) return `本活动只面向${campaign.gender}性会员${member.gender ? '' : '（名册中性别为空）'}`;
  if (campaign.birthdayQuarter) {
    if (!member.birthDate) return `本活动只面向第 ${campaign.birthdayQuarter} 季度生日的会员，名册中出生日期为空`;
    if (Math.ceil(isoParts(member.birthDate).month / 3) !== campaign.birthdayQuarter) return `本活动只面向第 ${campaign.birthdayQuarter} 季度生日的会员（出生日期 ${member.birthDate}）`;
  }
  if (campaign.branches.length && !campaign.branches.includes(member.branch)) return `本活动只面向${campaign.branches.join('、')}（本人属于${member.branch || '未填分会'}）`;
  if (campaign.tags.length && !member.tags.some((t) => campaign.tags.includes(t))) return `本活动只面向标签为${campaign.tags.join('、')}的会员`;
  return null;
}

export function memberSource(member: Member): PlaceholderSource {
  return { label: SHEET.roster, values: member.fields };
}

/**
 * The roster's problems as they matter to `campaign`: an unreadable 工号 or 会员状态 (someone
 * might be missed), and 性别/出生日期 when the campaign filters on them, block the send; the
 * others are shown as warnings.
 */
export function rosterProblemsFor(campaign: Campaign, problems: readonly Problem[]): Problem[] {
  const blocking = new Set(['工号', '会员状态', '姓名']);
  if (campaign.gender) blocking.add('性别');
  if (campaign.birthdayQuarter) blocking.add('出生日期');
  return problems.map((p) => (p.row === undefined || (p.column !== undefined && blocking.has(p.column)) ? p : { ...p, severity: 'warning' }));
}

/** The audience of a member campaign (every type but 帮扶). */
export function memberAudience(campaign: Campaign, members: readonly Member[]): Audience {
  const problems: Problem[] = [];
  const candidates: Candidate[] = [];
  for (const m of members) {
    if (m.status === '在册' && campaign.gender && m.gender === null) {
      problems.push({ sheet: SHEET.roster, row: m.row, column: '性别', message: `${m.name}（${m.id}）性别为空，未列入只发给${campaign.gender}性的活动“${campaign.id}”`, severity: 'warning' });
    }
    if (m.status === '在册' && campaign.birthdayQuarter && m.birthDate === null) {
      problems.push({ sheet: SHEET.roster, row: m.row, column: '出生日期', message: `${m.name}（${m.id}）出生日期为空，未列入生日活动“${campaign.id}”`, severity: 'warning' });
    }
    if (!memberMatches(campaign, m)) continue;
    candidates.push({ memberId: m.id, name: m.name, email: m.email, sheet: SHEET.roster, row: m.row, emailAt: { sheet: SHEET.roster, row: m.row }, sources: [memberSource(m)] });
  }
  const audience = audienceOf(candidates);
  return { ...audience, problems: [...problems, ...audience.problems] };
}

/**
 * Checks the candidates' addresses and keys: no address → skipped (not an error, the clerk
 * may know); a malformed address → skipped and shown as a problem; the same 工号 twice → an
 * error that blocks the send, since the two could not be told apart in 发送记录.
 */
export function audienceOf(candidates: readonly Candidate[]): Audience {
  const recipients: Recipient[] = [];
  const skipped: Skipped[] = [];
  const problems: Problem[] = [];
  const seen = new Map<string, Candidate>();
  for (const c of candidates) {
    const first = seen.get(c.memberId);
    if (first) {
      problems.push({ sheet: c.sheet, row: c.row, column: '工号', message: `工号 ${c.memberId} 在本活动中出现两次（${c.sheet}第 ${first.row} 行和第 ${c.row} 行），发送记录无法区分，每人只能收到一封通知：请合并这两行，或分成两个活动发送` });
      continue;
    }
    seen.set(c.memberId, c);
    if (c.skipReason) {
      skipped.push({ ...c, reason: c.skipReason });
      continue;
    }
    const email = c.email.trim();
    if (email === '') {
      skipped.push({ ...c, email, reason: `${c.emailAt.sheet}中没有邮箱` });
      continue;
    }
    const bad = emailProblem(email);
    if (bad) {
      skipped.push({ ...c, email, reason: bad });
      problems.push({ sheet: c.emailAt.sheet, row: c.emailAt.row, column: '邮箱', message: `${c.name}（${c.memberId}）的${bad}，本次跳过`, severity: 'warning' });
      continue;
    }
    recipients.push({ ...c, email });
  }
  return { recipients, skipped, problems };
}
