import type { Campaign } from './campaign';
import type { Member } from '../kernel/members/member';
import type { Problem } from '../kernel/problem';
import type { PlaceholderSource } from './templateRender';
import { emailProblem } from '../kernel/values/emailAddress';
import { sharedMailboxes } from '../kernel/values/emailValue';
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
  /** Members the campaign leaves out, counted by why (退休, 离校, 性别, 分会, 标签), for the preview. */
  readonly leftOut?: readonly LeftOut[];
}

export interface LeftOut {
  readonly reason: LeftOutReason;
  readonly count: number;
}

export type LeftOutReason = '退休' | '离校' | '性别' | '分会' | '标签';

/** Whom a member campaign reaches beyond 在册 members: 设置!退休人员参加节日慰问. */
export interface AudienceRules {
  readonly retireesInFestivals: boolean;
}

const FESTIVAL_TYPES: readonly string[] = ['端午', '中秋', '元旦', '春节', '生日', '三八'];

/** Why a member campaign leaves `member` out, or null when it reaches them (the quarter aside). */
export function leftOutBecause(campaign: Campaign, member: Member, rules: AudienceRules = { retireesInFestivals: false }): LeftOutReason | null {
  if (member.status === '离校') return '离校';
  if (member.status === '退休' && !(rules.retireesInFestivals && FESTIVAL_TYPES.includes(campaign.type))) return '退休';
  if (campaign.gender && member.gender !== campaign.gender) return '性别';
  if (campaign.branches.length && !campaign.branches.includes(member.branch)) return '分会';
  if (campaign.tags.length && !member.tags.some((t) => campaign.tags.includes(t))) return '标签';
  return null;
}

/** A member campaign reaches 在册 members (and 退休 ones where 设置 says so) that pass the row's filters. */
export function memberMatches(campaign: Campaign, member: Member, rules?: AudienceRules): boolean {
  return leftOutBecause(campaign, member, rules) === null && inQuarter(campaign, member) !== false;
}

/** Why a member campaign does not reach this member (in the clerk's words), or null when it does. */
export function memberExclusion(campaign: Campaign, member: Member, rules?: AudienceRules): string | null {
  const why = leftOutBecause(campaign, member, rules);
  if (why === '退休' || why === '离校') return `会员状态为“${member.status}”，本活动只面向在册会员`;
  if (why === '性别') return `本活动只面向${campaign.gender}性会员${member.gender ? '' : '（名册中性别为空）'}`;
  if (why === '分会') return `本活动只面向${campaign.branches.join('、')}（本人属于${member.branch || '未填分会'}）`;
  if (why === '标签') return `本活动只面向标签为${campaign.tags.join('、')}的会员`;
  const quarter = inQuarter(campaign, member);
  if (quarter === null) return `本活动只面向第 ${campaign.birthdayQuarter} 季度生日的会员，名册中出生日期为空`;
  if (quarter === false) return `本活动只面向第 ${campaign.birthdayQuarter} 季度生日的会员（出生月份 ${member.birthMonth} 月）`;
  return null;
}

/** The filters of the campaign row; a blank filter lets everyone through. */
export function filtersMatch(campaign: Campaign, member: Member): boolean {
  return leftOutBecause(campaign, { ...member, status: '在册' }) === null && inQuarter(campaign, member) !== false;
}

/** Whether the member's birth month is in the campaign's quarter; null when the month is unknown. */
function inQuarter(campaign: Campaign, member: Member): boolean | null {
  if (!campaign.birthdayQuarter) return true;
  if (member.birthMonth === null) return null;
  return Math.ceil(member.birthMonth / 3) === campaign.birthdayQuarter;
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
  // A bad 出生日期 only skips that member (memberAudience says why); it never blocks the campaign.
  const blocking = new Set(['工号', '会员状态', '姓名']);
  if (campaign.gender) blocking.add('性别');
  return problems.map((p) => (p.row === undefined || (p.column !== undefined && blocking.has(p.column)) ? p : { ...p, severity: 'warning' }));
}

/**
 * The audience of a member campaign (every type but 帮扶). Whoever the filters leave out is
 * counted by reason; a member of a birthday campaign whose birth month cannot be read is
 * skipped with the reason, never silently dropped and never blocking the others.
 */
export function memberAudience(campaign: Campaign, members: readonly Member[], rules?: AudienceRules): Audience {
  const problems: Problem[] = [];
  const candidates: Candidate[] = [];
  const leftOut = new Map<LeftOutReason, number>();
  for (const m of members) {
    const why = leftOutBecause(campaign, m, rules);
    if (why !== null) {
      leftOut.set(why, (leftOut.get(why) ?? 0) + 1);
      if (why === '性别' && m.gender === null) {
        problems.push({ sheet: SHEET.roster, row: m.row, column: '性别', message: `${m.name}（${m.id}）性别为空，未列入只发给${campaign.gender}性的活动“${campaign.id}”`, severity: 'warning' });
      }
      continue;
    }
    const quarter = inQuarter(campaign, m);
    if (quarter === false) continue;
    const candidate: Candidate = { memberId: m.id, name: m.name, email: m.email, sheet: SHEET.roster, row: m.row, emailAt: { sheet: SHEET.roster, row: m.row }, sources: [memberSource(m)] };
    if (quarter === null) {
      candidates.push({ ...candidate, skipReason: m.birthProblem ? `出生日期无法识别：${m.birthProblem}` : '出生日期为空，无法判断生日季度' });
      continue;
    }
    candidates.push(candidate);
  }
  const audience = audienceOf(candidates);
  const counted = [...leftOut].map(([reason, count]) => ({ reason, count }));
  return { ...audience, problems: [...problems, ...audience.problems], leftOut: counted };
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
  for (const group of sharedMailboxes(recipients, (r) => r.email)) {
    const first = group[0];
    problems.push({
      sheet: first.emailAt.sheet, row: first.emailAt.row, column: '邮箱', severity: 'warning',
      message: `${group.length} 人共用邮箱 ${first.email}（不区分大小写）：${group.map((r) => `${r.name}（${r.memberId}，第 ${r.emailAt.row} 行）`).join('、')}；每人的通知都会寄到这个邮箱，如是复制粘贴错误请先改正`,
    });
  }
  return { recipients, skipped, problems };
}
