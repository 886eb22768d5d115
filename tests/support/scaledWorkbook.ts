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
