// What the page shows of the workbook itself: the header line (workbook, 单位名称, 计划年度)
// and, where the sidebar would select a row in the sheet, that row's cells under their headers.
// Read from the session's in-memory workbook, as display text (what Excel/WPS show).
import { basename } from 'node:path';
import { readSettings } from '../../src/kernel/sheets/readSettings';
import { SHEET } from '../../src/kernel/sheets/schema';
import { displayValue } from '../numberFormat';
import type { MemorySheet, MemoryWorkbook } from '../workbook';

export interface WorkbookHeader {
  readonly workbook: string;
  readonly unitName: string;
  readonly planYear: number;
}

export interface RowCells {
  /** Row 1 of the sheet: the column names. */
  readonly headers: readonly string[];
  readonly cells: readonly string[];
}

function rowText(workbook: MemoryWorkbook, sheet: MemorySheet, row: number, columns: number): string[] {
  return Array.from({ length: columns }, (_, i) => displayValue(sheet.values.get(row, i + 1), sheet.formatAt(row, i + 1), workbook.timeZone));
}

export function readHeader(workbook: MemoryWorkbook, workbookPath: string): WorkbookHeader {
  const sheet = workbook.sheet(SHEET.settings);
  const rows = sheet ? Array.from({ length: sheet.lastRow() }, (_, r) => rowText(workbook, sheet, r + 1, sheet.lastColumn())) : null;
  // The same reader as the bundle's, so the page never disagrees with what the actions use.
  const { settings } = readSettings(rows, new Date().getFullYear());
  return { workbook: basename(workbookPath), unitName: settings.unitName, planYear: settings.planYear };
}

export function readRowCells(workbook: MemoryWorkbook, sheetName: string, row: number): RowCells {
  const sheet = workbook.sheet(sheetName);
  if (!sheet) return { headers: [], cells: [] };
  const columns = sheet.lastColumn();
  return { headers: rowText(workbook, sheet, 1, columns), cells: rowText(workbook, sheet, row, columns) };
}
