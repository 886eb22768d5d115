// 同步工作计划到日历 at its edges, run on the BUILT dist/Code.js: another time zone, Google's
// throttling, the time limit, rows with problems, the sidebar's preview token and who may sync.
import { CalendarStore, calendarWrites } from '../../runner/services/calendar';
import { answering } from '../support/offlineBundle';
import { byTitle, office, planSheet } from './syncOffice';

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

