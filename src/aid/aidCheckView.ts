// 核算帮扶金's result as the sidebar's 帮扶核算 view. Every decision is the action's
// (src/aid/checkAid.ts); this only picks and orders what the clerk must look at.
import type { AidCheckData, AidRowReport } from './checkAid';
import type { Fen } from '../kernel/values/fen';
import { SHEET } from '../kernel/sheets/schema';
import { problemView } from '../kernel/contracts/problemView';
import type { AidCheckView, AidResult, AidRowView } from '../kernel/contracts/sidebarContract';

/** Money first (largest difference), then rows that could not be checked, then unpaid ones. */
const URGENCY: Readonly<Record<AidResult, number>> = { 不一致: 0, 错误: 1, 待发放: 2, 一致: 3 };

export function aidCheckView(data: AidCheckData): AidCheckView {
  const { summary } = data;
  const attention = data.rows
    .filter((r) => r.result !== '一致')
    .sort((a, b) => URGENCY[a.result] - URGENCY[b.result] || Math.abs(b.differenceFen ?? 0) - Math.abs(a.differenceFen ?? 0) || a.row - b.row)
    .map(rowView);
  return {
    rows: summary.rows,
    resultCounts: { ...summary.perResult },
    totalDue: summary.totalDue,
    totalPaid: summary.totalPaid,
    tiers: summary.perTier.filter((t) => t.rows > 0 || t.tierRow !== null).map((t) => ({ label: t.label, count: t.rows, due: t.due })),
    attention,
    problems: data.tierWarnings.map(problemView),
  };
}

function rowView(r: AidRowReport): AidRowView {
  return {
    sheet: SHEET.aidLedger,
    row: r.row,
    applicationId: r.applicationId,
    memberId: r.memberId,
    name: r.name,
    result: r.result,
    due: r.dueFen as Fen | null,
    paid: r.paidFen as Fen | null,
    difference: r.differenceFen as Fen | null,
    note: r.explanation,
  };
}
