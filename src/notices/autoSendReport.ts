import type { CampaignRunReport } from './campaignRunReport';
import { plainTextToHtml } from './plainTextToHtml';
import type { RenderedMail } from './templateRender';

/** One line of an approver's report: a campaign sent, or one that could not be. */
export type ReportEntry =
  | { readonly kind: 'run'; readonly report: CampaignRunReport }
  | { readonly kind: 'blocked'; readonly campaignId: string; readonly campaignName: string; readonly problems: readonly string[] }
  | { readonly kind: 'changed'; readonly campaignId: string; readonly campaignName: string };

const title = (id: string, name: string) => `活动“${id}”${name ? `（${name}）` : ''}`;
const names = (people: readonly { name: string; note: string }[]) =>
  people.slice(0, 20).map((p) => `${p.name}（${p.note}）`).join('；') + (people.length > 20 ? `……共 ${people.length} 人` : '');

function entryText(e: ReportEntry): string {
  if (e.kind === 'blocked') return `${title(e.campaignId, e.campaignName)}：数据有问题，没有发送。请改正：\n${e.problems.slice(0, 10).map((p) => `  ${p}`).join('\n')}`;
  if (e.kind === 'changed') return `${title(e.campaignId, e.campaignName)}：审核后活动行或邮件模板被修改过，已视为草稿、没有发送。请检查后重新审核。`;
  const r = e.report;
  const parts = [`${title(r.campaignId, r.campaignName)}：本次发送 ${r.sent} 封，累计已发送 ${r.alreadySent + r.sent} 人`];
  if (r.skipped.length) parts.push(`跳过 ${r.skipped.length} 人：${names(r.skipped)}`);
  if (r.failed.length) parts.push(`失败 ${r.failed.length} 人（下次重试）：${names(r.failed)}`);
  if (r.uncertain) parts.push(`${r.uncertain.name}（${r.uncertain.memberId}）发信出错、无法确定是否已发出，已停止该活动的发送，请核实后在“发送记录”中追加“已发送”或“失败”`);
  if (r.inFlight.length) parts.push(`${r.inFlight.length} 人上次发送中断、待核实：${r.inFlight.map((p) => p.name).join('、')}`);
  if (r.stoppedBy === 'quota') parts.push(`今日发信额度已用完，剩余 ${r.left} 封明天继续（留待明天）`);
  else if (r.stoppedBy === 'time') parts.push(`剩余 ${r.left} 封稍后自动继续`);
  else if (r.stoppedBy === 'unavailable') parts.push(`邮件服务器无法使用，已停止，剩余 ${r.left} 封下次运行时发送`);
  else if (r.finished) parts.push('已全部发送完毕');
  return parts.join('；') + '。';
}

/** The body of an approver's report without its date: the same body twice is not mailed twice. */
export function reportBody(entries: readonly ReportEntry[]): string {
  return entries.map(entryText).join('\n\n');
}

/** Whether an entry is news: mail sent or failed, or a campaign that needs the approver. */
export function isNews(e: ReportEntry): boolean {
  if (e.kind !== 'run') return true;
  const r = e.report;
  return r.sent > 0 || r.failed.length > 0 || r.uncertain !== null || r.inFlight.length > 0 || r.stoppedBy !== 'done';
}

export function approverReport(entries: readonly ReportEntry[], when: string, unitName: string): RenderedMail {
  const text = [
    '您好：',
    `以下是${unitName || '工会助手'}自动发送慰问通知的结果（${when}）：`,
    reportBody(entries),
    '此邮件由工会助手自动发送给活动的审核人。如需停止自动发送，请在表格菜单中选择“工会助手 → 关闭自动发送”。',
  ].join('\n\n');
  return { subject: `【工会助手】慰问通知自动发送报告 ${when.slice(0, 16)}`, text, html: plainTextToHtml(text) };
}

