import type { Campaign } from './campaign';
import type { MailTemplate } from './mailTemplate';
import { sha256Hex } from '../kernel/text/sha256';
import { cellText, isBlank } from '../kernel/values/cell';
import { PICKUP_CAMPAIGN_COLUMNS } from '../kernel/sheets/schema';

const NOT_APPROVED: ReadonlySet<string> = new Set(PICKUP_CAMPAIGN_COLUMNS);

/**
 * What 审核通过 approves: the campaign row as the clerk sees it (every non-owned column, extra
 * columns included since they can be placeholders; blank ones left out so adding an empty column
 * changes nothing) and its template. Column order does not matter. The gift-handling columns
 * (采购数量, 催领天数, 催领模板) are no part of what was approved. 16 hex digits are plenty to
 * notice an edit and short enough to read in the sheet.
 */
export function campaignFingerprint(campaign: Campaign, template: MailTemplate | null): string {
  const row = Object.entries(campaign.fields)
    .filter(([h, v]) => !isBlank(v) && !NOT_APPROVED.has(h))
    .map(([h, v]) => [h, cellText(v)])
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  const tpl = template ? [template.name, template.subject, template.body.replace(/\r\n?/g, '\n')] : null;
  return sha256Hex(JSON.stringify({ row, tpl })).slice(0, 16);
}
