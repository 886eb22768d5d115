// The spelling table (tests/support/valueSpellings.ts) through the actions of the BUILT bundle:
// 同步工作计划, 导入名册, 预览慰问通知 and 核算帮扶金 read every spelling as the pure readers do.
import type { CalendarChanges } from '../../../src/calendar/calendarPreview';
import type { NoticePreview } from '../../../src/notices/noticePreview';
import { type Cell, isWallClock } from '../../../src/kernel/values/cell';
import type { MemoryWorkbook } from '../../../runner/workbook';
import { CLERK, rowsOf, setRows, setSetting } from '../../support/noticeWorkbook';
import { runBundle, sampleWorkbook } from '../../support/offlineBundle';
import { DAY_SPELLINGS, MARCH_SPELLINGS, MEMBER_ID_SPELLINGS, PERCENT_SPELLINGS, PHONE_SPELLINGS, STATUS_SPELLINGS, YEAR_MONTH_SPELLINGS } from '../../support/valueSpellings';

/** Replaces a sheet's data rows with raw cells, as typed (strings stay strings, numbers numbers). */
function putRows(wb: MemoryWorkbook, sheetName: string, header: string[], rows: Cell[][]): void {
  const sheet = wb.sheet(sheetName)!;
  for (const [r, c] of [...sheet.values.entries()]) sheet.values.set(r, c, undefined);
  [header, ...rows].forEach((row, i) => row.forEach((v, j) => {
    sheet.values.set(i + 1, j + 1, isWallClock(v) ? wb.date(v.date, v.time) : v === '' ? undefined : v);
  }));
  wb.dirty = true;
}

type Result<T> = { status: string; data: T; problems: unknown[] };

describe('同步工作计划到日历 reads every spelling of a plan date and month', () => {
  const wb = sampleWorkbook();
  putRows(wb, '工作计划', ['月份', '工作内容', '开始日期'], [
    ...DAY_SPELLINGS.map((s, i): Cell[] => ['六月', `日期写法 ${i + 1}`, s.cell]),
    ...MARCH_SPELLINGS.map((m, i): Cell[] => [m, `月份写法 ${i + 1}`, '']),
    ['十二月', '跨年开始', '12月31日'],
    ['一月', '跨年结束', '1月2日'],
  ]);
  const run = runBundle({ workbook: wb, user: CLERK });
  const result = run.call<Result<{ skippedRows: number; changes: CalendarChanges }>>('apiSyncCalendar', { dryRun: true, createCalendar: true });
  const when = new Map(result.data.changes.creates.map((c) => [c.title, c.when]));

  test('no row is refused', () => {
    expect([result.data.skippedRows, result.problems]).toEqual([0, []]);
  });

  test.each(DAY_SPELLINGS.map((s, i) => [JSON.stringify(s.cell), i] as const))('开始日期 %s is 2023-06-20', (_, i) => {
    expect(when.get(`日期写法 ${i + 1}`)).toBe(when.get('日期写法 1'));
    expect(when.get('日期写法 1')).toContain('2023-06-20');
  });

  test.each(MARCH_SPELLINGS.map((m, i) => [JSON.stringify(m), i] as const))('月份 %s is March 2023', (_, i) => {
    expect(when.get(`月份写法 ${i + 1}`)).toBe(when.get('月份写法 1'));
    expect(when.get('月份写法 1')).toContain('2023年3月');
  });

  test('12月31日 and 1月2日 fall on either side of the year end', () => {
    expect([when.get('跨年开始'), when.get('跨年结束')].map((w) => w?.slice(0, 10))).toEqual(['2023-12-31', '2024-01-02']);
  });
});

describe('导入名册 and 预览慰问通知 read 工号, 手机, 出生日期 and 会员状态 spellings alike', () => {
  const wb = sampleWorkbook();
  const statuses = Object.entries(STATUS_SPELLINGS).flatMap(([status, cells]) => cells.map((cell) => ({ status, cell })));
  // One member per status spelling, every one born in a year-month spelling of March (Q1).
  const members = statuses.map(({ cell }, i): Cell[] => [`T${String(i + 1).padStart(3, '0')}`, `会员${i + 1}`, '女', YEAR_MONTH_SPELLINGS[i % YEAR_MONTH_SPELLINGS.length], cell, `m${i + 1}@example.edu.cn`]);
  putRows(wb, '会员名册', ['工号', '姓名', '性别', '出生日期', '会员状态', '邮箱'], [
    ['001051', '刘浩', '男', '1977-04-22', '在册', 't001051@example.edu.cn'], ...members,
  ]);
  setRows(wb, '慰问活动', [
    { 活动ID: '生日Q1', 活动名称: '一季度生日', 类型: '生日', 生日季度: 1, 模板: '端午' },
  ]);

  test('every 在册 spelling is mailed, every 退休 and 离校 spelling is counted as left out', () => {
    const preview = runBundle({ workbook: wb, user: CLERK }).call<Result<NoticePreview>>('apiPreviewNotices', { campaignId: '生日Q1' }).data;
    expect(preview.toSend.map((p) => p.name).sort()).toEqual(statuses.map((s, i) => [s, `会员${i + 1}`] as const).filter(([s]) => s.status === '在册').map(([, n]) => n).sort());
    expect(preview.leftOut).toEqual([{ reason: '退休', count: STATUS_SPELLINGS.退休.length }, { reason: '离校', count: STATUS_SPELLINGS.离校.length }]);
  });

  test('with 退休人员参加节日慰问 = 是 the 退休 spellings are mailed too', () => {
    setSetting(wb, '退休人员参加节日慰问', '是');
    const preview = runBundle({ workbook: wb, user: CLERK }).call<Result<NoticePreview>>('apiPreviewNotices', { campaignId: '生日Q1' }).data;
    expect(preview.toSend).toHaveLength(STATUS_SPELLINGS.在册.length + STATUS_SPELLINGS.退休.length);
    expect(preview.leftOut).toEqual([{ reason: '离校', count: STATUS_SPELLINGS.离校.length }]);
    setSetting(wb, '退休人员参加节日慰问', '否');
  });

  test.each(MEMBER_ID_SPELLINGS.flatMap((id) => PHONE_SPELLINGS.slice(0, 2).map((phone) => [JSON.stringify(id), JSON.stringify(phone), id, phone] as const)))(
    'importing 工号 %s with 手机 %s updates 001051 and writes 13910104729', (_i, _p, id, phone) => {
      const copy = sampleWorkbook();
      putRows(copy, '会员名册', ['工号', '姓名', '出生日期', '手机'], [['001051', '刘浩', '1977-04-22', '18010314187'], ['001017', '李勇', '1967-02-08', '']]);
      const result = runBundle({ workbook: copy, user: CLERK }).call<Result<{ added: number; changed: number }>>('apiImport', {
        into: '会员名册', rows: [['职工号', '姓名', '出生年月', '手机号码'], [id, '刘浩', '1977.04', phone]], apply: true,
      });
      expect([result.status, result.data.added, result.data.changed]).toEqual(['done', 0, 1]);
      const liu = rowsOf(copy, '会员名册').filter((r) => r.姓名 === '刘浩');
      expect(liu.map((r) => [r.工号, r.手机])).toEqual([['001051', '13910104729']]);
      expect(liu[0].出生日期).toBe('1977-04-22'); // 1977.04 is coarser: never written over it
    });
});

describe('核算帮扶金 reads 比例 as Excel shows it', () => {
  test.each(PERCENT_SPELLINGS.map((s) => [`${JSON.stringify(s.cell)} (${s.format})`, s] as const))('比例 %s: 60 % of the amount above 下限', (_, { cell, format }) => {
    const wb = sampleWorkbook();
    putRows(wb, '帮扶标准', ['下限(元)', '上限(元)', '帮扶金额(元)', '比例(%)', '说明'], [[5000, '', 0, cell, '超过 5000 元部分按 60%']]);
    wb.sheet('帮扶标准')!.formats.set(2, 4, format);
    putRows(wb, '帮扶台账', ['申请编号', '年度', '工号', '姓名', '自付金额', '实发金额'], [['A1', 2023, 1051, '刘浩', '112,345.73', 64407.44]]);
    putRows(wb, '会员名册', ['工号', '姓名', '会员状态'], [['001051', '刘浩', '在职']]);
    setSetting(wb, '年度帮扶上限', '');
    const result = runBundle({ workbook: wb, user: CLERK }).call<Result<{ rows: { dueFen: number; result: string }[] }>>('apiCheckAid');
    expect(result.data.rows.map((r) => [r.dueFen, r.result])).toEqual([[6440744, '一致']]);
  });
});
