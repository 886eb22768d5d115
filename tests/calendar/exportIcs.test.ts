// 导出日历文件 (.ics) on the BUILT dist/Code.js: the file an independent parser (ical.js) reads,
// with each event's dates as the sheet has them.
import ICAL from 'ical.js';
import type { ActionResult } from '../../src/kernel/contracts/actionResult';
import type { IcsExport } from '../../src/calendar/exportIcs';
import { answering, runBundle, sampleWorkbook } from '../support/offlineBundle';

function parse(text: string) {
  ICAL.TimezoneService.reset();
  const vcal = new ICAL.Component(ICAL.parse(text));
  for (const tz of vcal.getAllSubcomponents('vtimezone')) ICAL.TimezoneService.register(tz);
  return vcal.getAllSubcomponents('vevent').map((v) => new ICAL.Event(v));
}

describe('导出日历文件 (.ics)', () => {
  const workbook = sampleWorkbook();
  const run = runBundle({ workbook });
  const result = run.call<ActionResult<IcsExport>>('apiExportIcs');
  const events = parse(result.data!.content);
  const byTitle = (title: string) => events.find((e) => e.summary === title)!;

  it('has one event per plan row, with the sheet’s dates', () => {
    expect(result.status).toBe('done');
    expect(events).toHaveLength(36);
    const plan = workbook.sheet('工作计划')!.dump();
    expect(events.map((e) => e.summary)).toEqual(plan.slice(1).map((r) => r[1]));
    const month = byTitle('制定年度工作要点');
    expect([month.startDate.isDate, month.startDate.toString(), month.endDate.toString()]).toEqual([true, '2023-02-01', '2023-03-01']);
    expect([byTitle('“三八节”系列活动').startDate.toString(), byTitle('“三八节”系列活动').endDate.toString()]).toEqual(['2023-03-08', '2023-03-11']);
    expect(byTitle('元旦慰问和送温暖活动').startDate.toString()).toBe('2024-01-01');
    const final = byTitle('教职工歌手大赛（决赛）');
    expect(final.startDate.zone!.tzid).toBe('Asia/Shanghai');
    expect(final.startDate.toJSDate().toISOString()).toBe('2023-12-15T11:00:00.000Z');
    expect(final.endDate.toJSDate().toISOString()).toBe('2023-12-15T13:30:00.000Z');
  });

  it('keeps every UID across exports', () => {
    const again = parse(runBundle({ workbook }).call<ActionResult<IcsExport>>('apiExportIcs').data!.content);
    expect(again.map((e) => e.uid)).toEqual(events.map((e) => e.uid));
    expect(new Set(events.map((e) => e.uid)).size).toBe(36);
  });

  it('writes no sheet cell when every row already has its 计划编号', () => {
    expect(run.services.log.count('spreadsheet', 'Range.setValues')).toBe(0);
    expect(result.data!.assignedIds).toBe(0);
  });

  it('gives a new row a 计划编号 once, so its UID stays the same in the next export', () => {
    const wb = sampleWorkbook();
    const sheet = wb.sheet('工作计划')!;
    sheet.values.set(38, 2, '工会财务审计准备');
    sheet.values.set(38, 1, '十二月');
    const first = runBundle({ workbook: wb }).call<ActionResult<IcsExport>>('apiExportIcs');
    expect(first.data!.assignedIds).toBe(1);
    expect(sheet.values.get(38, 8)).toBe('2023-0037');
    const second = runBundle({ workbook: wb }).call<ActionResult<IcsExport>>('apiExportIcs');
    expect(second.data!.assignedIds).toBe(0);
    expect(second.data!.uids.at(-1)).toBe(first.data!.uids.at(-1));
  });

  it('from the menu, offers the file as a data: download link in a dialog', () => {
    const menuRun = runBundle({ workbook, responder: answering('OK') });
    menuRun.call('menuExportIcs');
    const dialog = menuRun.services.ui.last('modal')!;
    expect(dialog.title).toBe('导出日历文件 (.ics)');
    const link = /href="data:text\/calendar;charset=utf-8;base64,([^"]+)" download="([^"]+)"/.exec(dialog.message)!;
    expect(link[2]).toBe('四川农业大学工会（示例）-2023年度工作计划.ics');
    const text = Buffer.from(link[1], 'base64').toString('utf8');
    expect(parse(text)).toHaveLength(36);
    expect(dialog.message).toContain('已生成 36 个日历事件');
  });
});
