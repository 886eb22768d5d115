// The offline workbook is saved as .xlsx when a command ends (ExcelJS needs seconds for it), but
// a run may be killed before that — Ctrl-C in the middle of sending 2,000 notices. When the
// bundle calls SpreadsheetApp.flush() (the send journal does before it forgets what it flushed to
// 发送记录), the values of every sheet are written durably beside the workbook; the next run
// puts them back before doing anything. That keeps offline what Apps Script guarantees online:
// a flushed write is never lost.
import * as fs from 'node:fs';
import { writeFileAtomic } from './atomicWrite';
import { isDate } from './cellInput';
import type { CellValue, MemoryWorkbook } from './workbook';

type Encoded = string | number | boolean | { $date: number };

interface UnsavedFile {
  version: 1;
  sheets: { name: string; maxRows: number; maxColumns: number; values: [number, number, Encoded][]; formulas: [number, number, string][] }[];
}

export function unsavedPath(workbookPath: string): string {
  return `${workbookPath}.unsaved.json`;
}

export function writeUnsaved(workbook: MemoryWorkbook, workbookPath: string): void {
  const file: UnsavedFile = {
    version: 1,
    sheets: workbook.sheets.map((s) => ({
      name: s.name,
      maxRows: s.maxRows,
      maxColumns: s.maxColumns,
      values: [...s.values.entries()].map(([r, c, v]): [number, number, Encoded] => [r, c, isDate(v) ? { $date: v.getTime() } : v]),
      formulas: [...s.formulas.entries()],
    })),
  };
  writeFileAtomic(unsavedPath(workbookPath), JSON.stringify(file));
}

/** Puts back the values a killed run had flushed; true when there were any. */
export function recoverUnsaved(workbook: MemoryWorkbook, workbookPath: string): boolean {
  const path = unsavedPath(workbookPath);
  if (!fs.existsSync(path)) return false;
  let file: UnsavedFile;
  try {
    file = JSON.parse(fs.readFileSync(path, 'utf8')) as UnsavedFile;
  } catch {
    throw new Error(`${path} 已损坏，无法恢复上次中断前写入的内容。请检查后删除该文件再运行。`);
  }
  for (const saved of file.sheets) {
    const sheet = workbook.sheet(saved.name) ?? workbook.addSheet(saved.name);
    for (const [r, c] of [...sheet.values.entries()]) sheet.values.set(r, c, undefined);
    for (const [r, c] of [...sheet.formulas.entries()]) sheet.formulas.set(r, c, undefined);
    for (const [r, c, v] of saved.values) sheet.values.set(r, c, typeof v === 'object' ? new Date(v.$date) : (v as CellValue));
    for (const [r, c, f] of saved.formulas) sheet.formulas.set(r, c, f);
    sheet.maxRows = Math.max(sheet.maxRows, saved.maxRows);
    sheet.maxColumns = Math.max(sheet.maxColumns, saved.maxColumns);
  }
  workbook.dirty = true;
  return true;
}

export function clearUnsaved(workbookPath: string): void {
  fs.rmSync(unsavedPath(workbookPath), { force: true });
}
