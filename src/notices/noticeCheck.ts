import { type AidNoticeRow, aidAudience } from './aidAudience';
import { type Audience, memberAudience, type Recipient, rosterProblemsFor } from './audience';
import type { Campaign } from './campaign';
import { campaignFingerprint } from './campaignFingerprint';
import { type EffectiveState, effectiveState } from './campaignState';
import type { MailTemplate } from './mailTemplate';
import type { Member } from '../kernel/members/member';
import { isBlocking, type Problem } from '../kernel/problem';
import { latestStates, type SendRecord } from '../kernel/journal/sendRecord';
import { planSends, type SendPlan } from './sendPlan';
import type { Settings } from '../kernel/sheets/settings';
import { type PlaceholderSource, type RenderedMail, renderMail, unknownPlaceholders } from './templateRender';
import { SHEET } from '../kernel/sheets/schema';
import { missingColumn } from '../kernel/values/missingColumn';


/** Everything the notice actions read, parsed (one read per sheet). */
export interface NoticeData {
  readonly settings: Settings;
  /** 设置 falls back to defaults for what it cannot read: shown, never blocking a send. */
  readonly settingsProblems: readonly Problem[];
  readonly members: readonly Member[];
  readonly rosterProblems: readonly Problem[];
  /** Headers of 会员名册, so a placeholder naming an empty column is still known. */
  readonly rosterHeaders: readonly string[];
  /** The header row 会员名册 actually has; when given, a column a campaign needs must be in it. */
  readonly rosterColumnsFound?: readonly string[];
  readonly campaigns: readonly Campaign[];
  readonly campaignProblems: readonly Problem[];
  readonly templates: ReadonlyMap<string, MailTemplate>;
  readonly templateProblems: readonly Problem[];
  /** 发送记录 rows in order, then journal records a crashed run left unflushed. */
  readonly sendRecords: readonly SendRecord[];
  readonly sendLogProblems: readonly Problem[];
  readonly unreadableSendLog: ReadonlyMap<string, readonly Problem[]>;
  /** 帮扶 campaigns: the 帮扶台账 rows each one notifies; undefined when the ledger is not read. */
  readonly aidRows?: (campaign: Campaign) => { rows: readonly AidNoticeRow[]; headers: readonly string[]; problems: readonly Problem[] };
}

/** One campaign, checked: who gets what, what is wrong, and whether anything blocks a send. */
export interface NoticeCheck {
  readonly campaign: Campaign;
  readonly template: MailTemplate | null;
  readonly fingerprint: string;
  readonly state: EffectiveState;
  readonly audience: Audience;
  readonly plan: SendPlan;
  /** Every problem that concerns this campaign; errors block sending, warnings are shown. */
  readonly problems: readonly Problem[];
  readonly blocked: boolean;
}

/** The campaign with this 活动ID, or a problem saying there is none. */
export function findCampaign(data: NoticeData, id: string): Campaign | Problem {
  const wanted = id.trim();
  const found = data.campaigns.find((c) => c.id === wanted);
  if (found) return found;
  const known = data.campaigns.map((c) => c.id).join('、');
  return { sheet: SHEET.campaigns, column: '活动ID', message: `找不到活动ID“${wanted}”${known ? `（现有：${known}）` : '，慰问活动表中还没有活动'}` };
}

/** The campaign on a sheet row (the clerk's selection), or null. */
export function campaignAtRow(data: NoticeData, row: number): Campaign | null {
  return data.campaigns.find((c) => c.row === row) ?? null;
}

export function placeholderSources(data: NoticeData, campaign: Campaign, recipient: Recipient): PlaceholderSource[] {
  return [...recipient.sources, { label: SHEET.campaigns, values: campaign.fields }, { label: SHEET.settings, values: data.settings.raw }];
}

export function renderFor(data: NoticeData, check: NoticeCheck, recipient: Recipient): RenderedMail {
  if (!check.template) throw new Error(`活动“${check.campaign.id}”没有可用的邮件模板`);
  return renderMail(check.template, placeholderSources(data, check.campaign, recipient)).mail;
}

export function checkNotices(data: NoticeData, campaign: Campaign): NoticeCheck {
  const problems: Problem[] = [];
  problems.push(...data.campaignProblems.filter((p) => p.row === undefined || p.row === campaign.row));

  const template = data.templates.get(campaign.templateName) ?? null;
  if (!template && campaign.templateName !== '') {
    const names = [...data.templates.keys()].join('、');
    problems.push({ sheet: SHEET.campaigns, row: campaign.row, column: '模板', message: `找不到模板“${campaign.templateName}”${names ? `，邮件模板中现有：${names}` : '，邮件模板表是空的'}` });
  }
  if (template) problems.push(...data.templateProblems.filter((p) => p.row === undefined || p.row === template.row));

  let audience: Audience;
  const personSources: { label: string; names: Iterable<string> }[] = [{ label: SHEET.roster, names: rosterNames(data) }];
  problems.push(...rosterProblemsFor(campaign, data.rosterProblems));
  if (campaign.type === '帮扶') {
    const aid = data.aidRows?.(campaign);
    if (!aid) {
      problems.push({ sheet: SHEET.campaigns, row: campaign.row, column: '类型', message: '帮扶类活动的收件人来自帮扶台账，但帮扶台账未能读取' });
      audience = { recipients: [], skipped: [], problems: [] };
    } else {
      problems.push(...aid.problems);
      audience = aidAudience(campaign, aid.rows, data.members);
      personSources.push({ label: SHEET.aidLedger, names: aid.headers });
    }
  } else {
    if (campaign.type === '生日' && !campaign.birthdayQuarter) {
      problems.push({ sheet: SHEET.campaigns, row: campaign.row, column: '生日季度', message: '生日活动没有填写生日季度，将发给所有在册会员', severity: 'warning' });
    }
    audience = memberAudience(campaign, data.members, { retireesInFestivals: data.settings.retireesInFestivals });
  }
  problems.push(...missingRosterColumns(data, campaign));
  problems.push(...audience.problems);
  const entitled = audience.recipients.length + audience.skipped.length;
  if (campaign.purchased !== null && entitled > campaign.purchased) {
    problems.push({ sheet: SHEET.campaigns, row: campaign.row, column: '采购数量', message: `应领 ${entitled} 人，多于采购数量 ${campaign.purchased}：慰问品不够发，请补购或核对发放范围`, severity: 'warning' });
  }

  if (template) {
    problems.push(...unknownPlaceholders(template, [
      ...personSources,
      { label: SHEET.campaigns, names: Object.keys(campaign.fields) },
      { label: SHEET.settings, names: Object.keys(data.settings.raw) },
    ]));
    problems.push(...blankPlaceholderWarnings(data, campaign, template, audience.recipients));
  }

  problems.push(...data.settingsProblems.map((p): Problem => ({ ...p, severity: 'warning' })));
  problems.push(...data.sendLogProblems, ...(data.unreadableSendLog.get(campaign.id) ?? []));
  const fingerprint = campaignFingerprint(campaign, template);
  const state = effectiveState(campaign, fingerprint);
  const plan = planSends(campaign.id, audience, latestStates(data.sendRecords));
  const unique = dedupe(problems);
  return { campaign, template, fingerprint, state, audience, plan, problems: unique, blocked: unique.some(isBlocking) };
}

/**
 * A column the campaign cannot be judged without stops it (nothing is recorded): without 邮箱 every
 * member would look as if they had no address, and the campaign would be marked done.
 */
function missingRosterColumns(data: NoticeData, campaign: Campaign): Problem[] {
  const found = data.rosterColumnsFound;
  if (!found) return [];
  const needed = ['邮箱', ...(campaign.birthdayQuarter || campaign.type === '生日' ? ['出生日期'] : []), ...(campaign.gender ? ['性别'] : [])];
  return needed.filter((h) => !found.includes(h)).map((h) => missingColumn(SHEET.roster, h, found));
}

function rosterNames(data: NoticeData): Set<string> {
  const names = new Set(data.rosterHeaders);
  for (const m of data.members) for (const h of Object.keys(m.fields)) names.add(h);
  return names;
}

/** A placeholder that renders empty is worth a warning (“请于至期间到领取” reads badly). */
function blankPlaceholderWarnings(data: NoticeData, campaign: Campaign, template: MailTemplate, recipients: readonly Recipient[]): Problem[] {
  const blanks = new Map<string, number>();
  for (const r of recipients) {
    for (const name of renderMail(template, placeholderSources(data, campaign, r)).blank) blanks.set(name, (blanks.get(name) ?? 0) + 1);
  }
  return [...blanks].map(([name, n]): Problem => ({
    sheet: SHEET.templates,
    row: template.row,
    column: '正文',
    message: n === recipients.length ? `占位符{{${name}}}的值为空，邮件中这里会是空白` : `占位符{{${name}}}对 ${n} 位收件人为空，他们的邮件中这里会是空白`,
    severity: 'warning',
  }));
}

function dedupe(problems: readonly Problem[]): Problem[] {
  const seen = new Set<string>();
  return problems.filter((p) => {
    const key = JSON.stringify([p.sheet, p.row, p.column, p.message]);
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}
