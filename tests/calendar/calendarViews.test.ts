import type { ActionResult } from '../../src/kernel/contracts/actionResult';
import type { SyncData } from '../../src/calendar/syncCalendar';
import { calendarApplyView, calendarPreviewView } from '../../src/calendar/calendarViews';

const data: SyncData = {
  calendarId: '', calendarName: '四川农业大学工会（示例）', created: 36, updated: 0, deleted: 0, unchanged: 0, deletesHeld: 0, skippedRows: 1,
  failed: 0, retries: 0, finished: true, dryRun: true, preview: '…',
  changes: { creates: [{ key: '2023-0001', title: '教职工慰问品招标采购', when: '2023年2月', row: 2, note: '' }], updates: [], deletes: [] },
  planYear: 2023, timeZone: 'Asia/Shanghai', untouched: 0, planToken: 'abc', stale: false,
};
const result: ActionResult<SyncData> = { status: 'done', message: '预览', problems: [{ sheet: '工作计划', row: 25, column: '开始日期', message: '“9月31日”不是有效日期' }], data };

describe('the 日历同步 views', () => {
  it('a plan without a calendar yet says the confirmation creates one', () => {
    const v = calendarPreviewView(data, result);
    expect(v.calendarName).toBe('');
    expect(v.notes).toEqual(['设置中的“共享日历ID”为空：确认同步时将新建日历“四川农业大学工会（示例）”，并把它的 ID 记入设置（之后可在 Google 日历中共享给同事）。']);
    expect(v.counts).toEqual({ create: 36, update: 0, delete: 0, unchanged: 0 });
    expect(v.planToken).toBe('abc');
  });
  it('rows skipped are shown as warnings: the rest still syncs', () => {
    expect(calendarPreviewView({ ...data, calendarId: 'cal-1' }, result)).toMatchObject({
      calendarName: '四川农业大学工会（示例）', notes: [], problems: [{ text: '工作计划!25 开始日期: “9月31日”不是有效日期', sheet: '工作计划', row: 25, blocking: false }],
    });
  });
  it('an apply reports its counts and whether it finished', () => {
    expect(calendarApplyView({ ...data, dryRun: false, finished: false, failed: 2 }, { ...result, message: '已同步一部分' })).toEqual({
      counts: { created: 36, updated: 0, deleted: 0, failed: 2 }, finished: false, message: '已同步一部分', problems: [expect.objectContaining({ row: 25 })],
    });
  });
});
