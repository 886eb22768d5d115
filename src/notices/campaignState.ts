import type { Campaign } from './campaign';
import type { WallClock } from '../kernel/values/cell';

export type CampaignState = '草稿' | '已审核' | '发送中' | '已完成';

export interface EffectiveState {
  readonly state: CampaignState;
  /** Why an approved campaign counts as 草稿 again; '' otherwise. */
  readonly reason: string;
}

/**
 * The state a campaign is really in. An approval covers the row and template as they were: once
 * either changes (the fingerprint differs) the campaign is a 草稿 again, which needs no onEdit
 * trigger and works offline. 已完成 stays 已完成 (a clerk who wants to send again clears 状态).
 */
export function effectiveState(campaign: Campaign, currentFingerprint: string): EffectiveState {
  const stored = campaign.approval.state;
  if (stored === '已完成') return { state: '已完成', reason: '' };
  if (stored === '已审核' || stored === '发送中') {
    if (campaign.approval.fingerprint !== '' && campaign.approval.fingerprint === currentFingerprint) return { state: stored, reason: '' };
    return { state: '草稿', reason: `活动“${campaign.id}”在审核后被修改过（活动行或邮件模板），需要重新审核` };
  }
  return { state: '草稿', reason: '' };
}

function wallText(w: WallClock): string {
  return `${w.date} ${w.time}`;
}

/**
 * The hourly trigger sends approved campaigns whose 计划发送时间 has come, and goes on with
 * campaigns already 发送中 (started by hand or by an earlier run and stopped by the quota);
 * never a 草稿.
 */
export function isDue(state: CampaignState, sendAt: WallClock | null, now: WallClock): boolean {
  if (state === '发送中') return true;
  return state === '已审核' && sendAt !== null && wallText(sendAt) <= wallText(now);
}

/** Sending by hand is the clerk's own approval, so any campaign not yet 已完成 may be sent. */
export function canSendByHand(state: CampaignState): boolean {
  return state !== '已完成';
}
