import type { AidSummary } from './aidCheck';
import { CHECK_RESULTS, SHEET } from '../kernel/sheets/schema';
import { type Fen, formatYuan } from '../kernel/values/fen';

/** The summary of 核算帮扶金 as the clerk reads it, one line per fact. */
export function aidSummaryText(summary: AidSummary): string {
  const counts = CHECK_RESULTS.map((r) => `${r} ${summary.perResult[r]}`).join('，');
  const lines = [
    `已核对${SHEET.aidLedger} ${summary.rows} 行：${counts}。`,
    `应发合计 ${formatYuan(summary.totalDue)} 元，实发合计 ${formatYuan(summary.totalPaid)} 元。`,
  ];
  if (summary.perTier.some((t) => t.rows > 0)) {
    lines.push('按档位：');
    for (const t of summary.perTier) {
      if (t.rows === 0 && t.tierRow === null) continue;
      lines.push(`  ${t.label}：${t.rows} 行${t.tierRow === null ? '' : `，应发 ${formatYuan(t.due)} 元`}`);
    }
  }
  if (summary.worst.length > 0) {
    lines.push('差额最大的行：');
    for (const w of summary.worst) {
      lines.push(`  ${SHEET.aidLedger}!${w.row} ${w.applicationId} ${w.name}：${w.difference > 0 ? '多发' : '少发'} ${formatYuan(Math.abs(w.difference) as Fen)} 元`);
    }
  }
  return lines.join('\n');
}
