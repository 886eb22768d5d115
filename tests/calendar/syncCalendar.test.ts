// 同步工作计划到日历, run on the BUILT dist/Code.js with the runner's services: the calendar is
// the runner's JSON-backed CalendarApp, document properties persist between runs as on Google.
import type { ActionResult } from '../../src/kernel/contracts/actionResult';
import type { SyncData } from '../../src/calendar/syncCalendar';
import { CalendarStore, calendarWrites, type StoredEvent } from '../../runner/services/calendar';
import { SharedMemoryLock } from '../../runner/services/lock';
import type { UiResponder } from '../../runner/services/ui';
import { StateStore } from '../../runner/stateFile';
import type { MemoryWorkbook } from '../../runner/workbook';
import { answering, runBundle, sampleWorkbook } from '../support/offlineBundle';

const PLAN = '工作计划';

/** The union's workbook, its shared calendar and its document properties, across several runs. */
function office(options: { scriptTimeZone?: string } = {}) {
  const workbook = sampleWorkbook();
  const calendar = new CalendarStore();
  const store = new StateStore(null);
  const memoryLock = new SharedMemoryLock();
  const run = (responder: UiResponder = answering('YES'), user = 'clerk@example.edu.cn') =>
    runBundle({ workbook, responder, user, services: { calendar, store, memoryLock, scriptTimeZone: options.scriptTimeZone } });
  const api = (options: Record<string, unknown> = {}) => {
    const r = run();
    return { result: r.call<ActionResult<SyncData>>('apiSyncCalendar', { createCalendar: true, ...options }), run: r };
  };
  return { workbook, calendar, store, memoryLock, run, api };
}

function planSheet(workbook: MemoryWorkbook) {
  const sheet = workbook.sheet(PLAN)!;
  const col = (header: string) => sheet.dump()[0].indexOf(header) + 1;
  const rowOf = (content: string) => sheet.dump().findIndex((r) => r[1] === content) + 1;
  return {
    sheet,
    col,
    rowOf,
    cell: (row: number, header: string) => sheet.values.get(row, col(header)) ?? '',
    set: (row: number, header: string, value: string | Date) => sheet.values.set(row, col(header), value),
    deleteRow: (row: number) => sheet.grids().forEach((g) => g.deleteRows(row, 1)),
    column: (header: string) => sheet.dump().slice(1).map((r) => r[col(header) - 1]),
  };
}

const byTitle = (events: StoredEvent[], title: string) => events.filter((e) => e.title === title);

describe('the clerk syncs the sample plan for the first time', () => {
  const o = office();
  const r = o.run();
  r.call('menuSyncCalendar');
  const events = o.calendar.events();
  const plan = planSheet(o.workbook);

  it('asks before creating a calendar named after 单位名称, and records its ID in 设置', () => {
    const questions = r.services.ui.shown.filter((m) => m.kind === 'alert').map((m) => m.message);
    expect(questions[0]).toContain('是否新建一个名为“四川农业大学工会（示例）”的日历');
    const settings = o.workbook.sheet('设置')!.dump();
    const id = settings.find((row) => row[0] === '共享日历ID')![1];
    expect(o.calendar.calendar(String(id))!.name).toBe('四川农业大学工会（示例）');
  });

  it('previews the counts and the first rows, then applies after the clerk confirms', () => {
    const preview = r.services.ui.shown.find((m) => m.message.includes('确定要这样修改日历吗'))!.message;
    expect(preview).toContain('新建 36 项，更新 0 项，删除 0 项，不变 0 项');
    expect(preview).toContain('第2行 教职工慰问品（端午、中秋、生日）招标采购（2023年2月）');
    expect(preview).toContain('……共 36 项');
    expect(r.services.ui.last('alert')!.message).toContain('新建 36 项');
  });

  it('puts each of the 36 rows on the calendar once', () => {
    expect(events).toHaveLength(36);
    expect(new Set(events.map((e) => e.description.match(/\[uniondesk:([^:]+):/)![1])).size).toBe(36);
  });

  it('puts the 一月 rows in January 2024 and a month-long row on the whole month', () => {
    for (const title of ['元旦慰问和送温暖活动', '青年教职工单身联谊活动']) {
      expect(byTitle(events, title)[0]).toMatchObject({ allDay: true, start: '2024-01-01', end: '2024-02-01' });
    }
    expect(byTitle(events, '制定年度工作要点')[0]).toMatchObject({ allDay: true, start: '2023-02-01', end: '2023-03-01' });
  });

  it('uses the row’s dates (exclusive end) and its times in Shanghai', () => {
    expect(byTitle(events, '“三八节”系列活动')[0]).toMatchObject({ allDay: true, start: '2023-03-08', end: '2023-03-11', location: '雅安校区工会活动中心' });
    expect(byTitle(events, '举办“五一”健步走活动')[0]).toMatchObject({ allDay: false, start: '2023-04-28T01:00:00.000Z', end: '2023-04-28T03:30:00.000Z' });
  });

  it('describes the event and marks it with its 计划编号 in the description and a tag', () => {
    const e = byTitle(events, '举办“五一”健步走活动')[0];
    const row = plan.rowOf('举办“五一”健步走活动');
    expect(e.description).toContain('负责部门：文体部\n地点：成都校区\n备注：穿运动鞋\n2023年度工作计划');
    expect(e.description).toContain(`[uniondesk:${plan.cell(row, '计划编号')}:`);
    expect(e.tags.uniondesk).toBe(e.description.match(/\[uniondesk:[^\]]+\]/)![0]);
  });

  it('writes 日历事件ID and 同步状态 on every row', () => {
    const ids = plan.column('日历事件ID');
    expect(ids).toHaveLength(36);
    expect(new Set(ids)).toEqual(new Set(events.map((e) => e.id)));
    for (const s of plan.column('同步状态')) expect(s).toMatch(/^已同步 \d{4}-\d{2}-\d{2} \d{2}:\d{2}$/);
  });
});

describe('syncing again', () => {
  it('costs zero calendar writes and zero sheet writes when nothing changed', () => {
    const o = office();
    o.api();
    const before = JSON.stringify(o.calendar.data);
    const { result, run } = o.api();
    expect(result.data).toMatchObject({ created: 0, updated: 0, deleted: 0, unchanged: 36 });
    expect(calendarWrites(run.services.log)).toBe(0);
    // One page of the Calendar API lists the events with their markers: no getter per event.
    expect(run.services.log.count('calendar', 'Calendar.Events.list')).toBe(1);
    expect(run.services.log.count('calendar', 'Calendar.getEvents')).toBe(0);
    expect(run.services.log.snapshot('calendar')).toEqual({ 'CalendarApp.getCalendarById': 1, 'Calendar.Events.list': 1, 'Calendar.getName': 1 });
    expect(run.services.log.count('spreadsheet', 'Range.setValues')).toBe(0);
    expect(JSON.stringify(o.calendar.data)).toBe(before);
  });

  it('updates exactly the one event of an edited row', () => {
    const o = office();
    o.api();
    const plan = planSheet(o.workbook);
    const row = plan.rowOf('教职工篮球系列赛');
    plan.set(row, '地点', '雅安校区体育馆');
    const id = plan.cell(row, '日历事件ID');
    const { result, run } = o.api();
    expect(result.data).toMatchObject({ created: 0, updated: 1, deleted: 0, unchanged: 35 });
    expect(run.services.log.count('calendar', 'Calendar.createAllDayEvent')).toBe(0);
    expect(run.services.log.count('calendar', 'CalendarEvent.deleteEvent')).toBe(0);
    const e = o.calendar.events().find((x) => x.id === id)!;
    expect(e.location).toBe('雅安校区体育馆');
    expect(e.description).toContain('地点：雅安校区体育馆');
    expect(o.calendar.events()).toHaveLength(36);
    // A third run finds the edit done.
    expect(calendarWrites(o.api().run.services.log)).toBe(0);
  });

  it('moves an event when its row gets dates, and makes it timed when a time is added', () => {
    const o = office();
    o.api();
    const plan = planSheet(o.workbook);
    const row = plan.rowOf('教职工羽毛球比赛');
    plan.set(row, '开始日期', o.workbook.date('2023-10-14', '14:00:00'));
    plan.set(row, '结束日期', o.workbook.date('2023-10-14', '17:00:00'));
    o.api();
    expect(byTitle(o.calendar.events(), '教职工羽毛球比赛')).toEqual([
      expect.objectContaining({ allDay: false, start: '2023-10-14T06:00:00.000Z', end: '2023-10-14T09:00:00.000Z' }),
    ]);
  });
});

describe('deleting a plan row', () => {
  function withDeletedRow() {
    const o = office();
    o.api();
    const plan = planSheet(o.workbook);
    const row = plan.rowOf('教职工烹饪比赛');
    const id = plan.cell(row, '日历事件ID');
    plan.deleteRow(row);
    return { ...o, id };
  }

  it('deletes its event only after the clerk confirms the preview', () => {
    const o = withDeletedRow();
    const declined = o.run(answering('NO'));
    declined.call('menuSyncCalendar');
    expect(declined.services.ui.shown.find((m) => m.message.includes('确定要这样修改日历吗'))!.message)
      .toMatch(/删除：\n {2}计划编号 2023-\d{4} 教职工烹饪比赛（工作计划中已没有这一行）/);
    expect(o.calendar.events().some((e) => e.id === o.id)).toBe(true);
    expect(calendarWrites(declined.services.log)).toBe(0);

    const confirmed = o.run(answering('YES'));
    confirmed.call('menuSyncCalendar');
    expect(o.calendar.events().some((e) => e.id === o.id)).toBe(false);
    expect(confirmed.services.log.count('calendar', 'CalendarEvent.deleteEvent')).toBe(1);
    expect(calendarWrites(confirmed.services.log)).toBe(1);
    expect(o.calendar.events()).toHaveLength(35);
  });

  it('offline without --yes lists the deletion and keeps the event', () => {
    const o = withDeletedRow();
    const { result } = o.api({ confirmDeletes: false });
    expect(result.data).toMatchObject({ deleted: 0, deletesHeld: 1 });
    expect(result.data!.preview).toContain('删除（需确认，本次未执行）');
    expect(result.message).toContain('需确认后才会删除');
    expect(o.calendar.events().some((e) => e.id === o.id)).toBe(true);
    expect(o.api({ confirmDeletes: true }).result.data).toMatchObject({ deleted: 1, deletesHeld: 0 });
  });
});

describe('events the tool did not create', () => {
  it('survive every sync untouched, even with a plan title, in the plan’s months', () => {
    const o = office();
    o.api();
    const calendarId = o.calendar.data.calendars[0].id;
    const foreign: StoredEvent[] = [
      { id: 'meeting-1@google.com', title: '教职工篮球系列赛', description: '体育部自己的安排', location: '', allDay: true, start: '2023-05-10', end: '2023-05-11', tags: {}, created: '2023-01-01T00:00:00Z', updated: '2023-01-01T00:00:00Z', color: '5' },
      { id: 'meeting-2@google.com', title: '部门例会', description: '', location: '行政楼', allDay: false, start: '2023-03-08T02:00:00.000Z', end: '2023-03-08T03:00:00.000Z', tags: { owner: 'someone' }, created: '2023-01-01T00:00:00Z', updated: '2023-01-01T00:00:00Z' },
    ];
    o.calendar.calendar(calendarId)!.events.push(...structuredClone(foreign));
    const plan = planSheet(o.workbook);
    plan.deleteRow(plan.rowOf('教职工篮球系列赛'));
    const { result } = o.api({ confirmDeletes: true });
    expect(result.data).toMatchObject({ deleted: 1 });
    expect(result.data!.preview).toContain('另有 2 个不是由本工具为本年度计划创建的事件，不会被改动');
    for (const f of foreign) expect(o.calendar.events().find((e) => e.id === f.id)).toEqual(f);
  });
});

describe('a lost 日历事件ID column', () => {
  it('is recovered from the calendar: no duplicates, no calendar writes', () => {
    const o = office();
    o.api();
    const plan = planSheet(o.workbook);
    const ids = plan.column('日历事件ID');
    for (let row = 2; row <= 37; row++) plan.set(row, '日历事件ID', '');
    const { result, run } = o.api();
    expect(o.calendar.events()).toHaveLength(36);
    expect(result.data).toMatchObject({ created: 0, unchanged: 36 });
    expect(calendarWrites(run.services.log)).toBe(0);
    expect(plan.column('日历事件ID')).toEqual(ids);
  });

  it('deleted with its header, comes back at the end of the header row with the same IDs', () => {
    const o = office();
    o.api();
    const plan = planSheet(o.workbook);
    const ids = plan.column('日历事件ID');
    const col = plan.col('日历事件ID');
    plan.sheet.grids().forEach((g) => g.deleteColumns(col, 1));
    const { result, run } = o.api();
    expect(result.data).toMatchObject({ created: 0, unchanged: 36 });
    expect(calendarWrites(run.services.log)).toBe(0);
    expect(plan.sheet.dump()[0].at(-1)).toBe('日历事件ID');
    expect(plan.column('日历事件ID')).toEqual(ids);
  });
});

describe('a script whose time zone is America/Los_Angeles', () => {
  it('still puts every event on its Shanghai date, and a resync changes nothing', () => {
    const shanghai = office();
    shanghai.api();
    const la = office({ scriptTimeZone: 'America/Los_Angeles' });
    la.api();
    const dates = (store: CalendarStore) => store.events().map((e) => [e.title, e.allDay, e.start, e.end]);
    expect(dates(la.calendar)).toEqual(dates(shanghai.calendar));
    expect(byTitle(la.calendar.events(), '“三八节”系列活动')[0]).toMatchObject({ start: '2023-03-08', end: '2023-03-11' });
    expect(calendarWrites(la.api().run.services.log)).toBe(0);
  });
});

describe('Google throttling', () => {
  it('a "too many calendar events" error on the 3rd create is retried and the sync completes', () => {
    const o = office();
    o.calendar.throttleWhen = (op, n) => op === 'create' && n === 3;
    const { result, run } = o.api();
    expect(result.status).toBe('done');
    expect(result.data).toMatchObject({ created: 36, retries: 1, failed: 0, finished: true });
    expect(result.message).toContain('已自动等待重试 1 次');
    expect(o.calendar.events()).toHaveLength(36);
    expect(run.services.log.count('calendar', 'Calendar.createAllDayEvent') + run.services.log.count('calendar', 'Calendar.createEvent')).toBe(37);
  });
});

describe('a run that reaches its time limit', () => {
  // The continuation logs its report to the execution log.
  beforeEach(() => jest.spyOn(console, 'log').mockImplementation(() => undefined));
  afterEach(() => jest.restoreAllMocks());

  it('saves its progress, schedules a continuation, and the continuation finishes the job', () => {
    const o = office();
    const { result } = o.api({ budgetMs: 0 });
    expect(result.data).toMatchObject({ created: 0, finished: false });
    expect(result.message).toContain('约 1 分钟后自动继续');
    expect(o.store.state.triggers.map((t) => [t.handler, t.kind])).toEqual([['continueSyncCalendar', 'once'], ['continueSyncCalendar', 'every']]);
    expect(new Set(planSheet(o.workbook).column('同步状态'))).toEqual(new Set(['待同步']));

    o.run().call('continueSyncCalendar');
    expect(o.calendar.events()).toHaveLength(36);
    expect(o.store.state.triggers).toEqual([]);
    for (const s of planSheet(o.workbook).column('同步状态')) expect(s).toMatch(/^已同步/);
  });

  it('a continuation finishes a 管理员’s sync even where the trigger cannot see who runs it', () => {
    const o = office();
    const settings = o.workbook.sheet('设置')!;
    settings.values.set(settings.dump().findIndex((r) => r[0] === '管理员') + 1, 2, 'clerk@example.edu.cn');
    expect(o.api({ budgetMs: 0 }).result.data).toMatchObject({ finished: false });
    o.run(answering('OK'), '').call('continueSyncCalendar');
    expect(o.calendar.events()).toHaveLength(36);
    // A clerk who is not on the list still cannot start one.
    const other = o.run(answering('YES'), 'someone@example.edu.cn');
    other.call('menuSyncCalendar');
    expect(other.services.ui.last('alert')!.message).toContain('只有设置中的管理员');
  });

  it('a continuation deletes only what the clerk confirmed', () => {
    const o = office();
    o.api();
    const plan = planSheet(o.workbook);
    plan.deleteRow(plan.rowOf('教职工烹饪比赛'));
    o.api({ budgetMs: 0, confirmDeletes: false });
    o.run().call('continueSyncCalendar');
    expect(o.calendar.events()).toHaveLength(36);
  });
});

describe('rows with problems', () => {
  it('are marked 错误 and skipped, their events kept, and every good row still syncs', () => {
    const o = office();
    o.api();
    const plan = planSheet(o.workbook);
    // The last row of the 三月 group, so no row below inherits the bad month.
    const month = plan.rowOf('职工小家建设及“送健康”工作');
    const dates = plan.rowOf('组织教职工校运会');
    const blank = plan.rowOf('教职工篮球系列赛');
    plan.set(month, '月份', '十三月');
    plan.set(dates, '结束日期', o.workbook.date('2023-04-01'));
    plan.set(blank, '工作内容', '');
    plan.set(blank, '备注', '待定');
    plan.set(plan.rowOf('教职工羽毛球比赛'), '备注', '改期');
    const { result } = o.api({ confirmDeletes: true });
    expect(result.data).toMatchObject({ updated: 1, deleted: 0, skippedRows: 3 });
    expect(plan.cell(month, '同步状态')).toBe('错误：月份 “十三月”不是有效月份（例如 二月、2月、2、2023年3月）');
    expect(plan.cell(dates, '同步状态')).toBe('错误：结束日期 结束日期早于开始日期');
    expect(plan.cell(blank, '同步状态')).toBe('错误：工作内容 工作内容为空');
    expect(result.problems).toContainEqual({ sheet: '工作计划', row: dates, column: '结束日期', message: '结束日期早于开始日期' });
    expect(o.calendar.events()).toHaveLength(36);
  });
});

describe('preview first, then apply exactly that preview (the sidebar’s way)', () => {
  it('lists the changes, applies them with the preview’s token, and refuses a stale token', () => {
    const o = office();
    const preview = o.api({ dryRun: true }).result.data!;
    expect(preview.changes.creates[0]).toEqual({ key: '2023-0001', title: '教职工慰问品（端午、中秋、生日）招标采购', when: '2023年2月', row: 2, note: '' });
    expect(preview.changes.creates).toHaveLength(36);
    expect(preview).toMatchObject({ planYear: 2023, timeZone: 'Asia/Shanghai', stale: false });
    expect(o.api({ planToken: preview.planToken }).result.data).toMatchObject({ created: 36, stale: false });

    const plan = planSheet(o.workbook);
    const second = o.api({ dryRun: true }).result.data!;
    plan.set(plan.rowOf('教职工篮球系列赛'), '备注', '改期');
    const { result, run } = o.api({ planToken: second.planToken });
    expect(result.status).toBe('refused');
    expect(result.data!.stale).toBe(true);
    expect(result.message).toContain('请重新预览');
    expect(calendarWrites(run.services.log)).toBe(0);
    expect(run.services.log.count('spreadsheet', 'Range.setValues')).toBe(0);
  });
});

describe('safety', () => {
  it('a dry run reads but writes nothing', () => {
    const o = office();
    const { result, run } = o.api({ dryRun: true });
    expect(result.message).toContain('预览（未作任何改动）');
    expect(result.data).toMatchObject({ created: 36, dryRun: true });
    expect(calendarWrites(run.services.log)).toBe(0);
    expect(run.services.log.count('spreadsheet', 'Range.setValues')).toBe(0);
  });

  it('a second sync while one holds the lock is refused', () => {
    const o = office();
    const first = o.run();
    (first.services.globals.LockService as GoogleAppsScript.Lock.LockService).getDocumentLock().tryLock(0);
    const { result } = o.api();
    expect(result.status).toBe('locked');
    expect(o.calendar.events()).toHaveLength(0);
  });

  it('only 管理员 may sync when the list is set', () => {
    const o = office();
    const settings = o.workbook.sheet('设置')!;
    const row = settings.dump().findIndex((r) => r[0] === '管理员') + 1;
    settings.values.set(row, 2, 'chair@example.edu.cn');
    const { result, run } = o.api();
    expect(result.status).toBe('refused');
    expect(run.services.log.count('calendar')).toBe(0);
  });

  it('an unknown 共享日历ID is reported, not created', () => {
    const o = office();
    o.calendar.addCalendar('别的日历', 'Asia/Shanghai', 'other@group.calendar.offline');
    const settings = o.workbook.sheet('设置')!;
    settings.values.set(settings.dump().findIndex((r) => r[0] === '共享日历ID') + 1, 2, 'missing@group.calendar.google.com');
    const { result } = o.api();
    expect(result.status).toBe('problems');
    expect(result.problems).toEqual([{ sheet: '设置', column: '值', message: expect.stringContaining('找不到日历“missing@group.calendar.google.com”') }]);
  });
});
