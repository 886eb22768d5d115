import type { AidApplication } from '../aid';
import type { AidNoticeRow } from './aidAudience';
import { formatYuan } from '../kernel/values/fen';
import type { Problem } from '../kernel/problem';
import { type Cell, wallClock } from '../kernel/values/cell';
import { AID_LEDGER_COLUMNS as L } from '../kernel/sheets/schema';

/**
 * The 帮扶台账 rows a 帮扶 campaign (帮扶金到账) notifies: aid of `year` that has been paid, i.e.
 * 实发金额 above zero and a 发放日期. Amounts read as the clerk wrote them (“1.2万”, “¥12,345”)
 * reach the notice as 12,345.00; the 发放日期 as 2023年11月24日.
 */
export function aidNoticeRows(applications: readonly AidApplication[], year: number): { rows: AidNoticeRow[]; problems: Problem[] } {
  const rows: AidNoticeRow[] = [];
  const problems: Problem[] = [];
  for (const a of applications) {
    if ((a.year ?? year) !== year || a.paid === null || a.paid <= 0 || a.paidDate === null) continue;
    problems.push(...a.problems);
    const fields: Record<string, Cell> = { ...a.fields, [L.paid]: formatYuan(a.paid), [L.paidDate]: wallClock(a.paidDate) };
    for (const [header, fen] of [[L.totalCost, a.totalCost], [L.insurancePaid, a.insurancePaid], [L.selfPaid, a.selfPaid]] as const) {
      if (fen !== null) fields[header] = formatYuan(fen);
    }
    rows.push({ row: a.row, memberId: a.memberId, fields });
  }
  return { rows, problems };
}
