// The sidebar's 日历同步 calls on the BUILT dist/Code.js, the sample workbook and the runner's
// calendar: the preview lists what will change, the apply does exactly that, and a plan edited
// in between is refused as out of date.
import type { ActionResult } from '../../src/kernel/contracts/actionResult';
import type { SyncData } from '../../src/calendar/syncCalendar';
import { CalendarStore, calendarWrites, type StoredEvent } from '../../runner/services/calendar';
import { SharedMemoryLock } from '../../runner/services/lock';
import { StateStore } from '../../runner/stateFile';
import type { CalendarApplyView, CalendarPreviewView, SidebarReply } from '../../src/kernel/contracts/sidebarContract';
import { runBundle, sampleWorkbook } from '../support/offlineBundle';
import { recordFixture, replyData } from '../support/sidebarFixtures';
import { replyErrors } from '../support/sidebarShapes';



/** The sample workbook with its calendar and document properties, across runs. */
function office() {
  const workbook = sampleWorkbook();
  const calendar = new CalendarStore();
  const store = new StateStore(null);
  const memoryLock = new SharedMemoryLock();
  const run = () => runBundle({ workbook, services: { calendar, store, memoryLock } });
  const sheet = workbook.sheet('工作计划')!;
  const col = (header: string) => sheet.dump()[0].indexOf(header) + 1;
  const rowOf = (content: string) => sheet.dump().findIndex((r) => r[1] === content) + 1;
  return { workbook, calendar, memoryLock, run, sheet, col, rowOf };
}

describe('日历同步 in the sidebar', () => {
  it('first time: everything is new, and the calendar is created only when the clerk confirms', () => {
    const o = office();
    const preview = o.run().call<SidebarReply<CalendarPreviewView>>('sidebarCalendarPreview');
    expect(replyErrors('sidebarCalendarPreview', preview)).toEqual([]);
    const p = replyData(preview);
    expect(p).toMatchObject({ calendarName: '', planYear: 2023, timeZone: 'Asia/Shanghai', counts: { create: 36, update: 0, delete: 0, unchanged: 0 }, untouched: 0 });
    expect(p.notes).toEqual(['设置中的“共享日历ID”为空：确认同步时将新建日历“四川农业大学工会（示例）”，并把它的 ID 记入设置（之后可在 Google 日历中共享给同事）。']);
    expect(p.creates[0]).toEqual({ key: '2023-0001', title: '教职工慰问品（端午、中秋、生日）招标采购', when: '2023年2月', row: 2, note: '' });
    expect(o.calendar.data.calendars).toHaveLength(0);

    const apply = o.run().call<SidebarReply<CalendarApplyView>>('sidebarCalendarApply', p.planToken);
    expect(replyErrors('sidebarCalendarApply', apply)).toEqual([]);
    expect(replyData(apply)).toMatchObject({ counts: { created: 36, updated: 0, deleted: 0, failed: 0 }, finished: true });
    expect(o.calendar.events()).toHaveLength(36);
  });

  it('later: an edited row, a removed row, a bad row and someone else’s event, each shown for what it is', () => {
    const o = office();
    o.run().call<ActionResult<SyncData>>('apiSyncCalendar', { createCalendar: true });
    const calendarId = o.calendar.data.calendars[0].id;
    const foreign: StoredEvent = { id: 'meeting-1@google.com', title: '部门例会', description: '', location: '行政楼', allDay: false, start: '2023-03-08T02:00:00.000Z', end: '2023-03-08T03:00:00.000Z', tags: {}, created: '2023-01-01T00:00:00Z', updated: '2023-01-01T00:00:00Z' };
    o.calendar.calendar(calendarId)!.events.push(structuredClone(foreign));
    o.sheet.values.set(o.rowOf('举办“五一”健步走活动'), o.col('地点'), '雅安校区');
    o.sheet.values.set(o.rowOf('“教师节”系列活动'), o.col('开始日期'), '9月31日');
    o.sheet.grids().forEach((g) => g.deleteRows(o.rowOf('开展暑期教职工疗休养活动'), 1));
    const added = o.sheet.dump().length + 1;
    for (const [header, value] of [['月份', '十二月'], ['工作内容', '新年音乐会'], ['负责部门', '文体部'], ['地点', '成都校区']]) o.sheet.values.set(added, o.col(header), value);
    o.sheet.values.set(added, o.col('开始日期'), o.workbook.date('2023-12-30', '19:00:00'));
    o.sheet.values.set(added, o.col('结束日期'), o.workbook.date('2023-12-30', '21:00:00'));

    const preview = o.run().call<SidebarReply<CalendarPreviewView>>('sidebarCalendarPreview');
    expect(replyErrors('sidebarCalendarPreview', preview)).toEqual([]);
    recordFixture('calendarPreview', preview);
    const p = replyData(preview);
    expect(p.calendarName).toBe('四川农业大学工会（示例）');
    expect(p.counts).toEqual({ create: 1, update: 1, delete: 1, unchanged: 33 });
    expect(p.creates).toEqual([{ key: '2023-0037', title: '新年音乐会', when: '2023-12-30 19:00–21:00', row: added, note: '' }]);
    expect(p.updates.map((u) => u.title)).toEqual(['举办“五一”健步走活动']);
    expect(p.deletes).toEqual([expect.objectContaining({ title: '开展暑期教职工疗休养活动', row: null, note: '计划行已删除' })]);
    // Someone else's meeting, and the event of the row with the bad date (kept until it is fixed).
    expect(p.untouched).toBe(2);
    expect(p.problems).toEqual([expect.objectContaining({ sheet: '工作计划', row: o.rowOf('“教师节”系列活动'), blocking: false })]);

    const apply = o.run().call<SidebarReply<CalendarApplyView>>('sidebarCalendarApply', p.planToken);
    expect(replyErrors('sidebarCalendarApply', apply)).toEqual([]);
    recordFixture('calendarApply', apply);
    expect(replyData(apply).counts).toEqual({ created: 1, updated: 1, deleted: 1, failed: 0 });
    expect(o.calendar.events().find((e) => e.id === foreign.id)).toEqual(foreign);
  });

  it('applying a preview the sheet has moved on from changes nothing and says so', () => {
    const o = office();
    o.run().call('apiSyncCalendar', { createCalendar: true });
    const p = replyData(o.run().call<SidebarReply<CalendarPreviewView>>('sidebarCalendarPreview'));
    o.sheet.values.set(o.rowOf('教职工篮球系列赛'), o.col('备注'), '改期');
    const run = o.run();
    const reply = run.call<SidebarReply<CalendarApplyView>>('sidebarCalendarApply', p.planToken);
    expect(replyErrors('sidebarCalendarApply', reply)).toEqual([]);
    expect(reply).toMatchObject({ ok: false, error: { kind: 'stale' } });
    if (!reply.ok) expect(reply.error.message).toContain('请重新预览');
    expect(calendarWrites(run.services.log)).toBe(0);
    expect(run.call<SidebarReply<CalendarApplyView>>('sidebarCalendarApply', '')).toMatchObject({ ok: false, error: { kind: 'refused', message: '请先预览，再确认同步。' } });
  });

  it('a second clerk while the sync runs is told so', () => {
    const o = office();
    o.memoryLock.holders.set('document', 'another-execution');
    const reply = o.run().call<SidebarReply<CalendarPreviewView>>('sidebarCalendarPreview');
    expect(replyErrors('sidebarCalendarPreview', reply)).toEqual([]);
    expect(reply).toMatchObject({ ok: false, error: { kind: 'locked' } });
  });
});
