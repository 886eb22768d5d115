import { clipText } from '../kernel/text/clipText';
import { type Eligibility, eligibility, normaliseMemberId, type PickupAudience } from './pickupAudience';
import { type Collection, collectionOf, describeCollection, latestPickups, type PickupMethod, pickupKey, type PickupRecord } from './pickupRecord';

/** One scan or one typed line: a collection (本人 / 代领) or taking the last one back (撤销). */
export interface PickupRequest {
  readonly memberId: string;
  readonly method: PickupMethod;
  /** 代领人, for 代领. */
  readonly proxy?: string;
  readonly note?: string;
}

export interface PickupOutcome {
  readonly memberId: string;
  readonly ok: boolean;
  /** The result in Chinese, one line, as the sidebar and the CLI print it. */
  readonly message: string;
  /** The row this request appends (ok only). */
  readonly record?: PickupRecord;
}

export interface PickupBatch {
  /** Rows to append to 领取登记, in request order (one append). */
  readonly records: readonly PickupRecord[];
  readonly outcomes: readonly PickupOutcome[];
  readonly refused: number;
}

export interface PickupBatchInput {
  readonly audience: PickupAudience;
  /** 领取登记 as read (the rows of every campaign). */
  readonly log: readonly PickupRecord[];
  readonly requests: readonly PickupRequest[];
  /** 经办人 */
  readonly clerk: string;
  /** 'YYYY-MM-DD HH:mm:ss' */
  readonly time: string;
  /** The sheet row the first appended record will take. */
  readonly firstRow: number;
}

const TEXT_MAX = 100;

/**
 * Plans a recording session: each request is checked against the audience and against what the
 * log says (and what earlier requests of the same batch did), so the batch appends its rows in
 * one write and a refusal never stops the others.
 */
export function planPickups(input: PickupBatchInput): PickupBatch {
  const { audience, clerk, time } = input;
  const campaignId = audience.campaign.id;
  const latest = latestPickups(input.log);
  const records: PickupRecord[] = [];
  const outcomes: PickupOutcome[] = [];
  for (const request of input.requests) {
    const memberId = normaliseMemberId(request.memberId);
    const refuse = (message: string) => outcomes.push({ memberId, ok: false, message });
    const who = eligibility(audience, memberId);
    const earlier = collectionOf(latest, campaignId, memberId);
    if (request.method === '撤销') {
      if (!earlier) {
        refuse(`${label(who, memberId)}没有有效的领取登记，无需撤销`);
        continue;
      }
    } else {
      if (!who.ok) {
        refuse(`拒绝：${who.reason}`);
        continue;
      }
      if (earlier) {
        refuse(`拒绝：${label(who, memberId)}已经领取过（${describeCollection(earlier)}，经办人 ${earlier.clerk || '未记录'}，${where(earlier, input.firstRow)}），不能重复登记`);
        continue;
      }
      if (request.method === '代领' && !(request.proxy ?? '').trim()) {
        refuse(`拒绝：${label(who, memberId)}代领须填写代领人`);
        continue;
      }
    }
    const member = who.member;
    const record: PickupRecord = {
      row: input.firstRow + records.length,
      time,
      campaignId,
      memberId,
      name: member?.name ?? earlier?.name ?? '',
      branch: member?.branch ?? earlier?.branch ?? '',
      method: request.method,
      proxy: request.method === '代领' ? clipText((request.proxy ?? '').trim(), TEXT_MAX) : '',
      clerk,
      note: clipText((request.note ?? '').trim(), TEXT_MAX),
    };
    records.push(record);
    latest.set(pickupKey(campaignId, memberId), record);
    outcomes.push({ memberId, ok: true, record, message: accepted(record, earlier) });
  }
  return { records, outcomes, refused: outcomes.filter((o) => !o.ok).length };
}

function label(who: Eligibility, memberId: string): string {
  return who.member ? `${who.member.name}（${memberId}）` : `工号 ${memberId} `;
}

function where(c: Collection, firstRow: number): string {
  return c.row >= firstRow ? `本次登记的第 ${c.row - firstRow + 1} 条，领取登记第 ${c.row} 行` : `领取登记第 ${c.row} 行`;
}

function accepted(r: PickupRecord, undone: Collection | null): string {
  const who = `${r.name}（${r.memberId}${r.branch ? `，${r.branch}` : ''}）`;
  if (r.method === '撤销') return `已撤销：${who}${undone ? `在 ${describeCollection(undone)} 的领取登记（领取登记第 ${undone.row} 行）` : ''}`;
  return r.method === '本人' ? `已登记：${who}本人领取` : `已登记：${who}由 ${r.proxy} 代领`;
}
