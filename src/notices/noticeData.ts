// What every 慰问通知 action reads (one getValues per sheet, the journal from document
// properties) and the writes they share: the owned columns of 慰问活动 and rows of 发送记录.
import type { Campaign } from './campaign';
import { findCampaign, type NoticeData } from './noticeCheck';
import { formatProblem, type Problem } from '../kernel/problem';
import { decodeJournal, JOURNAL_PROPERTY, unflushed } from '../kernel/journal/sendJournal';
import type { SendRecord } from '../kernel/journal/sendRecord';
import { type Cell, cellText, wallClock } from '../kernel/values/cell';
import { planAppend } from '../kernel/sheets/appendRows';
import { aidNoticeRows } from './aidNoticeRows';
import { type AidLedgerRead, readAidLedger } from '../aid';
import { readCampaigns } from './readCampaigns';
import { readMembers } from '../kernel/members/readMembers';
import { readSendLog } from './readSendLog';
import { readTemplates } from './readTemplates';
import { CAMPAIGNS_SPEC, ROSTER_SPEC, SEND_LOG_SPEC, SHEET } from '../kernel/sheets/schema';
import type { Table } from '../kernel/sheets/table';
import { writeOwnedColumns } from '../kernel/sheets/ownedColumns';
import type { Clock, Services } from '../kernel/services/services';
import type { Workbook } from '../kernel/services/workbook';
import { workbookSettings } from '../kernel/sheets/workbookSettings';

/** Which campaign a menu item is about: the selected row of 慰问活动, else a 活动ID typed in. */
export function askCampaign(title: string, services: Services): CampaignChoice | null {
  const row = services.user.selectedRow(SHEET.campaigns);
  if (row) return { row };
  const id = services.ui.prompt(title, '请输入活动ID（例如 2023-端午）。\n\n也可以先在“慰问活动”表中选中该活动所在的行，再点菜单。');
  return id ? { campaignId: id } : null;
}

export interface NoticeSession {
  readonly workbook: Workbook;
  readonly clock: Clock;
  readonly properties: GoogleAppsScript.Properties.Properties;
  readonly data: NoticeData;
  readonly campaignsTable: Table;
  readonly sendLogTable: Table;
  /** Journal records of a run that stopped before flushing them (to be appended first). */
  readonly recovered: readonly SendRecord[];
  /** Why nothing may be sent at all (a damaged journal); null when sending is possible. */
  readonly journalProblem: string | null;
  /** Owned 慰问活动 values written in this execution, by row: every later write repeats them. */
  readonly campaignUpdates: Map<number, Record<string, Cell>>;
}

export function readNoticeSession(services: Pick<Services, 'workbook' | 'properties' | 'clock'>): NoticeSession {
  const { workbook, properties, clock } = services;
  const settings = workbookSettings(workbook, clock);
  const roster = readMembers(workbook.read(SHEET.roster));
  const campaigns = readCampaigns(workbook.read(SHEET.campaigns));
  const templates = readTemplates(workbook.read(SHEET.templates));
  const sendLog = readSendLog(workbook.read(SHEET.sendLog));
  const journal = decodeJournal(properties.getProperty(JOURNAL_PROPERTY));
  const recovered = journal.ok ? unflushed(sendLog.records, journal.records) : [];
  // 帮扶台账 is read only when a 帮扶 campaign is looked at, and then once.
  let ledger: AidLedgerRead | null = null;
  const data: NoticeData = {
    settings: settings.settings,
    members: roster.members,
    rosterProblems: roster.problems,
    rosterHeaders: ROSTER_SPEC.columns.map((c) => c.header),
    rosterColumnsFound: workbook.read(SHEET.roster)?.[0]?.map((h) => cellText(h)),
    campaigns: campaigns.campaigns,
    campaignProblems: campaigns.problems,
    templates: templates.templates,
    templateProblems: templates.problems,
    settingsProblems: settings.problems,
    sendRecords: [...sendLog.records, ...recovered],
    sendLogProblems: sendLog.problems,
    unreadableSendLog: sendLog.unreadable,
    aidRows: (campaign) => {
      ledger ??= readAidLedger(workbook.read(SHEET.aidLedger));
      // A notice of aid paid goes out the year it is paid: the year of 计划发送时间, else 计划年度.
      const year = campaign.sendAt ? Number(campaign.sendAt.date.slice(0, 4)) : settings.settings.planYear;
      const chosen = aidNoticeRows(ledger.applications, year);
      return { rows: chosen.rows, headers: ledger.table.headers, problems: [...ledger.problems, ...chosen.problems] };
    },
  };
  return {
    workbook,
    clock,
    properties,
    data,
    campaignsTable: campaigns.table,
    sendLogTable: sendLog.table,
    recovered,
    journalProblem: journal.ok ? null : journal.reason,
    campaignUpdates: new Map(),
  };
}

export interface CampaignChoice {
  readonly campaignId?: string;
  /** A row of 慰问活动 (the clerk's selection). */
  readonly row?: number;
}

/** The campaign the clerk means: by 活动ID, else by the selected row. */
export function chooseCampaign(session: NoticeSession, choice: CampaignChoice): Campaign | Problem {
  if (choice.campaignId) return findCampaign(session.data, choice.campaignId);
  const atRow = choice.row ? session.data.campaigns.find((c) => c.row === choice.row) : undefined;
  if (atRow) return atRow;
  return { sheet: SHEET.campaigns, message: '请先在“慰问活动”表中选中要处理的活动所在的行（或输入活动ID）' };
}

export function isProblem(x: Campaign | Problem): x is Problem {
  return 'message' in x;
}

/** Now in the workbook's time zone, as the cells of 审核时间 and 发送记录!时间 hold it. */
export function nowText(session: NoticeSession): string {
  return session.clock.nowWallClock(session.workbook.timeZone);
}

export function wallClockOf(text: string): ReturnType<typeof wallClock> {
  return wallClock(text.slice(0, 10), text.slice(11, 19) || '00:00:00');
}

/**
 * Writes owned columns of one campaign row (a fixed number of setValues). The write covers the
 * whole column, so it carries this execution's earlier updates of other rows too.
 */
export function writeCampaignColumns(session: NoticeSession, campaign: Campaign, values: Readonly<Record<string, Cell>>): void {
  session.campaignUpdates.set(campaign.row, { ...(session.campaignUpdates.get(campaign.row) ?? {}), ...values });
  writeOwnedColumns(session.workbook, CAMPAIGNS_SPEC, session.campaignsTable, session.campaignUpdates);
}

/** 状态 as last written in this execution, else as read. */
export function storedState(session: NoticeSession, campaign: Campaign): string {
  const written = session.campaignUpdates.get(campaign.row)?.['状态'];
  return typeof written === 'string' ? written : campaign.approval.state;
}

/** 发送记录 rows laid out under the sheet's own headers (one append per batch). */
export function sendLogRows(table: Table, records: readonly SendRecord[]): Cell[][] {
  return planAppend(SEND_LOG_SPEC, table, records.map((r) => ({
    时间: wallClockOf(r.time),
    活动ID: r.campaignId,
    工号: r.memberId,
    姓名: r.name,
    邮箱: r.email,
    状态: r.state,
    说明: r.note,
    操作人: r.operator,
    类型: r.kind === '催领' ? r.kind : '',
  }))).rows;
}

export function problemLines(problems: readonly Problem[]): string[] {
  return problems.map(formatProblem);
}
