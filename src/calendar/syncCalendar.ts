// 同步工作计划到日历: every good plan row becomes one event on the shared calendar, kept in step
// by key (计划编号) and content hash. Read once → calendarDiff → preview and confirm → apply →
// write 计划编号 / 日历事件ID / 同步状态 in one owned-column write. Safe to rerun at any point.
import { adminRefusal } from '../kernel/adminCheck';
import { calendarDiff, type CalendarDiff } from './calendarDiff';
import { type CalendarChanges, changeLists, planToken, previewText } from './calendarPreview';
import { Deadline, RUN_BUDGET_MS } from '../kernel/deadline';
import { type DesiredEvent, eventsDateRange } from './eventSpan';
import { calendarMark } from './eventMarker';
import { type IsoDate, isoDate } from '../kernel/dates/isoDate';
import { planIdHighWaterKey } from './planIds';
import { formatProblem, type Problem } from '../kernel/problem';
import type { Settings } from '../kernel/sheets/settings';
import { planEvents, timeZoneProblem } from './planEvents';
import { readPlan } from './readPlan';
import { PLAN_SPEC, SETTING_KEYS, SHEET } from '../kernel/sheets/schema';
import { planSettingWrite } from './settingWrite';
import { type PlanCalendar, planCalendar } from './planCalendar';
import { ownedUpdates } from './syncApply';
import { type Applied, apply, pauseUntil, REFUSED_RUNS_BEFORE_PAUSE, retryAfterMinutes } from './calendarApply';
import { LOCKED_MESSAGE, type Services } from '../kernel/services/services';
import type { Workbook } from '../kernel/services/workbook';
import { clearJobMarker, readJobMarker, writeJobMarker } from '../kernel/jobMarker';
import { writeOwnedColumns } from '../kernel/sheets/ownedColumns';
import { workbookSettings } from '../kernel/sheets/workbookSettings';
import type { ActionResult } from '../kernel/contracts/actionResult';
import type { SyncData } from '../kernel/contracts/calendarData';
import { IF_TRIGGER_TIME_USED_UP } from '../kernel/triggerTimeNotice';
export type { SyncData };

export const SYNC_TITLE = '同步工作计划到日历';
const JOB = 'syncCalendar';
/** The export of src/main.ts a continuation trigger calls. */
export const CONTINUE_HANDLER = 'continueSyncCalendar';
/** A continuation starts a minute after a run stopped (throttling has calmed down by then). */
const CONTINUE_AFTER_MS = 60 * 1000;

/** Confirmed deletions a continuation carries: 150 event IDs of ~37 characters fit well in 9 KB. */
const MAX_CARRIED_DELETES = 150;

/** How the run decides: the clerk in a dialog, the CLI/sidebar by options, or a continuation. */
export type SyncMode =
  | { readonly kind: 'menu' }
  | {
    readonly kind: 'api';
    readonly dryRun: boolean;
    readonly confirmDeletes: boolean;
    readonly createCalendar: boolean;
    /** From an earlier dry run: apply only if the change list is still the one previewed. */
    readonly planToken?: string;
  }
  | { readonly kind: 'continuation'; readonly confirmedDeletes: readonly string[]; readonly refusedRuns?: number };

/** How many items of each kind the structured lists carry. */
const LIST_ITEMS = 100;

interface Marker {
  readonly confirmedDeletes: readonly string[];
  /** Runs in a row that ended because Google refused every write. */
  readonly refusedRuns?: number;
}

export function syncCalendar(mode: SyncMode, services: Services, budgetMs: number = RUN_BUDGET_MS): ActionResult<SyncData> {
  const { workbook, properties } = services;
  // The 6-minute limit counts from the start of the execution, dialogs included.
  const deadline = new Deadline(Date.now(), budgetMs);
  const outcome = services.lock.run(() => syncLocked(mode, deadline, services, workbook, properties));
  if (outcome.locked) return { status: 'locked', message: LOCKED_MESSAGE, problems: [] };
  return outcome.value;
}

/** What the continuation trigger runs: the rest of a confirmed sync, no questions asked. */
export function continueSync(services: Services, budgetMs: number = RUN_BUDGET_MS): ActionResult<SyncData> | null {
  const marker = readJobMarker(JOB, services.properties);
  if (!marker) {
    // The job ended without this user's triggers (another clerk finished it): its backup goes too.
    services.triggers.cancelContinuation(CONTINUE_HANDLER);
    return null;
  }
  const detail = (marker.detail ?? {}) as Partial<Marker>;
  const result = syncCalendar({ kind: 'continuation', confirmedDeletes: detail.confirmedDeletes ?? [], refusedRuns: detail.refusedRuns ?? 0 }, services, budgetMs);
  // A one-off trigger fires once: finding the workbook busy, the continuation must book the
  // next one itself, or the job stays half done with nothing left to resume it.
  if (result.status === 'locked') services.triggers.scheduleContinuation(CONTINUE_HANDLER, CONTINUE_AFTER_MS);
  return result;
}

function syncLocked(mode: SyncMode, deadline: Deadline, services: Services, workbook: Workbook, properties: GoogleAppsScript.Properties.Properties): ActionResult<SyncData> {
  const { settings, problems: settingProblems } = workbookSettings(workbook, services.clock);
  // A continuation finishes what a 管理员 started and confirmed; in a trigger the user's email
  // may not be visible at all.
  const refusal = mode.kind === 'continuation' ? null : adminRefusal(settings.admins, services.user.email());
  if (refusal) return { status: 'refused', message: refusal, problems: [] };
  const zoneProblem = timeZoneProblem(settings, (zone) => services.format.isKnownTimeZone(zone));
  if (zoneProblem) return problemsResult([zoneProblem]);
  const plan = readPlan(workbook.read(SHEET.plan), settings);
  if (plan.fatal) return problemsResult(plan.problems);
  const highWaterKey = planIdHighWaterKey(settings.planYear);
  const previousHighWater = Number(properties.getProperty(highWaterKey) ?? 0) || 0;
  const events = planEvents(plan, settings, previousHighWater);
  const { desired, badRows, heldKeys, skipped } = events;
  const dryRun = mode.kind === 'api' && mode.dryRun;

  // The calendar: 共享日历ID, or a new one named after 单位名称 when the clerk agrees.
  let calendarId = settings.calendarId;
  let calendar: GoogleAppsScript.Calendar.Calendar | null = null;
  if (calendarId === '') {
    const name = settings.unitName || '工会工作计划';
    if (!dryRun && !workbook.hasSheet(SHEET.settings)) {
      // The new calendar's ID must be recorded in 设置, or every run would make another one.
      return problemsResult([{ sheet: SHEET.settings, message: `找不到工作表“${SHEET.settings}”：请先运行“初始化工作簿”，再同步（新建日历的 ID 要记在“${SETTING_KEYS.calendarId}”中）` }]);
    }
    if (!dryRun) {
      const agreed = mode.kind === 'menu'
        ? services.ui.confirm(SYNC_TITLE, `设置中的“${SETTING_KEYS.calendarId}”为空。\n\n是否新建一个名为“${name}”的日历，并把它的 ID 记入设置？\n（之后可在 Google 日历中把它共享给同事。）`)
        : mode.kind === 'api' && mode.createCalendar;
      if (!agreed) return { status: 'cancelled', message: `未同步：请在“设置”中填写${SETTING_KEYS.calendarId}，或同意新建日历。`, problems: [] };
      calendar = services.calendar.create(name, settings.timeZone, calendarMark(workbook.id()));
      calendarId = calendar.getId();
      workbook.write(SHEET.settings, planSettingWrite(workbook.read(SHEET.settings), SETTING_KEYS.calendarId, calendarId));
    }
  } else {
    calendar = services.calendar.open(calendarId);
    if (!calendar) {
      return problemsResult([{ sheet: SHEET.settings, column: '值', message: `${SETTING_KEYS.calendarId}：找不到日历“${calendarId}”。请确认 ID 无误，且该日历已共享给您并允许“更改活动”。` }]);
    }
  }

  const cal = calendar ? planCalendar(calendar, calendarId, settings.timeZone, services) : null;
  const range = spanOf(desired, settings);
  // Reading has the run's deadline too: a run that spent its time reading stops before Apps
  // Script kills it, having changed nothing.
  const read = cal ? cal.read(range, desired.map((d) => d.knownEventId), () => !deadline.expired(Date.now())) : { events: [], complete: true };
  if (!read.complete && cal) return readStopped(mode, services, cal, services.clock.nowWallClock(settings.timeZone).slice(0, 16));
  const existing = read.events;
  const diff = calendarDiff(desired, existing, { planYear: settings.planYear, heldKeys });
  const calendarName = calendar ? calendar.getName() : settings.unitName || '（新日历）';
  const deletesAllowed = mode.kind === 'menu' || (mode.kind === 'api' && mode.confirmDeletes);
  const deleteTitles = new Map(diff.deletes.slice(0, LIST_ITEMS).map((d) => [d.event.id, cal?.titleOf(d.event.id) ?? '']));
  // The menu's confirmation shows the skipped rows' problems in the preview; elsewhere they travel once, as the result's problems.
  const preview = previewText(diff, { calendarName, deleteTitles, skipped: mode.kind === 'menu' ? skipped.map(formatProblem) : [], deletesHeld: !deletesAllowed && mode.kind !== 'continuation' });
  const token = planToken(diff);
  const base = {
    calendarId, calendarName, preview, skippedRows: badRows.size, dryRun,
    changes: changeLists(diff, deleteTitles, LIST_ITEMS), planYear: settings.planYear, timeZone: settings.timeZone, untouched: diff.untouched, planToken: token, stale: false,
  };
  const warnings = [...settingProblems, ...skipped];

  if (dryRun || !cal) {
    return { status: 'done', message: `预览（未作任何改动）：\n${preview}`, problems: warnings, data: { ...base, ...counts(diff), deletesHeld: diff.deletes.length, failed: 0, retries: 0, finished: true } };
  }
  if (mode.kind === 'api' && mode.planToken !== undefined && mode.planToken !== token) {
    const data: SyncData = { ...base, ...counts(diff), deletesHeld: diff.deletes.length, failed: 0, retries: 0, finished: true, stale: true };
    return { status: 'refused', message: '工作计划或日历在预览之后有改动，未作任何修改。请重新预览后再同步。', problems: [], data };
  }
  const work = diff.creates.length + diff.updates.length + diff.deletes.length;
  if (mode.kind === 'menu' && work > 0 && !services.ui.confirm(SYNC_TITLE, `${preview}\n\n确定要这样修改日历吗？`)) {
    return { status: 'cancelled', message: '已取消，日历和工作表都没有改动。', problems: [] };
  }
  const confirmed = mode.kind === 'continuation' ? new Set(mode.confirmedDeletes) : null;
  const deletes = diff.deletes.filter((d) => (confirmed ? confirmed.has(d.event.id) : deletesAllowed));

  cal.mayWait = (ms) => deadline.allows(Date.now(), ms);
  const applied = apply(cal, diff, deletes, deadline);
  const now = services.clock.nowWallClock(settings.timeZone).slice(0, 16);
  // Runs in a row refused without getting anything done: one that got something in before the
  // refusals began starts the count again.
  const progressed = applied.created.size + applied.updated.size + applied.deleted.size > 0;
  const refusedBefore = mode.kind === 'continuation' && !progressed ? mode.refusedRuns ?? 0 : 0;
  const refusedRuns = applied.stoppedBy === 'refused' ? refusedBefore + 1 : 0;
  const resumeAt = pauseUntil(refusedRuns, now);
  // The mark is saved before the sheet: a crash in between skips numbers, never reuses one.
  if (events.highWater !== previousHighWater) properties.setProperty(highWaterKey, String(events.highWater));
  const pending = resumeAt ? `待同步（Google 日历今天不再接受改动，明天 ${resumeAt.slice(11)} 自动继续）` : '待同步';
  writeOwnedColumns(workbook, PLAN_SPEC, plan.table, ownedUpdates(plan, diff, applied, events.assigned, badRows, now, pending));

  const finished = applied.stoppedBy === null;
  const leftDeletes = deletes.filter((d) => !applied.deleted.has(d.event.id)).map((d) => d.event.id);
  if (!finished) {
    // The marker is one document property (9 KB at most): it carries a bounded number of
    // confirmed deletions; the rest wait for the clerk to confirm them in a later sync.
    bookContinuation(services, cal, now, { confirmedDeletes: leftDeletes.slice(0, MAX_CARRIED_DELETES), refusedRuns }, resumeAt);
  } else if (readJobMarker(JOB, properties)) {
    clearJobMarker(JOB, properties);
    services.triggers.cancelContinuation(CONTINUE_HANDLER);
  }
  const data: SyncData = {
    ...base,
    created: applied.created.size,
    updated: applied.updated.size,
    deleted: applied.deleted.size,
    unchanged: diff.unchanged.length,
    deletesHeld: diff.deletes.length - deletes.length,
    failed: applied.failures.length,
    retries: cal.retries,
    finished,
  };
  const uncarried = finished ? 0 : Math.max(0, leftDeletes.length - MAX_CARRIED_DELETES);
  const message = report(data, applied.stoppedBy, skipped.length, resumeAt, retryAfterMinutes(refusedRuns)) + (uncarried ? `\n另有 ${uncarried} 个待删除的日历事件不会自动继续删除，请之后再运行一次“同步工作计划到日历”确认。` : '');
  return { status: 'done', message, problems: [...warnings, ...applied.failures], data };
}

/** Saves the job marker and schedules the continuation: in a minute, or at `resumeAt` ('YYYY-MM-DD HH:mm'). */
function bookContinuation(services: Services, cal: PlanCalendar, now: string, detail: Marker, resumeAt: string | null): void {
  writeJobMarker({ job: JOB, startedAt: now, by: services.user.email(), detail }, services.properties);
  const resumeMs = resumeAt ? cal.epochOf({ date: resumeAt.slice(0, 10), time: resumeAt.slice(11, 16) }) - Date.now() : 0;
  services.triggers.scheduleContinuation(CONTINUE_HANDLER, Math.max(retryAfterMinutes(detail.refusedRuns ?? 0) * 60_000, resumeMs));
}

/**
 * The calendar could not be read within the run's time. A sync the clerk has not confirmed yet
 * just says so. A continuation (already confirmed) books the next run; runs that keep running out
 * of time count as refused ones, so a calendar that is too slow today is tried again tomorrow
 * rather than all day.
 */
function readStopped(mode: SyncMode, services: Services, cal: PlanCalendar, now: string): ActionResult<SyncData> {
  const nothing = '读取日历用时过长（接近 Apps Script 的时间上限），本次没有改动日历和工作表';
  if (mode.kind !== 'continuation') return { status: 'refused', message: `${nothing}。请稍后再运行一次。`, problems: [] };
  const refusedRuns = (mode.refusedRuns ?? 0) + 1;
  const resumeAt = pauseUntil(refusedRuns, now);
  bookContinuation(services, cal, now, { confirmedDeletes: mode.confirmedDeletes, refusedRuns }, resumeAt);
  return { status: 'done', message: `${nothing}；已保存进度，${resumeAt ? `明天（${resumeAt}）` : `约 ${retryAfterMinutes(refusedRuns)} 分钟后`}自动继续。`, problems: [] };
}

function problemsResult(problems: Problem[]): ActionResult<SyncData> {
  return { status: 'problems', message: '工作表中有需要修改的地方，日历未作改动：', problems };
}

function counts(diff: CalendarDiff) {
  return { created: diff.creates.length, updated: diff.updates.length, deleted: diff.deletes.length, unchanged: diff.unchanged.length };
}

/** The plan year (计划起始月份 to the month before it, a year later) and every event in it. */
function spanOf(desired: readonly DesiredEvent[], settings: Settings): { start: IsoDate; end: IsoDate } {
  const start = isoDate(settings.planYear, settings.planStartMonth, 1);
  const end = isoDate(settings.planYear + 1, settings.planStartMonth, 1);
  const events = eventsDateRange(desired);
  if (!events) return { start, end };
  return { start: events.start < start ? events.start : start, end: events.end > end ? events.end : end };
}

function report(d: SyncData, stoppedBy: Applied['stoppedBy'], problemCount: number, resumeAt: string | null, retryMinutes: number): string {
  const lines = [`日历“${d.calendarName}”：新建 ${d.created} 项，更新 ${d.updated} 项，删除 ${d.deleted} 项，未变 ${d.unchanged} 项。`];
  if (d.deletesHeld > 0) lines.push(`另有 ${d.deletesHeld} 个日历事件对应的计划行已删除，需确认后才会删除（离线运行请加 --yes）。`);
  if (d.skippedRows > 0) lines.push(`${d.skippedRows} 行有问题${problemCount > d.skippedRows ? `（共 ${problemCount} 处，见下方列表）` : ''}，已在“同步状态”中标出并跳过；其余各行均已同步。`);
  if (d.failed > 0) lines.push(`${d.failed} 项写入日历失败，详见下方；再次运行即可重试。`);
  if (d.retries > 0) lines.push(`Google 日历暂时限流，已自动等待重试 ${d.retries} 次。`);
  if (stoppedBy === 'time') lines.push(`本次运行接近 Apps Script 的时间上限，已保存进度，约 1 分钟后自动继续（${IF_TRIGGER_TIME_USED_UP}）。`);
  if (stoppedBy === 'refused' && !resumeAt) lines.push(`Google 日历暂时不接受改动（短时间内改动过多，或今天的配额已用完），已保存进度，约 ${retryMinutes} 分钟后自动继续（${IF_TRIGGER_TIME_USED_UP}）。`);
  if (resumeAt) lines.push(`Google 日历连续 ${REFUSED_RUNS_BEFORE_PAUSE} 次拒绝改动（短时间内改动过多，或今天的配额已用完），今天不再重试，以免用尽每天的触发器时间；已保存进度，明天（${resumeAt}）自动继续。`);
  return lines.join('\n');
}
