// 同步工作计划 with bad rows: the summary counts rows and problems apart, and each problem is
// listed once (it used to say "13 行有问题" over a list of 14, printed twice).
import { CLERK } from '../support/noticeWorkbook';
import { runBundle, sampleWorkbook } from '../support/offlineBundle';
import { formatProblem, type Problem } from '../../src/kernel/problem';
import { resultText } from '../../src/kernel/contracts/resultText';

type Result = { status: string; message: string; problems: Problem[]; data: { skippedRows: number } };

test('one row with two problems and one with one: 2 行, 3 处, each listed once', () => {
  const wb = sampleWorkbook();
  const sheet = wb.sheet('工作计划')!;
  const rows: (string | number)[][] = [['十三月', '月份和日期都错', '下周一'], ['六月', '日期错', '6月31日'], ['六月', '好的一行', '6月20日']];
  for (const [r, c] of [...sheet.values.entries()]) if (r > 1) sheet.values.set(r, c, undefined);
  rows.forEach((r, i) => r.forEach((v, j) => sheet.values.set(i + 2, [1, 2, 4][j], v)));
  wb.dirty = true;
  const run = runBundle({ workbook: wb, user: CLERK });
  for (const options of [{ dryRun: true, createCalendar: true }, { createCalendar: true }]) {
    const result = run.call<Result>('apiSyncCalendar', options);
    const all = resultText(result);
    expect(result.problems.filter((p) => p.sheet === '工作计划')).toEqual([
      { sheet: '工作计划', row: 2, column: '月份', message: '“十三月”不是有效月份（例如 二月、2月、2、2023年3月）' },
      { sheet: '工作计划', row: 2, column: '开始日期', message: '“下周一”不是有效日期（例如 2023-06-20）' },
      { sheet: '工作计划', row: 3, column: '开始日期', message: '“6月31日”不是有效日期' },
    ]);
    for (const p of result.problems) expect(all.split(formatProblem(p))).toHaveLength(2);
    expect(result.data.skippedRows).toBe(2);
  }
  expect(run.call<Result>('apiSyncCalendar', { createCalendar: true }).message).toContain('2 行有问题（共 3 处，见下方列表）');
});
