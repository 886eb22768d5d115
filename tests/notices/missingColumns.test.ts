// A column a campaign cannot be judged without stops it before anything is recorded: a renamed 邮箱
// used to read as "21 members without an address" and mark the campaign done. Members sharing a
// mailbox are named in a 提醒 before anyone reads another person's notice.
import { CLERK, column, noticeRun, rowsOf, setCell, setRows } from '../support/noticeWorkbook';
import { runBundle, sampleWorkbook } from '../support/offlineBundle';
import type { Problem } from '../../src/kernel/problem';

type Result = { status: string; message: string; problems: Problem[]; data?: { toSend?: unknown[] } };

function renameHeader(wb: ReturnType<typeof sampleWorkbook>, sheet: string, from: string, to: string): void {
  const s = wb.sheet(sheet)!;
  const i = s.dump()[0].indexOf(from);
  s.values.set(1, i + 1, to);
  wb.dirty = true;
}

test('邮箱 renamed 列7: the send stops naming the sheet, the headers found and nothing is recorded', () => {
  const wb = sampleWorkbook();
  renameHeader(wb, '会员名册', '邮箱', '列7');
  const run = noticeRun(wb);
  const result = run.call<Result>('apiSendNotices', { campaignId: '2023-端午' });
  expect(result.status).not.toBe('done');
  expect(result.problems).toContainEqual({ sheet: '会员名册', row: 1, column: '邮箱', message: expect.stringMatching(/^缺少表头“邮箱”（表头行现有：工号、姓名、.*列7.*）$/) });
  expect(run.mail.sent).toHaveLength(0);
  expect(rowsOf(wb, '发送记录')).toEqual([]);
  expect(column(wb, '慰问活动', '状态')[0] ?? '').not.toBe('已完成');
});

test('电子邮箱 instead of 邮箱: the message asks "是不是“电子邮箱”？"', () => {
  const wb = sampleWorkbook();
  renameHeader(wb, '会员名册', '邮箱', '电子邮箱');
  const result = runBundle({ workbook: wb, user: CLERK }).call<Result>('apiPreviewNotices', { campaignId: '2023-端午' });
  expect(result.problems).toContainEqual({ sheet: '会员名册', row: 1, column: '邮箱', message: expect.stringContaining('缺少表头“邮箱”；是不是“电子邮箱”？请把它改为“邮箱”') });
});

test('a birthday campaign without a 出生日期 column cannot be judged; a festival one still can', () => {
  const wb = sampleWorkbook();
  renameHeader(wb, '会员名册', '出生日期', '生日');
  setRows(wb, '慰问活动', [
    { 活动ID: '生日Q3', 活动名称: '三季度生日', 类型: '生日', 生日季度: 3, 模板: '端午' },
    { 活动ID: '端午', 活动名称: '端午', 类型: '端午', 模板: '端午' },
  ]);
  const run = runBundle({ workbook: wb, user: CLERK });
  expect(run.call<Result>('apiPreviewNotices', { campaignId: '生日Q3' }).problems).toContainEqual({ sheet: '会员名册', row: 1, column: '出生日期', message: expect.stringMatching(/^缺少表头“出生日期”；是不是“生日”？/) });
  expect(run.call<Result>('apiPreviewNotices', { campaignId: '端午' }).problems.filter((p) => p.column === '出生日期')).toEqual([]);
});

test('three members sharing one mailbox (any case) are one 提醒 naming all three; the send is not blocked', () => {
  const wb = sampleWorkbook();
  setCell(wb, '会员名册', 2, '邮箱', 'same@example.edu.cn');
  setCell(wb, '会员名册', 3, '邮箱', 'SAME@example.edu.cn');
  setCell(wb, '会员名册', 4, '邮箱', 'Same@Example.edu.cn');
  const result = runBundle({ workbook: wb, user: CLERK }).call<Result>('apiPreviewNotices', { campaignId: '2023-端午' });
  const shared = result.problems.filter((p) => p.message.includes('共用邮箱'));
  expect(shared).toEqual([{ sheet: '会员名册', row: 2, column: '邮箱', message: '3 人共用邮箱 same@example.edu.cn（不区分大小写）：王秀英（001000，第 2 行）、李勇（001017，第 3 行）、张红梅（001034，第 4 行）；每人的通知都会寄到这个邮箱，如是复制粘贴错误请先改正', severity: 'warning' }]);
  expect(result.data?.toSend).toHaveLength(56);
});
