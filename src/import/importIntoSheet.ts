// The flow shared by 导入名册 and 导入帮扶台账 (and the CLI's `import`): read once, plan the
// merge (src/import/importMerge), show the preview, confirm, write it as one block, report. On any
// problem nothing is written, so a bad export never leaves a half-imported sheet.
import { describeImport } from './describeImport';
import { type ImportPlan, type ImportTarget, IMPORT_TARGETS, planImport } from './importMerge';
import { formatProblem, isBlocking, type Problem } from '../kernel/problem';
import { type Cell, isBlank } from '../kernel/values/cell';
import { SHEET } from '../kernel/sheets/schema';
import { LOCKED_MESSAGE, type Services } from '../kernel/services/services';
import type { Workbook } from '../kernel/services/workbook';
import type { ActionResult } from '../kernel/contracts/actionResult';
import type { ImportData } from '../kernel/contracts/importData';
export type { ImportData };

export interface ImportRequest {
  /** 会员名册 or 帮扶台账. */
  readonly into: string;
  /** The export's rows, header included; absent = what the clerk pasted into 导入区. */
  readonly rows?: Cell[][];
  /** For messages: the file name (default 导入区). */
  readonly source?: string;
  /** false = preview only. */
  readonly apply: boolean;
}

export function importTarget(into: string): ImportTarget | undefined {
  return IMPORT_TARGETS.find((t) => t.spec.name === into);
}

/**
 * The menu items: 导入区 → preview → confirm → write. The document lock is held across the
 * confirmation, so what is written is exactly what the clerk saw: nobody can change the sheet
 * between the preview and the write.
 */
export function menuImport(target: ImportTarget, title: string, services: Services): ActionResult<ImportData> {
  const { workbook, ui: dialogs } = services;
  const outcome = services.lock.run(() => {
    const staged = workbook.read(SHEET.importArea);
    if (staged === null || staged.every((r) => r.every(isBlank))) {
      return refuse(`“${SHEET.importArea}”${staged === null ? '工作表不存在（请先运行“初始化工作簿”）' : '是空的'}：请把人事系统或 Excel 导出的表格连同表头行一起粘贴到“${SHEET.importArea}”，再运行本菜单。`);
    }
    const plan = planImport(target, { name: SHEET.importArea, rows: staged }, workbook.read(target.spec.name));
    const preview = describeImport(plan);
    if (plan.problems.some(isBlocking) || plan.write === null) return finish(plan, preview, false);
    if (!dialogs.confirm(title, `${preview.join('\n')}\n\n确认写入“${target.spec.name}”吗？`)) {
      return { status: 'cancelled', message: `已取消，${target.spec.name}未改动。`, problems: [] } as ActionResult<ImportData>;
    }
    applyImport(workbook, plan);
    return finish(plan, preview, true);
  });
  const result = outcome.locked ? { status: 'locked' as const, message: LOCKED_MESSAGE, problems: [] } : outcome.value;
  dialogs.alert(title, [result.message, ...shortList(result.problems)].join('\n'));
  return result;
}

/** The api call (sidebar, CLI): rows given or read from 导入区; preview, or apply without asking. */
export function importRows(request: ImportRequest, services: Services): ActionResult<ImportData> {
  const workbook = services.workbook;
  const target = importTarget(request.into);
  if (!target) return refuse(`只能导入到 ${IMPORT_TARGETS.map((t) => t.spec.name).join(' 或 ')}，不能导入到“${request.into}”。`);
  const run = () => {
    const rows = request.rows ?? workbook.read(SHEET.importArea) ?? [];
    const plan = planImport(target, { name: request.source ?? SHEET.importArea, rows }, workbook.read(target.spec.name));
    const preview = describeImport(plan);
    const apply = request.apply && plan.write !== null && !plan.problems.some(isBlocking);
    if (apply) applyImport(workbook, plan);
    return finish(plan, preview, apply);
  };
  if (!request.apply) return run();
  const outcome = services.lock.run(run);
  return outcome.locked ? { status: 'locked', message: LOCKED_MESSAGE, problems: [] } : outcome.value;
}

/** Text formats first (a value written into a cell that is not yet '@' would be parsed), then the one block. */
function applyImport(workbook: Workbook, plan: ImportPlan): void {
  workbook.formatAsText(plan.target, plan.textRanges);
  workbook.write(plan.target, plan.write!);
}

function finish(plan: ImportPlan, preview: string[], written: boolean): ActionResult<ImportData> {
  const errors = plan.problems.filter(isBlocking);
  const data: ImportData = {
    added: plan.added.length,
    changed: plan.changed.length,
    unchanged: plan.unchanged,
    missing: plan.missing.length,
    duplicates: plan.duplicates.length,
    withoutKey: plan.withoutKey.length,
    preview,
    written,
  };
  if (errors.length) return { status: 'problems', message: preview.join('\n'), problems: errors, data };
  const unit = plan.key === '工号' ? '人' : '条';
  const tail = written
    ? `已写入“${plan.target}”：新增 ${data.added} ${unit}，修改 ${data.changed} ${unit}。`
    : plan.write === null ? '' : '（仅预览，未写入）';
  return { status: 'done', message: [...preview, tail].filter(Boolean).join('\n'), problems: [], data };
}

/** A dialog cannot show 10,000 lines: the first ones and the count of the rest. */
function shortList(problems: readonly Problem[], limit = 30): string[] {
  const lines = problems.slice(0, limit).map(formatProblem);
  return problems.length <= limit ? lines : [...lines, `……另有 ${problems.length - limit} 处`];
}

function refuse(message: string): ActionResult<ImportData> {
  return { status: 'problems', message, problems: [] };
}
