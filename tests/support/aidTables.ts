// Tier tables and ledger rows as a clerk would type them, for the aid tests.
import type { AidApplication } from '../../src/aid/aidApplication';
import type { AidSettings } from '../../src/aid/aidCheck';
import { type AidTier, type AidTierCells, parseAidTiers } from '../../src/aid/aidTiers';
import type { Fen } from '../../src/kernel/values/fen';
import type { Member } from '../../src/kernel/members/member';
import type { Cell } from '../../src/kernel/values/cell';

/** [下限, 上限, 帮扶金额, 比例, 说明?] rows, numbered from sheet row 2 as under a header. */
export type TierLine = [Cell, Cell, Cell, Cell, string?];

export function tierCells(lines: readonly TierLine[]): AidTierCells[] {
  return lines.map(([lower, upper, base, percent, note], i) => ({ row: i + 2, lower, upper, base, percent, note: note ?? '' }));
}

/** Parses a table the test expects to be valid; fails loudly otherwise. */
export function validTiers(lines: readonly TierLine[]): AidTier[] {
  const { tiers, problems } = parseAidTiers(tierCells(lines));
  const errors = problems.filter((p) => p.severity !== 'warning');
  if (errors.length > 0) throw new Error(`tier table expected valid: ${JSON.stringify(errors)}`);
  return [...tiers];
}

/** The kind of table 初始化工作簿's sample holds: fixed amounts, one percentage tier, open top. */
export const SCHOOL_TABLE: TierLine[] = [
  [5000, 10000, 1000, '', '自付 5千–1万'],
  [10000, 20000, 2000, 10, '1万–2万：2000 元加超出部分 10%'],
  [20000, 50000, 5000, '', '2万–5万'],
  [50000, '', 10000, 5, '5万以上：1万元加超出部分 5%'],
];

/** A city union: "1万–2万（含2万）补助1500元, 2万–3万（含）3000元 … 10万以上50000元", 档位边界 含上限. */
export const CITY_UNION_TABLE: TierLine[] = [
  ['1万', '2万', 1500, '', '1万–2万（含2万）'],
  ['2万', '3万', 3000, '', '2万–3万（含3万）'],
  ['3万', '5万', 6000, '', '3万–5万（含5万）'],
  ['5万', '10万', 15000, '', '5万–10万（含10万）'],
  ['10万', '', 50000, '', '10万以上'],
];

/** A university: "自付超过5000元部分按60%补助，每人每年最高3万元" — one row plus 年度帮扶上限. */
export const UNIVERSITY_TABLE: TierLine[] = [[5000, '', 0, 60, '超过 5000 元部分按 60%']];

export function yuan(n: number): Fen {
  return Math.round(n * 100) as Fen;
}

export const DEFAULT_AID_SETTINGS: AidSettings = {
  planYear: 2023,
  tierBoundary: 'lower',
  yearlyAidCap: null,
  applicationsPerYear: 1,
  retireesMayApply: false,
};

export function member(id: string, name: string, status: Member['status'] = '在册'): Member {
  return { row: 2, id, name, gender: null, birthDate: null, birthMonth: null, branch: '', campus: '', email: '', phone: '', joinDate: null, status, tags: [], fields: {} };
}

export function application(row: number, fields: Partial<AidApplication>): AidApplication {
  return {
    row,
    applicationId: `A${row}`,
    year: 2023,
    memberId: '',
    name: '',
    totalCost: null,
    insurancePaid: null,
    selfPaid: null,
    paid: null,
    paidDate: null,
    fields: {},
    problems: [],
    ...fields,
  };
}
