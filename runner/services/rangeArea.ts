import type { MemorySheet } from '../workbook';
import { parseA1, type Area } from '../a1';
import { signatureError } from './spreadsheetContext';

export function isInt(v: unknown): v is number {
  return typeof v === 'number' && Number.isFinite(v);
}

export function checkArea(sheet: MemorySheet, row: unknown, col: unknown, numRows: unknown, numCols: unknown, method: string): Area {
  if (!isInt(row) || !isInt(col) || !isInt(numRows) || !isInt(numCols)) throw signatureError(method, [row, col, numRows, numCols]);
  const a = { row: Math.trunc(row), column: Math.trunc(col), numRows: Math.trunc(numRows), numColumns: Math.trunc(numCols) };
  if (a.row < 1) throw new Error('The starting row of the range is too small.');
  if (a.column < 1) throw new Error('The starting column of the range is too small.');
  if (a.numRows < 1) throw new Error('The number of rows in the range must be at least 1.');
  if (a.numColumns < 1) throw new Error('The number of columns in the range must be at least 1.');
  if (a.row + a.numRows - 1 > sheet.maxRows || a.column + a.numColumns - 1 > sheet.maxColumns) {
    throw new Error('The coordinates of the range are outside the dimensions of the sheet.');
  }
  return a;
}

export function areaFromA1(sheet: MemorySheet, a1: string): Area {
  const a = parseA1(a1, sheet.maxRows, sheet.maxColumns);
  if (!a) throw new Error(`Range not found`);
  return checkArea(sheet, a.row, a.column, a.numRows, a.numColumns, 'SpreadsheetApp.Sheet.getRange');
}
