// The 领取登记 view's part of the sidebar contract (see sidebarContract.ts): plain JSON only.

/** A member found by a scanned 工号 or part of a name. */
export interface PickupMemberView {
  /** 工号 */
  readonly memberId: string;
  readonly name: string;
  readonly branch: string;
  /** '' when the member may collect; else why not (e.g. not in the campaign's audience). */
  readonly refusal: string;
  /** How and when the member already collected, with the 经办人; '' when not yet. */
  readonly collected: string;
}

export interface PickupLookupView {
  readonly campaignId: string;
  readonly query: string;
  readonly members: readonly PickupMemberView[];
  /** e.g. that nobody matches; '' otherwise. */
  readonly message: string;
}

/** One row of 领取统计 (a 分会, or 合计). */
export interface PickupSummaryView {
  readonly branch: string;
  readonly entitled: number;
  readonly self: number;
  readonly proxy: number;
  readonly missing: number;
  /** On the 合计 row only. */
  readonly purchased: number | null;
  readonly left: number | null;
}

export interface PickupRecordView {
  readonly campaignId: string;
  /** 工号 as recorded (normalised). */
  readonly memberId: string;
  /** false: refused (the message says why, e.g. naming the earlier row). */
  readonly ok: boolean;
  /** One Chinese line: what was recorded, or the refusal. */
  readonly message: string;
  /** The campaign's 领取统计 after the recording, 合计 last. */
  readonly summary: readonly PickupSummaryView[];
}
