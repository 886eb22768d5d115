// The sidebar's 领取登记 calls: thin adapters over lookupPickup and recordPickups returning the
// views of src/kernel/contracts/pickupContract.ts. A refused scan (already collected, outside the
// audience) is an answer the clerk reads at the counter, so it is an ok reply with ok false.
import type { PickupLookupView, PickupRecordView, PickupSummaryView, SidebarReply } from '../kernel/contracts/sidebarContract';
import { actionRefusal, fromActionResult, ok } from '../kernel/contracts/sidebarReplies';
import type { Services } from '../kernel/services/services';
import type { SummaryRow } from './pickupSummary';
import { lookupPickup, recordPickups, type RecordPickupsRequest } from './recordPickupsAction';

export function pickupLookup(campaignId: string, query: string, services: Services): SidebarReply<PickupLookupView> {
  const q = String(query ?? '').trim();
  return fromActionResult(lookupPickup({ campaignId: String(campaignId ?? ''), query: q }, services), (data, result) => ({
    campaignId: data.campaignId,
    query: q,
    members: data.candidates.map((c) => ({ memberId: c.memberId, name: c.name, branch: c.branch, refusal: c.refusal, collected: c.collected })),
    message: result.message,
  }));
}

export function recordPickup(campaignId: string, memberId: string, proxy: string, services: Services): SidebarReply<PickupRecordView> {
  return recordOne({ campaignId: String(campaignId ?? ''), memberIds: [String(memberId ?? '')], proxy: String(proxy ?? '') }, services);
}

export function undoPickup(campaignId: string, memberId: string, services: Services): SidebarReply<PickupRecordView> {
  return recordOne({ campaignId: String(campaignId ?? ''), undo: [String(memberId ?? '')] }, services);
}

function recordOne(request: RecordPickupsRequest, services: Services): SidebarReply<PickupRecordView> {
  const result = recordPickups(request, services);
  const outcome = result.data?.outcomes[0];
  // 'problems' with data is a refused scan; without data the session itself could not run.
  if (!result.data || !outcome || (result.status !== 'done' && result.status !== 'problems')) return actionRefusal(result);
  return ok({ campaignId: result.data.campaignId, memberId: outcome.memberId, ok: outcome.ok, message: outcome.message, summary: result.data.summary.map(summaryView) });
}

function summaryView(r: SummaryRow): PickupSummaryView {
  return { branch: r.branch, entitled: r.entitled, self: r.self, proxy: r.proxy, missing: r.missing, purchased: r.purchased, left: r.left };
}
