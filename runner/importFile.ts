// `uniondesk import`: the clerk's export file, read into the rows the import core takes. The
// file type is told by its first bytes, not its name: HR systems name HTML pages .xls, and a
// password-protected .xlsx is an OLE file like the old .xls.
import { readFile } from 'node:fs/promises';
import { basename } from 'node:path';
import type { ImportSource } from '../src/kernel/contracts/importData';
import { type Cell, wallClock } from '../src/kernel/values/cell';
import { decodeText } from './decodeText';
import { CsvError, parseCsv } from './parseCsv';
import { readPackage } from './xlsx/packageRead';
import type { CellValue, MemorySheet } from './workbook';

/** A file the clerk must fix or convert; the message is the whole story, in Chinese. */
export class ImportFileError extends Error {}

const OLE = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];
const ZIP = [0x50, 0x4b, 0x03, 0x04];

export async function readImportFile(path: string): Promise<ImportSource> {
  let bytes: Uint8Array;
  try {
    bytes = await readFile(path);
  } catch {
    throw new ImportFileError(`找不到或无法打开文件：${path}`);
  }
  return readImportBytes(basename(path), bytes);
}

export async function readImportBytes(name: string, bytes: Uint8Array): Promise<ImportSource> {
  const startsWith = (magic: number[]) => magic.every((b, i) => bytes[i] === b);
  if (bytes.length === 0) throw new ImportFileError(`${name}：文件是空的`);
  if (startsWith(OLE)) {
    throw new ImportFileError(`${name}：这是旧版 Excel 97-2003（.xls）文件（或设置了打开密码的 Excel 文件），无法直接读取。请在 Excel 或 WPS 中打开，“另存为” Excel 工作簿（.xlsx，不设密码）后再导入。`);
  }
  const rows = startsWith(ZIP) ? await readXlsx(name, bytes) : readCsv(name, bytes);
  return { name, rows };
}

function readCsv(name: string, bytes: Uint8Array): string[][] {
  if (/\.xlsx?$/i.test(name) || bytes.subarray(0, 4096).includes(0)) {
    const { text } = decodeText(bytes.subarray(0, 512));
    const html = /^\s*<(!doctype|html|table|\?xml)/i.test(text);
    throw new ImportFileError(html
      ? `${name}：这其实是网页格式（HTML）的表格，只是扩展名为 .xls。请在 Excel 或 WPS 中打开，“另存为” .xlsx 后再导入。`
      : `${name}：不是可识别的 .xlsx 或 .csv 文件。请在 Excel 或 WPS 中打开，“另存为” .xlsx 或 CSV 后再导入。`);
  }
  try {
    return parseCsv(decodeText(bytes).text);
  } catch (e) {
    if (e instanceof CsvError) throw new ImportFileError(`${name}：${e.message}`);
    throw e;
  }
}

async function readXlsx(name: string, bytes: Uint8Array): Promise<Cell[][]> {
  let sheet: MemorySheet | undefined;
  try {
    // In UTC, a date cell's instant carries its wall clock in its UTC fields.
    sheet = readPackage(Buffer.from(bytes), { timeZone: 'UTC', firstSheetOnly: true }, () => undefined).workbook.sheets[0];
  } catch {
    throw new ImportFileError(`${name}：无法读取这个 .xlsx 文件（可能已损坏）。请在 Excel 或 WPS 中打开后重新保存再导入。`);
  }
  if (!sheet) throw new ImportFileError(`${name}：工作簿里没有工作表`);
  const rowCount = sheet.lastRow();
  const columnCount = sheet.lastColumn();
  const rows: Cell[][] = [];
  for (let r = 1; r <= rowCount; r++) {
    const cells: Cell[] = [];
    for (let c = 1; c <= columnCount; c++) cells.push(importCell(sheet.values.get(r, c), sheet.formatAt(r, c)));
    rows.push(cells);
  }
  return rows;
}

/** A cell as the Cell the core reads. */
function importCell(v: CellValue | undefined, format: string): Cell {
  if (v === undefined) return '';
  if (v instanceof Date) {
    const iso = v.toISOString();
    return wallClock(iso.slice(0, 10), iso.slice(11, 19));
  }
  // A number shown with leading zeros by a format like 000000 (工号 001024 stored as 1024).
  if (typeof v === 'number' && Number.isInteger(v) && v >= 0 && /^0+$/.test(format)) return String(v).padStart(format.length, '0');
  return v;
}
