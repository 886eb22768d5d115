import type { PICKUP_METHODS } from '../kernel/sheets/schema';

export type PickupMethod = (typeof PICKUP_METHODS)[number];

/** One row of 领取登记: a gift handed out (本人 / 代领) or such a row taken back (撤销). */
export interface PickupRecord {
  /** Sheet row; for a row about to be appended, the row it will take. */
  readonly row: number;
  /** Wall-clock 'YYYY-MM-DD HH:mm:ss' in the workbook's 时区. */
  readonly time: string;
  readonly campaignId: string;
  /** 工号 */
  readonly memberId: string;
  readonly name: string;
  readonly branch: string;
  readonly method: PickupMethod;
  /** 代领人: who collected it for the member (代领 only). */
  readonly proxy: string;
  /** 经办人: the clerk who recorded it. */
  readonly clerk: string;
  readonly note: string;
}

/** A record that says the gift is in the member's hands. */
export type Collection = PickupRecord & { readonly method: '本人' | '代领' };

export function pickupKey(campaignId: string, memberId: string): string {
  return `${campaignId}\u0000${memberId}`;
}

/**
 * The latest record per (活动ID, 工号): the log is append-only, so a later row (a 撤销, or a
 * collection recorded again after one) replaces what an earlier row said.
 */
export function latestPickups(records: Iterable<PickupRecord>): Map<string, PickupRecord> {
  const latest = new Map<string, PickupRecord>();
  for (const r of records) latest.set(pickupKey(r.campaignId, r.memberId), r);
  return latest;
}

/** The member's collection of the campaign's gift, or null when it is not (or no longer) collected. */
export function collectionOf(latest: ReadonlyMap<string, PickupRecord>, campaignId: string, memberId: string): Collection | null {
  const r = latest.get(pickupKey(campaignId, memberId));
  return r && r.method !== '撤销' ? (r as Collection) : null;
}

/** “2026-06-10 09:12 本人领取” / “2026-06-10 09:12 由 李四 代领”, as the clerk reads it. */
export function describeCollection(c: Collection): string {
  const when = c.time.slice(0, 16);
  return c.method === '本人' ? `${when} 本人领取` : `${when} 由 ${c.proxy || '（未填代领人）'} 代领`;
}
