import { join } from 'node:path';
import { UsageError, flag } from '../args';
import { writeFileAtomic } from '../atomicWrite';
import { besideWorkbook, openSession, type OfflineSession } from '../offlineSession';
import { CalendarStore, calendarStoreOf } from '../services/calendar';
import type { ActionResult } from '../../src/kernel/contracts/actionResult';
import type { IcsExport, SyncData } from '../../src/kernel/contracts/calendarData';
import type { Command } from './command';
import type { DemoStep } from './demoStep';
import { printResult } from './printResult';

/** The sync as the offline runner runs it: the JSON file stands for the shared calendar. */
function runSync(session: OfflineSession, options: { dryRun: boolean; confirmDeletes: boolean }): ActionResult<SyncData> {
  return session.call<ActionResult<SyncData>>('apiSyncCalendar', { ...options, createCalendar: true });
}

function writeIcsFile(session: OfflineSession, path: string, print: (line: string) => void): ActionResult<IcsExport> {
  const result = session.call<ActionResult<IcsExport>>('apiExportIcs');
  if (result.status === 'done' && result.data) {
    writeFileAtomic(path, result.data.content);
    print(`日历文件（.ics）：${path}（${result.data.events} 个事件）`);
  }
  return result;
}

/** The preview without its first line (the counts, which the report repeats). */
function itemLists(data: SyncData): string {
  return data.preview.split('\n').slice(1).join('\n');
}

/** 1 when rows were skipped or calendar writes failed, as docs/architecture.md's exit statuses say. */
function exitCode(result: ActionResult<SyncData>, print: (line: string) => void): number {
  const code = printResult(result, print);
  return code === 0 && result.data && (result.data.skippedRows > 0 || result.data.failed > 0) ? 1 : code;
}

export const syncCommand: Command = {
  usage: 'sync WORKBOOK.xlsx [--calendar FILE.json] [--ics FILE.ics] [--dry-run] [--yes]',
  summary: '把工作计划同步到日历（JSON 文件代表共享日历，默认为工作簿旁的 calendar.json）；删除事件需要 --yes',
  switches: ['dry-run', 'yes'],
  async run({ args, user, print }) {
    const path = args.positional[0];
    if (!path) throw new UsageError('请指定工作簿文件，例如：npx uniondesk sync 工会.xlsx');
    const calendarPath = flag(args, 'calendar') ?? besideWorkbook(path, 'calendar.json');
    const calendar = new CalendarStore(calendarPath);
    const session = await openSession({ workbookPath: path, user, print, force: args.flags.has('force'), services: { calendar } });
    const dryRun = args.flags.has('dry-run');
    const result = runSync(session, { dryRun, confirmDeletes: args.flags.has('yes') });
    const d = result.data;
    // The item lists, when there is anything to list (the counts are in the report below).
    if (d && !dryRun && d.created + d.updated + d.deleted + d.deletesHeld + d.skippedRows + d.failed > 0) print(itemLists(d));
    if (result.status === 'done' && !dryRun) {
      // The calendar first: a calendar ahead of the sheet is recovered by key on the next run.
      calendar.save();
      await session.save();
      print(`共享日历（离线 JSON 文件）：${calendarPath}`);
    }
    const code = exitCode(result, print);
    const icsPath = flag(args, 'ics');
    if (icsPath && result.status === 'done') {
      const ics = writeIcsFile(session, icsPath, print);
      if (ics.data?.assignedIds && !dryRun) await session.save();
      if (ics.status !== 'done') return printResult(ics, print);
    }
    return code;
  },
};

export const exportIcsCommand: Command = {
  usage: 'export-ics WORKBOOK.xlsx -o FILE.ics',
  summary: '把工作计划导出为 .ics 日历文件（可导入 Outlook、苹果日历、手机日历）',
  async run({ args, user, print }) {
    const path = args.positional[0];
    const out = flag(args, 'o') ?? flag(args, 'out');
    if (!path || !out) throw new UsageError('请指定工作簿和输出文件，例如：npx uniondesk export-ics 工会.xlsx -o 工作计划.ics');
    const session = await openSession({ workbookPath: path, user, print, force: args.flags.has('force') });
    const result = writeIcsFile(session, out, print);
    if (result.data?.assignedIds) await session.save();
    return printResult(result, print);
  },
};

/** The demo: sync the sample plan to demo-out/calendar.json and export demo-out/plan.ics. */
export const syncDemoStep: DemoStep = {
  title: '同步工作计划到日历，导出 plan.ics',
  run(session, dir, ctx) {
    const result = runSync(session, { dryRun: false, confirmDeletes: true });
    if (result.data) ctx.print(itemLists(result.data));
    calendarStoreOf(session.services.globals.CalendarApp).save(join(dir, 'calendar.json'));
    ctx.print(`共享日历（离线 JSON 文件）：${join(dir, 'calendar.json')}`);
    writeIcsFile(session, join(dir, 'plan.ics'), ctx.print);
    return result;
  },
};
