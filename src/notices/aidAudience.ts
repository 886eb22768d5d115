import type { Campaign } from './campaign';
import type { Member } from '../kernel/members/member';
import type { Problem } from '../kernel/problem';
import type { Cell } from '../kernel/values/cell';
import { type Audience, audienceOf, type Candidate, filtersMatch, memberSource } from './audience';
import { SHEET } from '../kernel/sheets/schema';
import { memberIdKey } from '../kernel/values/memberIdValue';


/** A 帮扶台账 row chosen for a 帮扶 campaign (which rows: the ledger's owner decides). */
export interface AidNoticeRow {
  readonly row: number;
  /** 工号 */
  readonly memberId: string;
  /** Every column of the row by header, for {{placeholders}} such as {{实发金额}}. */
  readonly fields: Readonly<Record<string, Cell>>;
}

/**
 * The audience of a 帮扶 campaign: one notice per ledger row, retired members included, the
 * address and the member's columns taken from 会员名册 by 工号. The campaign's filters still
 * apply to the member.
 */
export function aidAudience(campaign: Campaign, rows: readonly AidNoticeRow[], members: readonly Member[]): Audience {
  const byId = new Map(members.map((m) => [memberIdKey(m.id), m]));
  const problems: Problem[] = [];
  const candidates: Candidate[] = [];
  for (const r of rows) {
    const m = byId.get(memberIdKey(r.memberId));
    if (!m) {
      const reason = `会员名册中找不到工号 ${r.memberId}，没有邮箱可发`;
      problems.push({ sheet: SHEET.aidLedger, row: r.row, column: '工号', message: `${reason}，本次跳过`, severity: 'warning' });
      const name = typeof r.fields['姓名'] === 'string' ? r.fields['姓名'] : '';
      candidates.push({ memberId: r.memberId, name, email: '', sheet: SHEET.aidLedger, row: r.row, emailAt: { sheet: SHEET.aidLedger, row: r.row }, sources: [], skipReason: reason });
      continue;
    }
    if (!filtersMatch(campaign, m)) continue;
    candidates.push({
      memberId: m.id,
      name: m.name,
      email: m.email,
      sheet: SHEET.aidLedger,
      row: r.row,
      emailAt: { sheet: SHEET.roster, row: m.row },
      sources: [memberSource(m), { label: SHEET.aidLedger, values: r.fields }],
    });
  }
  const audience = audienceOf(candidates);
  return { ...audience, problems: [...problems, ...audience.problems] };
}
