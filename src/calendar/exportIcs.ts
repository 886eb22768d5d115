// 导出日历文件 (.ics): the plan as an RFC 5545 file for Outlook, Apple or phone calendars,
// offered as a download link in a dialog (no Drive scope). The only sheet write is the
// 计划编号 of rows that have none yet, so each row's UID stays the same in every later export;
// what the exports must remember (UID namespace, SEQUENCE, tombstones) is in icsLedger.
import { icsSequence, writeIcs } from './icsWriter';
import { icsLedgerRead, icsLedgerSave, icsOrganizer } from './icsLedgerStore';
import { freshNamespace, icsIdentity, IcsLedgerError } from './icsLedger';
import { isoDate } from '../kernel/dates/isoDate';
import { planIdHighWaterKey } from './planIds';
import { planEvents, timeZoneProblem } from './planEvents';
import { readPlan } from './readPlan';
import { PLAN_SPEC, SHEET } from '../kernel/sheets/schema';
import type { Cell } from '../kernel/values/cell';
import { LOCKED_MESSAGE, type Services } from '../kernel/services/services';
import { writeOwnedColumns } from '../kernel/sheets/ownedColumns';
import { workbookSettings } from '../kernel/sheets/workbookSettings';
import { icsDownloadPage } from './icsDownloadPage';
import type { ActionResult } from '../kernel/contracts/actionResult';
import { resultText } from '../kernel/contracts/resultText';
import type { IcsExport } from '../kernel/contracts/calendarData';
export type { IcsExport };

export const EXPORT_TITLE = '导出日历文件 (.ics)';

const [COL_ID] = PLAN_SPEC.columns.filter((c) => c.owned).map((c) => c.header);

/** The menu item: builds the file and shows the download link. */
export function menuExportIcs(services: Services): ActionResult<IcsExport> {
  const result = exportIcs(services);
  if (result.status !== 'done' || !result.data) {
    services.ui.alert(EXPORT_TITLE, resultText(result));
    return result;
  }
  const summary = resultText(result);
  services.ui.showHtmlDialog(EXPORT_TITLE, icsDownloadPage({ fileName: result.data.fileName, base64: services.format.base64Utf8(result.data.content), summary }), { width: 460, height: 260 });
  return result;
}

export function exportIcs(services: Services): ActionResult<IcsExport> {
  const { workbook, properties } = services;
  const outcome = services.lock.run((): ActionResult<IcsExport> => {
    const { settings } = workbookSettings(workbook, services.clock);
    const zoneProblem = timeZoneProblem(settings, (zone) => services.format.isKnownTimeZone(zone));
    if (zoneProblem) return { status: 'problems', message: '无法导出：', problems: [zoneProblem] };
    const plan = readPlan(workbook.read(SHEET.plan), settings);
    if (plan.fatal) return { status: 'problems', message: '无法导出：', problems: plan.problems };
    // Read before anything is written: a damaged ledger stops the export with nothing changed.
    // It is a document property, not a cell, so it is the message rather than a located problem.
    let stored;
    try {
      stored = icsLedgerRead(properties, settings.planYear);
    } catch (e) {
      if (e instanceof IcsLedgerError) return { status: 'problems', message: `无法导出：${e.message}`, problems: [] };
      throw e;
    }
    const highWaterKey = planIdHighWaterKey(settings.planYear);
    const previous = Number(properties.getProperty(highWaterKey) ?? 0) || 0;
    const events = planEvents(plan, settings, previous);
    if (events.assigned.size > 0) {
      // Saved before the sheet: a crash in between skips numbers, never reuses one.
      properties.setProperty(highWaterKey, String(events.highWater));
      const ids = new Map<number, Record<string, Cell>>([...events.assigned].map(([row, id]) => [row, { [COL_ID]: id }]));
      writeOwnedColumns(workbook, PLAN_SPEC, plan.table, ids);
    }
    const unit = settings.unitName || '工会';
    const now = new Date();
    const identity = icsIdentity({
      ...stored,
      planYear: settings.planYear,
      live: events.desired.map((d) => d.key),
      held: events.heldKeys,
      unitName: unit,
      floorSequence: icsSequence(now),
      newNamespace: () => freshNamespace(),
    });
    const content = writeIcs(events.desired, {
      calendarName: `${unit} ${settings.planYear}年度工作计划`,
      uid: identity.uid,
      now,
      sequence: identity.sequence,
      organizer: icsOrganizer(settings, unit),
      cancelled: { keys: identity.cancelled, day: isoDate(settings.planYear, settings.planStartMonth, 1) },
      utcOffset: services.format.utcOffset(),
    });
    // Saved before the file is offered: its SEQUENCE is never handed out again, and a row deleted
    // now stays a tombstone in every later file even if this one is never downloaded.
    icsLedgerSave(properties, settings.planYear, identity);
    const fileName = `${unit}-${settings.planYear}年度工作计划.ics`.replace(/[\\/:*?"<>|]/g, '_');
    const lines = [`已生成 ${events.desired.length} 个日历事件。`];
    if (identity.cancelled.length) lines.push(`另含 ${identity.cancelled.length} 个已删除计划的取消标记：再次导入后，日历应用会删除这些事件。`);
    if (events.badRows.size) lines.push(`${events.badRows.size} 行计划有问题，未导出：`);
    return {
      status: 'done',
      message: lines.join('\n'),
      problems: events.skipped,
      data: {
        fileName,
        content,
        events: events.desired.length,
        uids: events.desired.map((d) => identity.uid(d.key)),
        cancelled: identity.cancelled.length,
        assignedIds: events.assigned.size,
      },
    };
  });
  if (outcome.locked) return { status: 'locked', message: LOCKED_MESSAGE, problems: [] };
  return outcome.value;
}
