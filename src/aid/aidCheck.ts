import { AID_LEDGER_COLUMNS, CHECK_RESULTS, SHEET } from '../kernel/sheets/schema';
import type { AidApplication } from './aidApplication';
import { type AidQuote, quoteAid } from './aidAmount';
import { type AidTier, tierRangeText, tierRuleText } from './aidTiers';
import { type Fen, formatYuan } from '../kernel/values/fen';
import type { Member } from '../kernel/members/member';
import type { Problem } from '../kernel/problem';
import type { Settings } from '../kernel/sheets/settings';
import { memberIdKey } from '../kernel/values/memberIdValue';
import type { CheckResult, AidTierCount, AidDifference, AidSummary } from '../kernel/contracts/aidCheckData';
export type { CheckResult, AidTierCount, AidDifference, AidSummary };

export type AidSettings = Pick<Settings, 'planYear' | 'tierBoundary' | 'yearlyAidCap' | 'applicationsPerYear' | 'retireesMayApply'>;

export interface AidCheckInput {
  /** A validated table (parseAidTiers without errors), sorted by 下限. */
  readonly tiers: readonly AidTier[];
  readonly applications: readonly AidApplication[];
  readonly members: readonly Member[];
  readonly settings: AidSettings;
}

/** The verdict on one 帮扶台账 row: the owned columns and what the summary needs. */
export interface AidRowCheck {
  readonly row: number;
  readonly applicationId: string;
  readonly memberId: string;
  readonly name: string;
  /** 应发金额; null when the row's data does not allow computing it. */
  readonly due: Fen | null;
  readonly paid: Fen | null;
  /** 差额 = 实发 − 应发; null unless both are known. */
  readonly difference: Fen | null;
  readonly result: CheckResult;
  /** 说明, in Chinese: the tier and rule applied, the payment verdict, anything noticed. */
  readonly explanation: string;
  /** 帮扶标准 row of the tier applied; null = no tier (不符合条件) or 错误. */
  readonly tierRow: number | null;
  /** Why the row is 错误, each located on the ledger row. */
  readonly problems: readonly Problem[];
}

export interface AidCheck {
  readonly rows: readonly AidRowCheck[];
  readonly summary: AidSummary;
}

export const WORST_SHOWN = 5;

const L = AID_LEDGER_COLUMNS;
const yuan = (f: Fen) => `${formatYuan(f)} 元`;

/** What stage one learns about a row before the per-member rules (counts, cap) apply. */
interface Reading {
  readonly app: AidApplication;
  readonly year: number;
  readonly selfPaid: Fen | null;
  readonly errors: Problem[];
  /** An eligibility failure: the member may not apply, so nothing is due. */
  readonly ineligible: Problem | null;
  readonly notes: string[];
}

/**
 * Checks every ledger row. Rows are taken in sheet order: the first applications of a member in
 * a year are the ones the count limit accepts and the yearly cap serves first, which is the
 * order the clerk recorded them in.
 */
export function checkAid(input: AidCheckInput): AidCheck {
  const { settings, tiers } = input;
  const members = new Map<string, Member>();
  // 工号 are compared the way the roster reads them: the ledger's 1051 is the roster's 001051.
  for (const m of input.members) if (!members.has(memberIdKey(m.id))) members.set(memberIdKey(m.id), m);
  const firstRowOfId = new Map<string, number>();
  const readings = input.applications.map((app) => read(app, settings, members, firstRowOfId));

  const accepted = new Map<string, { rows: number[]; due: Fen }>();
  const tierTexts = describeTiers(tiers, settings);
  const rows = readings.map((r): AidRowCheck => {
    const base = { row: r.app.row, applicationId: r.app.applicationId, memberId: r.app.memberId, name: r.app.name, paid: r.app.paid };
    if (r.errors.length > 0 || r.selfPaid === null) {
      return { ...base, due: null, difference: null, result: '错误', tierRow: null, problems: r.errors, explanation: joinParts([r.errors.map(problemText).join('；'), ...r.notes]) };
    }
    const key = `${memberIdKey(r.app.memberId)}\u0000${r.year}`;
    const group = accepted.get(key) ?? { rows: [], due: 0 as Fen };
    const overCount = group.rows.length >= settings.applicationsPerYear
      ? { sheet: SHEET.aidLedger, row: r.app.row, column: L.memberId, message: `${r.year} 年度已有 ${group.rows.length} 次申请（第 ${group.rows.join('、')} 行），超过每人每年申请次数 ${settings.applicationsPerYear} 次，本次不予帮扶` }
      : null;
    const refusal = r.ineligible ?? overCount;
    if (refusal) {
      const paid = r.app.paid;
      const paidText = paid === null || paid === 0 ? '' : `已实发 ${yuan(paid)}，请核实`;
      return { ...base, due: 0 as Fen, difference: paid, result: '错误', tierRow: null, problems: [refusal], explanation: joinParts([`${refusal.message}，应发 ${yuan(0 as Fen)}`, paidText, ...r.notes]) };
    }

    const quote = quoteAid(tiers, r.selfPaid, settings.tierBoundary);
    let due = quote.amount;
    let ruleText = quoteText(quote, r.selfPaid, tierTexts);
    const cap = settings.yearlyAidCap;
    if (cap !== null && group.due + due > cap) {
      due = Math.max(0, cap - group.due) as Fen;
      const before = group.rows.length ? `本年度第 ${group.rows.join('、')} 行已应发 ${yuan(group.due)}` : '';
      ruleText += `计 ${yuan(quote.amount)}，受年度帮扶上限 ${yuan(cap)}限制${before ? `（${before}）` : ''}，`;
    }
    ruleText += `应发 ${yuan(due)}`;
    group.rows.push(r.app.row);
    group.due = (group.due + due) as Fen;
    accepted.set(key, group);

    const paid = r.app.paid;
    const difference = paid === null ? null : ((paid - due) as Fen);
    const result: CheckResult = paid === null ? (due === 0 ? '一致' : '待发放') : difference === 0 ? '一致' : '不一致';
    const paidText = paid === null
      ? (due === 0 ? '无需发放' : '尚未发放')
      : difference === 0 ? '与实发一致'
      : `实发 ${yuan(paid)}，${difference! < 0 ? '少发' : '多发'} ${yuan(Math.abs(difference!) as Fen)}`;
    return { ...base, due, difference, result, tierRow: quote.tier?.row ?? null, problems: [], explanation: joinParts([ruleText, paidText, ...r.notes]) };
  });
  return { rows, summary: summarize(rows, tiers, settings) };
}

function read(app: AidApplication, settings: AidSettings, members: ReadonlyMap<string, Member>, firstRowOfId: Map<string, number>): Reading {
  const at = (column: string, message: string): Problem => ({ sheet: SHEET.aidLedger, row: app.row, column, message });
  const errors = [...app.problems];
  const notes: string[] = [];
  const failed = (column: string) => app.problems.some((p) => p.column === column);

  if (app.applicationId === '') errors.push(at(L.applicationId, '申请编号为空'));
  else if (firstRowOfId.has(app.applicationId)) errors.push(at(L.applicationId, `申请编号“${app.applicationId}”与第 ${firstRowOfId.get(app.applicationId)} 行重复，是否复制了一行？`));
  else firstRowOfId.set(app.applicationId, app.row);

  const year = app.year ?? settings.planYear;
  if (app.year === null && !failed(L.year)) notes.push(`年度为空，按计划年度 ${settings.planYear} 计`);

  let ineligible: Problem | null = null;
  if (app.memberId === '') errors.push(at(L.memberId, '工号为空'));
  else {
    const member = members.get(memberIdKey(app.memberId));
    if (!member) errors.push(at(L.memberId, `工号 ${app.memberId} 不在会员名册中`));
    else {
      if (member.name.trim() !== app.name.trim()) notes.push(`姓名“${app.name}”与会员名册中的“${member.name}”不同`);
      if (member.status === '离校') ineligible = at(L.memberId, `会员名册中工号 ${app.memberId} 的会员状态为离校，不能申请帮扶`);
      else if (member.status === '退休' && !settings.retireesMayApply) ineligible = at(L.memberId, `会员名册中工号 ${app.memberId} 的会员状态为退休，设置“退休人员可申请”不为“是”`);
    }
  }

  let selfPaid = app.selfPaid;
  const { totalCost, insurancePaid } = app;
  const costsKnown = totalCost !== null && insurancePaid !== null;
  if (!failed(L.selfPaid)) {
    if (selfPaid === null) {
      if (!costsKnown) {
        if (!failed(L.totalCost) && !failed(L.insurancePaid)) errors.push(at(L.selfPaid, '自付金额为空，医疗总费用和医保报销也不全，无法核算'));
      } else if (insurancePaid! > totalCost!) {
        errors.push(at(L.insurancePaid, `自付金额为空，且医保报销 ${yuan(insurancePaid!)}大于医疗总费用 ${yuan(totalCost!)}，无法计算自付金额`));
      } else {
        selfPaid = (totalCost! - insurancePaid!) as Fen;
        notes.push(`自付金额为空，按医疗总费用 − 医保报销 = ${yuan(selfPaid)}计`);
      }
    } else if (costsKnown && Math.abs(selfPaid - (totalCost! - insurancePaid!)) > 1) {
      const derived = (totalCost! - insurancePaid!) as Fen;
      notes.push(`自付金额 ${yuan(selfPaid)}与医疗总费用 − 医保报销 = ${yuan(derived)}相差 ${yuan(Math.abs(selfPaid - derived) as Fen)}，按自付金额核算`);
    }
  }
  if (app.paid !== null && app.paid > 0 && app.paidDate === null && !failed(L.paidDate)) notes.push('已填实发金额但发放日期为空');
  return { app, year, selfPaid, errors, ineligible, notes };
}

/** How 说明 names each tier and the table's ends, worded once per run rather than per row. */
interface TierTexts {
  readonly tier: ReadonlyMap<AidTier, string>;
  readonly below: string;
  readonly above: string;
}

function describeTiers(tiers: readonly AidTier[], settings: AidSettings): TierTexts {
  const where = (t: AidTier) => `帮扶标准第 ${t.row} 行：${tierRangeText(t, settings.tierBoundary)}`;
  const first = tiers[0];
  const top = tiers[tiers.length - 1];
  return {
    tier: new Map(tiers.map((t) => [t, `按帮扶标准第 ${t.row} 行（${tierRangeText(t, settings.tierBoundary)}：${tierRuleText(t)}）`])),
    below: first ? `未达到最低档（${where(first)}），不符合条件，` : '',
    above: top ? `超过最高档（${where(top)}），不符合条件，` : '',
  };
}

function quoteText(quote: AidQuote, selfPaid: Fen, texts: TierTexts): string {
  const head = `自付 ${yuan(selfPaid)}，`;
  if (quote.tier) return head + texts.tier.get(quote.tier)!;
  if (quote.why === 'below') return head + texts.below;
  if (quote.why === 'above') return head + texts.above;
  return `${head}落在帮扶标准档位之间的空档，不符合条件，`;
}

function problemText(p: Problem): string {
  return p.column ? `${p.column}：${p.message}` : p.message;
}

function joinParts(parts: readonly string[]): string {
  return parts.filter((s) => s !== '').join('；');
}

function summarize(rows: readonly AidRowCheck[], tiers: readonly AidTier[], settings: AidSettings): AidSummary {
  const perResult = Object.fromEntries(CHECK_RESULTS.map((r) => [r, 0])) as Record<CheckResult, number>;
  const buckets = new Map<number | null, { rows: number; due: number }>();
  for (const t of tiers) buckets.set(t.row, { rows: 0, due: 0 });
  buckets.set(null, { rows: 0, due: 0 });
  let totalDue = 0;
  let totalPaid = 0;
  for (const r of rows) {
    perResult[r.result]++;
    totalDue += r.due ?? 0;
    totalPaid += r.paid ?? 0;
    if (r.result === '错误') continue;
    const bucket = buckets.get(r.tierRow)!;
    bucket.rows++;
    bucket.due += r.due ?? 0;
  }
  const perTier = [...buckets].map(([tierRow, b]): AidTierCount => {
    const tier = tiers.find((t) => t.row === tierRow);
    const label = tier ? `帮扶标准第 ${tier.row} 行（${tierRangeText(tier, settings.tierBoundary)}）` : '不符合条件';
    return { tierRow, label, rows: b.rows, due: b.due as Fen };
  });
  const worst = rows
    .filter((r): r is AidRowCheck & { difference: Fen } => r.difference !== null && r.difference !== 0)
    .sort((a, b) => Math.abs(b.difference) - Math.abs(a.difference) || a.row - b.row)
    .slice(0, WORST_SHOWN)
    .map((r) => ({ row: r.row, applicationId: r.applicationId, name: r.name, difference: r.difference }));
  return { rows: rows.length, perTier, totalDue: totalDue as Fen, totalPaid: totalPaid as Fen, perResult, worst };
}
