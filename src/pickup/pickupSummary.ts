import { escapeFormula } from '../kernel/values/formulaEscape';
import type { Cell } from '../kernel/values/cell';
import { PICKUP_SUMMARY_SPEC } from '../kernel/sheets/schema';
import type { PickupAudience } from './pickupAudience';
import { collectionOf, type PickupRecord } from './pickupRecord';

/** One row of 领取统计. */
export interface SummaryRow {
  readonly campaignId: string;
  /** The 分会, or 合计 for the campaign's total row. */
  readonly branch: string;
  readonly entitled: number;
  readonly self: number;
  readonly proxy: number;
  readonly missing: number;
  /** 采购数量 and 剩余: on the 合计 row only, as 采购数量 is one number per campaign. */
  readonly purchased: number | null;
  readonly left: number | null;
}

export const TOTAL = '合计';
export const NO_BRANCH = '（未填分会）';

/**
 * A campaign's 领取统计: one row per 分会 in roster order, then 合计. 应领 and 未领 count the
 * audience as it is now; 本人领取 and 代领 count every gift handed out, so a member who collected
 * and has since left the audience still counts against 采购数量 (the gift is gone).
 */
export function summarise(audience: PickupAudience, latest: ReadonlyMap<string, PickupRecord>): SummaryRow[] {
  const campaignId = audience.campaign.id;
  const rows = new Map<string, { entitled: number; self: number; proxy: number; missing: number }>();
  const row = (branch: string) => {
    const key = branch || NO_BRANCH;
    let r = rows.get(key);
    if (!r) rows.set(key, (r = { entitled: 0, self: 0, proxy: 0, missing: 0 }));
    return r;
  };
  for (const m of audience.members) {
    const r = row(m.branch);
    r.entitled++;
    if (!collectionOf(latest, campaignId, m.id)) r.missing++;
  }
  for (const rec of latest.values()) {
    if (rec.campaignId !== campaignId || rec.method === '撤销') continue;
    const r = row(audience.roster.get(rec.memberId)?.branch ?? rec.branch);
    if (rec.method === '本人') r.self++;
    else r.proxy++;
  }
  const out: SummaryRow[] = [...rows].map(([branch, r]) => ({ campaignId, branch, ...r, purchased: null, left: null }));
  const sum = (f: (r: SummaryRow) => number) => out.reduce((n, r) => n + f(r), 0);
  const purchased = audience.campaign.purchased;
  const handedOut = sum((r) => r.self + r.proxy);
  out.push({
    campaignId,
    branch: TOTAL,
    entitled: sum((r) => r.entitled),
    self: sum((r) => r.self),
    proxy: sum((r) => r.proxy),
    missing: sum((r) => r.missing),
    purchased,
    left: purchased === null ? null : purchased - handedOut,
  });
  return out;
}

/** The whole 领取统计 sheet: header, then the rows of every campaign, as one write. */
export function summaryValues(rows: readonly SummaryRow[]): Cell[][] {
  const header = PICKUP_SUMMARY_SPEC.columns.map((c) => c.header);
  // 分会 and 活动ID are the clerk's text: a “=…” 分会 must stay text in the owned sheet too.
  return [header, ...rows.map((r) => [escapeFormula(r.campaignId), escapeFormula(r.branch), r.entitled, r.self, r.proxy, r.missing, r.purchased ?? '', r.left ?? ''])];
}

/** “应领 200，已领 150（本人 120，代领 30），未领 50，采购 210，剩余 60”: the 合计 row in words. */
export function summaryLine(total: SummaryRow): string {
  const stock = total.purchased === null ? '' : `，采购 ${total.purchased}，剩余 ${total.left}`;
  return `应领 ${total.entitled}，已领 ${total.self + total.proxy}（本人 ${total.self}，代领 ${total.proxy}），未领 ${total.missing}${stock}`;
}
