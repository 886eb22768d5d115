// Why a workbook file cannot be read, in the clerk's words: which file, what it is, what to do.
import * as fs from 'node:fs';

export class WorkbookFileError extends Error {}

const OLE = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];
const ZIP = [0x50, 0x4b, 0x03, 0x04];

/** The file's bytes, or the Chinese reason it cannot be a workbook. */
export function readWorkbookBytes(path: string): Buffer {
  let stat: fs.Stats;
  try {
    stat = fs.statSync(path);
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') throw new WorkbookFileError(`找不到工作簿文件：${path}。请检查路径是否正确。`);
    if (code === 'EACCES' || code === 'EPERM') throw new WorkbookFileError(`无法读取工作簿 ${path}：没有读取权限。请检查文件权限，或把文件复制到自己的文件夹后再试。`);
    throw e;
  }
  if (stat.isDirectory()) throw new WorkbookFileError(`无法读取工作簿 ${path}：这是一个文件夹，不是工作簿文件。请指定文件夹里的 .xlsx 文件。`);
  let bytes: Buffer;
  try {
    bytes = fs.readFileSync(path);
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    if (code === 'EACCES' || code === 'EPERM' || code === 'EBUSY') throw new WorkbookFileError(`无法读取工作簿 ${path}：文件被占用或没有权限（${code}）。请关闭正在使用它的程序后重试。`);
    throw e;
  }
  checkWorkbookBytes(path, bytes);
  return bytes;
}

export function checkWorkbookBytes(path: string, bytes: Uint8Array): void {
  const startsWith = (magic: number[]) => magic.every((b, i) => bytes[i] === b);
  if (bytes.length === 0) throw new WorkbookFileError(`无法读取工作簿 ${path}：文件是空的（0 字节）。可能上次保存被中断：请从旁边 .backups 文件夹中的备份恢复，或换用其他副本。`);
  if (startsWith(OLE)) throw new WorkbookFileError(`无法读取工作簿 ${path}：这是旧版 Excel 97-2003（.xls）文件（或设置了打开密码的 Excel 文件）。请在 Excel 或 WPS 中打开，“另存为” Excel 工作簿（.xlsx，不设密码）后再用。`);
  if (!startsWith(ZIP)) throw new WorkbookFileError(`无法读取工作簿 ${path}：这不是 .xlsx 文件（内容不是 Excel 格式）。请在 Excel 或 WPS 中打开后“另存为” .xlsx 再用。`);
}

export function corruptWorkbook(path: string, detail: string): WorkbookFileError {
  return new WorkbookFileError(`无法读取工作簿 ${path}：文件已损坏（${detail}）。请在 Excel 或 WPS 中打开并重新保存，或从旁边 .backups 文件夹中的备份恢复。`);
}
