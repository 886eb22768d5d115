// The sample workbook's 端午 campaign, seen by the pickup core: roster, campaign, pickups, sends.
import mailTemplates from '../../templates/mailTemplates.json';
import sampleCampaigns from '../../templates/sampleCampaigns.json';
import type { NoticeData } from '../../src/notices/noticeCheck';
import { sendRecord } from '../../src/notices/sendPlan';
import type { SendRecord, SendState } from '../../src/kernel/journal/sendRecord';
import { pickupAudience } from '../../src/pickup/pickupAudience';
import type { PickupMethod, PickupRecord } from '../../src/pickup/pickupRecord';
import { data } from '../helpers/noticeData';

export const REMINDER_TEMPLATE = { 模板名称: '端午催领', 主题: '请于{{领取截止}}前领取端午慰问品', 正文: '{{姓名}}老师：端午慰问品尚未领取，请于{{领取截止}}前到{{领取地点}}领取。' };

/** The sample data with the 端午 row changed by `over` (e.g. 采购数量, 催领模板). */
export function dragonBoat(over: Record<string, unknown> = {}, sendRecords: SendRecord[] = []): NoticeData {
  const campaigns = sampleCampaigns.map((c) => (c.活动ID === '2023-端午' ? { ...c, 催领模板: '端午催领', ...over } : c));
  return { ...data({ campaigns, templates: [...mailTemplates, REMINDER_TEMPLATE] }), sendRecords };
}

export function campaignOf(d: NoticeData, id = '2023-端午') {
  const c = d.campaigns.find((x) => x.id === id);
  if (!c) throw new Error(id);
  return c;
}

export function audienceOf(d: NoticeData, id = '2023-端午') {
  return pickupAudience(campaignOf(d, id), d.members, { retireesInFestivals: d.settings.retireesInFestivals });
}

let row = 2;
export function pickup(memberId: string, method: PickupMethod, extra: Partial<PickupRecord> = {}): PickupRecord {
  return { row: row++, time: '2023-06-13 10:00:00', campaignId: '2023-端午', memberId, name: '', branch: '', method, proxy: method === '代领' ? '李代领' : '', clerk: 'clerk@example.edu.cn', note: '', ...extra };
}

export function sent(d: NoticeData, memberId: string, state: SendState = '已发送', kind: '通知' | '催领' = '通知', time = '2023-06-09 09:00:00'): SendRecord {
  const m = d.members.find((x) => x.id === memberId)!;
  return sendRecord(time, '2023-端午', { memberId, name: m.name, email: m.email }, state, '', 'clerk@example.edu.cn', kind);
}
