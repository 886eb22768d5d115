import type { TextRange } from '../import/importMerge';
import type { Workbook } from './workbook';

/**
 * Formats ranges as plain text ('@') before values are written into them, so Sheets keeps
 * '001024' and '13812345678' as the text they are. One call per range.
 */
export function formatAsText(workbook: Workbook, sheetName: string, ranges: readonly TextRange[]): void {
  const sheet = workbook.sheet(sheetName);
  if (!sheet) throw new Error(`找不到工作表“${sheetName}”，请先运行“初始化工作簿”`);
  if (ranges.length === 0) return;
  // Sheets refuses a range past the grid: grow it first, as the write that follows would.
  workbook.ensureSize(sheet, Math.max(...ranges.map((r) => r.row + r.rows - 1)), Math.max(...ranges.map((r) => r.column + r.columns - 1)));
  for (const r of ranges) sheet.getRange(r.row, r.column, r.rows, r.columns).setNumberFormat('@');
}
