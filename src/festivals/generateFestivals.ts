// 生成节日慰问活动: adds the plan year's festival and birthday campaigns to 慰问活动 with real
// dates. Under the document lock: read 设置, 慰问活动 and 节假日 once → plan (core) → preview and
// confirm → one append → report. A campaign whose 活动ID exists is never touched, so running it
// again adds nothing.
import { type CampaignDraft, FIRST_PLAN_YEAR, LAST_PLAN_YEAR, planFestivalCampaigns, type FestivalPlan } from './festivalCampaigns';
import { chineseDate } from '../kernel/dates/isoDate';
import type { Problem } from '../kernel/problem';
import { type Cell, cellText, wallClock } from '../kernel/values/cell';
import { planAppend } from '../kernel/sheets/appendRows';
import { readHolidays } from '../kernel/dates/readHolidays';
import { readSettings } from '../kernel/sheets/readSettings';
import { CAMPAIGNS_SPEC, PICKUP_CAMPAIGN_COLUMNS, SETTING_KEYS, SHEET } from '../kernel/sheets/schema';
import { cellAt, readTable } from '../kernel/sheets/table';
import { type Clock, LOCKED_MESSAGE, type Services } from '../kernel/services/services';
import type { Workbook } from '../kernel/services/workbook';
import type { ActionResult } from '../kernel/contracts/actionResult';
import { resultText } from '../kernel/contracts/resultText';

const TITLE = '生成节日慰问活动';

/** A generated campaign as the sidebar and the CLI show it. */
export interface FestivalRow {
  readonly 活动ID: string;
  readonly 活动名称: string;
  readonly 领取开始: string;
  readonly 领取截止: string;
  readonly 计划发送时间: string;
  readonly 说明: string;
}

export interface FestivalsData {
  readonly year: number;
  /** Added, or (when not confirmed) what would have been. */
  readonly campaigns: readonly FestivalRow[];
  /** Generated 活动ID that already existed and were left alone. */
  readonly existing: readonly string[];
  readonly applied: boolean;
}

/** The menu item: preview, confirm, add, report. */
export function menuGenerateFestivals(services: Services): ActionResult<FestivalsData> {
  const result = generateFestivals({}, (preview) => services.ui.confirm(TITLE, `${preview}\n\n是否添加？`), services);
  if (result.status !== 'cancelled') services.ui.alert(TITLE, resultText(result));
  return result;
}

/**
 * `year` defaults to 设置!计划年度. `confirm` sees the preview and decides whether to write (the
 * menu asks the clerk; the CLI answers for --dry-run).
 */
export function generateFestivals(
  options: { year?: number },
  confirm: (preview: string) => boolean,
  services: Services,
): ActionResult<FestivalsData> {
  const workbook = services.workbook;
  // The lock spans the confirmation too (at most until the execution limit ends the run), so what
  // the clerk confirmed is exactly what is appended: nobody can add the same 活动ID meanwhile.
  const outcome = services.lock.run(() => run(options, confirm, workbook, services.clock));
  return outcome.locked ? { status: 'locked', message: LOCKED_MESSAGE, problems: [] } : outcome.value;
}

// A 慰问活动 sheet made before 领取登记 existed has no 采购数量/催领天数/催领模板: still a valid sheet.
const CAMPAIGN_COLUMNS_BEFORE_PICKUP = CAMPAIGNS_SPEC.columns.filter((c) => !c.owned && !(PICKUP_CAMPAIGN_COLUMNS as readonly string[]).includes(c.header)).map((c) => c.header);

function run(options: { year?: number }, confirm: (preview: string) => boolean, workbook: Workbook, clock: Clock): ActionResult<FestivalsData> {
  const settings = readSettings(workbook.read(SHEET.settings), clock.currentYear(workbook.timeZone));
  const campaigns = readTable(CAMPAIGNS_SPEC, workbook.read(SHEET.campaigns), CAMPAIGN_COLUMNS_BEFORE_PICKUP);
  const holidays = readHolidays(workbook.read(SHEET.holidays));
  const year = options.year ?? settings.settings.planYear;
  // Only the settings this action uses may stop it; readSettings words each as `项目：reason`.
  const usedKeys: string[] = [SETTING_KEYS.pickupWindowDays, ...(options.year === undefined ? [SETTING_KEYS.planYear] : [])];
  const problems: Problem[] = [
    ...settings.problems.filter((p) => usedKeys.some((k) => p.message.startsWith(`${k}：`))),
    ...campaigns.problems,
    ...holidays.problems,
  ];
  if (!Number.isInteger(year) || year < FIRST_PLAN_YEAR || year > LAST_PLAN_YEAR) {
    problems.push({ sheet: SHEET.settings, column: '值', message: `${SETTING_KEYS.planYear}：只能生成 ${FIRST_PLAN_YEAR}–${LAST_PLAN_YEAR} 年的活动，现为 ${year}` });
  }
  if (problems.length) {
    return { status: 'problems', message: '数据有问题，未添加任何活动。请修改后再运行：', problems };
  }

  const table = campaigns.table;
  const existingIds = new Set(table.rows.map((r) => cellText(cellAt(table, r, '活动ID'))).filter(Boolean));
  const plan = planFestivalCampaigns({ year, pickupWindowDays: settings.settings.pickupWindowDays, existingIds, holidays: holidays.entries });
  const data = (applied: boolean): FestivalsData => ({ year, campaigns: plan.add.map(toRow), existing: plan.existing.map((c) => c.id), applied });
  if (plan.add.length === 0) {
    return { status: 'done', message: `${year} 年度的节日与生日慰问活动都已在“慰问活动”中（${plan.existing.length} 项），没有需要添加的。`, problems: [], data: data(false) };
  }
  const shown = preview(plan);
  if (!confirm(shown)) return { status: 'cancelled', message: `${shown}\n\n未添加任何活动。`, problems: [], data: data(false) };

  const append = planAppend(CAMPAIGNS_SPEC, table, plan.add.map(toRecord));
  if (append.headerWrite) workbook.write(SHEET.campaigns, append.headerWrite);
  workbook.append(SHEET.campaigns, append.rows);
  return { status: 'done', message: report(plan), problems: [], data: data(true) };
}

function toRecord(c: CampaignDraft): Record<string, Cell> {
  return {
    活动ID: c.id,
    活动名称: c.name,
    类型: c.type,
    对象性别: c.gender,
    生日季度: c.birthdayQuarter ?? '',
    模板: c.template,
    领取开始: wallClock(c.pickupStart),
    领取截止: wallClock(c.pickupEnd),
    计划发送时间: c.sendAt,
    说明: c.note,
  };
}

function toRow(c: CampaignDraft): FestivalRow {
  return {
    活动ID: c.id,
    活动名称: c.name,
    领取开始: c.pickupStart,
    领取截止: c.pickupEnd,
    计划发送时间: `${c.sendAt.date} ${c.sendAt.time.slice(0, 5)}`,
    说明: c.note,
  };
}

function describe(c: CampaignDraft): string {
  return `· ${c.id}  ${c.name}：${chineseDate(c.pickupStart)}至${chineseDate(c.pickupEnd)}领取，${chineseDate(c.sendAt.date)} ${c.sendAt.time.slice(0, 5)} 发送通知`;
}

function notes(plan: FestivalPlan): string[] {
  const noted = plan.add.filter((c) => c.note !== '');
  return noted.length ? ['注意：', ...noted.map((c) => `· ${c.id}：${c.note}`)] : [];
}

function kept(plan: FestivalPlan): string[] {
  return plan.existing.length ? [`已存在、不会改动：${plan.existing.map((c) => c.id).join('、')}`] : [];
}

function preview(plan: FestivalPlan): string {
  return [
    `计划年度 ${plan.year}：将在“慰问活动”中添加 ${plan.add.length} 项活动（领取日期均已避开节假日）：`,
    ...plan.add.map(describe),
    ...kept(plan),
    ...notes(plan),
  ].join('\n');
}

function report(plan: FestivalPlan): string {
  return [
    `已在“慰问活动”中添加 ${plan.year} 年度的 ${plan.add.length} 项活动：${plan.add.map((c) => c.id).join('、')}。`,
    ...kept(plan),
    '请为新活动填写领取地点，核对日期和模板后再“审核通过”。',
    ...notes(plan),
  ].join('\n');
}
