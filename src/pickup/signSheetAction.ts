// 打印签领单: the printable sign-off page of a campaign (one 分会 per A4 page). Reads only.
import { findCampaign } from '../notices';
import { SHEET } from '../kernel/sheets/schema';
import type { ActionResult } from '../kernel/contracts/actionResult';
import type { Services } from '../kernel/services/services';
import { isProblem, readNoticeSession } from '../notices';
import { pickupAudience } from './pickupAudience';
import { latestPickups } from './pickupRecord';
import { readPickupLog } from './readPickupLog';
import { branchesOf, signSheetHtml } from './signSheet';

export interface SignSheetData {
  readonly campaignId: string;
  /** A file name for the page: `<活动ID>-签领单.html`, without characters a file system refuses. */
  readonly fileName: string;
  readonly html: string;
  readonly branches: number;
  readonly members: number;
}

export function signSheets(request: { campaignId: string }, services: Services): ActionResult<SignSheetData> {
  const session = readNoticeSession(services);
  const campaign = findCampaign(session.data, request.campaignId ?? '');
  if (isProblem(campaign)) return { status: 'problems', message: campaign.message, problems: [campaign] };
  const audience = pickupAudience(campaign, session.data.members, { retireesInFestivals: session.data.settings.retireesInFestivals });
  if (campaign.type === '帮扶') return { status: 'problems', message: audience.problems[0].message, problems: audience.problems };
  const log = readPickupLog(services.workbook.read(SHEET.pickupLog));
  const html = signSheetHtml({ unitName: session.data.settings.unitName, audience, pickups: latestPickups(log.records) });
  const branches = branchesOf(audience).length;
  return {
    status: 'done',
    message: `活动“${campaign.id}”的签领单：${branches} 个分会，共 ${audience.members.length} 人（每个分会单独一页，打印时请选 A4）。`,
    problems: log.problems,
    data: { campaignId: campaign.id, fileName: `${campaign.id.replace(/[\\/:*?"<>|\s]+/g, '_')}-签领单.html`, html, branches, members: audience.members.length },
  };
}
