// 初始化工作簿: create every missing sheet with its headers, formats and validation, optionally
// filled with the sample data of templates/. A sheet that holds data is never changed, so the
// action is safe to run again at any time (and after a crash halfway).
import mailTemplates from '../../templates/mailTemplates.json';
import sampleAidLedger from '../../templates/sampleAidLedger.json';
import sampleAidTiers from '../../templates/sampleAidTiers.json';
import sampleCampaigns from '../../templates/sampleCampaigns.json';
import samplePlan from '../../templates/samplePlan.json';
import sampleRoster from '../../templates/sampleRoster.json';
import sampleSettings from '../../templates/sampleSettings.json';
import { nextPlanIds, planIdHighWaterKey } from '../calendar';
import { type InitPlan, planWorkbookInit, type RecordRows } from './initPlan';
import { SETTING_KEYS, SHEET } from '../kernel/sheets/schema';
import { LOCKED_MESSAGE, type Services } from '../kernel/services/services';
import type { ActionResult } from '../kernel/contracts/actionResult';

const TITLE = '初始化工作簿';

export interface InitData {
  readonly created: string[];
  readonly filled: string[];
  readonly kept: string[];
}

/** The menu item: asks whether to load the sample data, runs, reports. */
export function menuInitWorkbook(services: Services): ActionResult<InitData> {
  const answer = services.ui.choose(TITLE, '将创建缺少的工作表（已有数据的工作表不会被修改）。\n\n是否同时载入示例数据（2023 年工作计划、示例名册、慰问活动与帮扶台账）？\n\n“是”＝载入示例数据，“否”＝只建空表，“取消”＝不做任何改动。');
  if (answer === 'cancel') return { status: 'cancelled', message: '已取消，工作簿未改动。', problems: [] };
  const result = initWorkbook({ sample: answer === 'yes' }, services);
  services.ui.alert(TITLE, result.message);
  return result;
}

export function initWorkbook(options: { sample: boolean }, services: Services): ActionResult<InitData> {
  const { workbook, properties } = services;
  const outcome = services.lock.run(() => {
    const names = workbook.sheetNames();
    const existing = new Map(names.map((n) => [n, (workbook.read(n) ?? []).length > 0]));
    const planYear = options.sample ? 2023 : services.clock.currentYear(workbook.timeZone);
    const plan = planWorkbookInit(existing, initialData(options.sample, planYear));
    // The ids are recorded before the sheet holding them is written: after a crash in between,
    // the rerun keeps the (complete) 工作计划 as it is and would never record them.
    recordPlanIds(plan, planYear, properties);
    const shown = plan.setups.length ? workbook.activeSheet() : null;
    for (const setup of plan.setups) workbook.setUp(setup);
    // Each created sheet comes to the front as it is made; the clerk should land on 设置 when it
    // was just made (单位名称, 发件邮箱 … to fill in), else on the tab she was on.
    const front = sheetToShow(plan, shown);
    if (front) workbook.showSheet(front);
    return plan;
  });
  if (outcome.locked) return { status: 'locked', message: LOCKED_MESSAGE, problems: [] };
  const plan = outcome.value;
  const data: InitData = {
    created: plan.setups.filter((s) => s.create).map((s) => s.spec.name),
    filled: plan.setups.filter((s) => !s.create).map((s) => s.spec.name),
    kept: plan.kept,
  };
  return { status: 'done', message: report(data, options.sample), problems: [], data };
}

function initialData(sample: boolean, planYear: number): Map<string, RecordRows> {
  const data = new Map<string, RecordRows>([[SHEET.templates, mailTemplates]]);
  if (!sample) {
    data.set(SHEET.settings, defaultSettings(planYear));
    return data;
  }
  const ids = nextPlanIds(planYear, 0, samplePlan.length).ids;
  data.set(SHEET.settings, sampleSettings);
  data.set(SHEET.plan, samplePlan.map((row, i) => ({ ...row, 计划编号: ids[i] })));
  data.set(SHEET.roster, sampleRoster);
  data.set(SHEET.campaigns, sampleCampaigns);
  data.set(SHEET.aidTiers, sampleAidTiers);
  data.set(SHEET.aidLedger, sampleAidLedger);
  return data;
}

function defaultSettings(planYear: number): RecordRows {
  const defaults: Record<string, string | number> = {
    [SETTING_KEYS.planYear]: planYear,
    [SETTING_KEYS.planStartMonth]: 2,
    [SETTING_KEYS.timeZone]: 'Asia/Shanghai',
    [SETTING_KEYS.pickupWindowDays]: 10,
    [SETTING_KEYS.applicationsPerYear]: 1,
    [SETTING_KEYS.retireesMayApply]: '否',
    [SETTING_KEYS.retireesInFestivals]: '否',
  };
  return Object.values(SETTING_KEYS).map((key) => ({ 项目: key, 值: defaults[key] ?? '' }));
}

function sheetToShow(plan: InitPlan, shown: string | null): string | null {
  if (plan.setups.length === 0) return null;
  if (plan.setups.some((s) => s.spec.name === SHEET.settings)) return SHEET.settings;
  return shown;
}

/** The sample plan's 计划编号 are taken: later ids must continue after them. */
function recordPlanIds(plan: InitPlan, planYear: number, properties: GoogleAppsScript.Properties.Properties): void {
  const planSetup = plan.setups.find((s) => s.spec.name === SHEET.plan);
  const count = planSetup ? planSetup.values.length - 1 : 0;
  if (count > 0) properties.setProperty(planIdHighWaterKey(planYear), String(count));
}

function report(data: InitData, sample: boolean): string {
  const lines: string[] = [];
  if (data.created.length) lines.push(`已创建工作表：${data.created.join('、')}`);
  if (data.filled.length) lines.push(`已在空白工作表中写入表头：${data.filled.join('、')}`);
  if (data.kept.length) lines.push(`已有数据、未作改动：${data.kept.join('、')}`);
  if (!data.created.length && !data.filled.length) lines.unshift('所有工作表均已存在，无需改动。');
  else if (sample) lines.push('已载入示例数据。帮扶标准中的档位仅为示例，请替换为本单位的标准。');
  return lines.join('\n');
}
