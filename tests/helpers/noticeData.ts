import mailTemplates from '../../templates/mailTemplates.json';
import sampleCampaigns from '../../templates/sampleCampaigns.json';
import sampleRoster from '../../templates/sampleRoster.json';
import sampleSettings from '../../templates/sampleSettings.json';
import type { NoticeData } from '../../src/notices/noticeCheck';
import { readCampaigns } from '../../src/notices/readCampaigns';
import { readMembers } from '../../src/kernel/members/readMembers';
import { readSettings } from '../../src/kernel/sheets/readSettings';
import { readTemplates } from '../../src/notices/readTemplates';
import { ROSTER_SPEC, SHEET } from '../../src/kernel/sheets/schema';
import { sheetValues } from './sheetValues';

/** What the notice actions read, parsed from the sample data (rows may be replaced). */
export function data(over: { campaigns?: Record<string, unknown>[]; templates?: { 模板名称: string; 主题: string; 正文: string }[] } = {}): NoticeData {
  const roster = readMembers(sheetValues(SHEET.roster, sampleRoster));
  const campaigns = readCampaigns(sheetValues(SHEET.campaigns, (over.campaigns ?? sampleCampaigns) as never));
  const templates = readTemplates(sheetValues(SHEET.templates, over.templates ?? mailTemplates));
  const settings = readSettings(sheetValues(SHEET.settings, sampleSettings), 2023);
  return {
    settings: settings.settings, settingsProblems: settings.problems,
    members: roster.members, rosterProblems: roster.problems, rosterHeaders: ROSTER_SPEC.columns.map((c) => c.header),
    campaigns: campaigns.campaigns, campaignProblems: campaigns.problems,
    templates: templates.templates, templateProblems: templates.problems,
    sendRecords: [], sendLogProblems: [], unreadableSendLog: new Map(),
  };
}
