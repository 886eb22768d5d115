// Edits a clerk makes by hand, applied straight to the in-memory workbook (no service calls).
import type { CellValue, MemoryWorkbook } from '../../runner/workbook';

/** Sets 设置!值 of the row whose 项目 is `key` (appending the row when missing). */
export function setSetting(wb: MemoryWorkbook, key: string, value: CellValue): void {
  const sheet = wb.sheet('设置');
  if (!sheet) throw new Error('no 设置 sheet');
  const rows = sheet.dump();
  const keyCol = rows[0].indexOf('项目') + 1;
  const valueCol = rows[0].indexOf('值') + 1;
  let r = rows.findIndex((row, i) => i > 0 && row[keyCol - 1] === key) + 1;
  if (r === 0) {
    r = rows.length + 1;
    sheet.values.set(r, keyCol, key);
  }
  sheet.values.set(r, valueCol, value);
}

/** Sets the cell of `header` in the data row whose first column is `rowKey` (or the 1-based sheet row). */
export function setCell(wb: MemoryWorkbook, sheetName: string, rowKey: string | number, header: string, value: CellValue): void {
  const sheet = wb.sheet(sheetName)!;
  const rows = sheet.dump();
  const col = rows[0].indexOf(header) + 1;
  if (col === 0) throw new Error(`no column ${header} in ${sheetName}`);
  const r = typeof rowKey === 'number' ? rowKey : rows.findIndex((row) => row[0] === rowKey) + 1;
  if (r === 0) throw new Error(`no row ${rowKey} in ${sheetName}`);
  sheet.values.set(r, col, value);
}
