// The sample workbook grown to n rows in each big table — 会员名册 (n members, all with mail),
// 工作计划 (n rows over the plan year, some dated, some timed), 帮扶台账 (one application per
// member) — for `npm run bench`'s figures at 100 and 5,000 rows, and for tests of fixed call counts.
import type { MemoryWorkbook } from '../../runner/workbook';
import { campaignWorkbook, setRows } from './noticeWorkbook';

const MONTHS = ['二月', '三月', '四月', '五月', '六月', '七月', '八月', '九月', '十月', '十一月', '十二月', '一月'];

export function scaledWorkbook(n: number): MemoryWorkbook {
  const wb = campaignWorkbook(n);
  setRows(wb, '工作计划', Array.from({ length: n }, (_, i) => {
    const month = Math.floor((i * 12) / n);
    const year = month === 11 ? 2024 : 2023;
    const iso = `${year}-${String(((month + 1) % 12) + 1).padStart(2, '0')}-${String(1 + (i % 27)).padStart(2, '0')}`;
    const first = i === 0 || Math.floor(((i - 1) * 12) / n) !== month;
    return {
      月份: first ? MONTHS[month] : '',
      工作内容: `第 ${i + 1} 项工作（${MONTHS[month]}）`,
      负责部门: '校工会',
      开始日期: i % 10 === 0 ? `${iso} 09:00` : i % 5 === 0 ? iso : '',
      结束日期: i % 10 === 0 ? `${iso} 11:30` : i % 5 === 0 ? iso : '',
      地点: i % 3 ? '' : '雅安校区',
    };
  }));
  setRows(wb, '帮扶台账', Array.from({ length: n }, (_, i) => {
    const selfPaid = 3000 + ((i * 7919) % 60000);
    return {
      申请编号: `BF-${i + 1}`, 年度: 2023, 工号: `T${String(i + 1).padStart(4, '0')}`, 姓名: `会员${i + 1}`,
      自付金额: selfPaid, 实发金额: i % 10 === 0 ? 100 : '', 发放日期: i % 10 === 0 ? '2023-11-24' : '',
    };
  }));
  // Sheets never holds a value below its last row: grow the grid to the rows just written.
  for (const sheet of wb.sheets) sheet.maxRows = Math.max(sheet.maxRows, sheet.lastRow());
  return wb;
}

/** The export an HR system gives back: the same n members, one in 50 (the first included) with a new address. */
export function rosterExport(n: number): string[][] {
  const rows = [['工号', '姓名', '邮箱', '会员状态']];
  for (let i = 1; i <= n; i++) rows.push([`T${String(i).padStart(4, '0')}`, `会员${i}`, i % 50 !== 1 ? `m${i}@example.edu.cn` : `new${i}@example.edu.cn`, '在册']);
  return rows;
}

interface Caller {
  call<T = unknown>(fn: string, ...args: unknown[]): T;
}

/**
 * Every action whose spreadsheet calls must not depend on the number of rows, as the clerk runs
 * it on a scaled workbook (管理员 = the clerk, who answers yes). Sync and sending, which need a
 * calendar or count mail too, are measured separately.
 */
export const FIXED_CALL_ACTIONS: readonly (readonly [string, (run: Caller, n: number) => unknown])[] = [
  ['初始化工作簿 (sheets exist)', (r) => r.call('apiInitWorkbook', { sample: false })],
  ['生成节日慰问活动', (r) => r.call('apiGenerateFestivals', { year: 2024 })],
  ['导入名册 (n rows, 2% changed)', (r, n) => r.call('apiImport', { into: '会员名册', rows: rosterExport(n), apply: true })],
  ['核算帮扶金', (r) => r.call('apiCheckAid')],
  ['导出日历文件 (.ics)', (r) => r.call('apiExportIcs')],
  ['预览慰问通知', (r) => r.call('apiPreviewNotices', { campaignId: '测试-20' })],
  ['审核通过', (r) => r.call('apiApproveCampaign', { campaignId: '测试-20' })],
  ['保护敏感工作表', (r) => r.call('menuProtectSheets')],
];
