import * as fs from 'node:fs';
import * as path from 'node:path';
import { fileProblem } from './fileProblem';
import { Refusal } from './refusal';

const BUSY = new Set(['EBUSY', 'EPERM', 'EACCES']);

/**
 * Writes a file so that a crash at any moment leaves either the old or the new content: temp file
 * in the same folder, fsync, rename over the target, fsync the folder.
 */
export function writeFileAtomic(target: string, data: string | Uint8Array): void {
  const dir = path.dirname(path.resolve(target));
  const tmp = path.join(dir, `.${path.basename(target)}.${process.pid}.${Date.now()}.tmp`);
  try {
    const fd = fs.openSync(tmp, 'w');
    try {
      fs.writeSync(fd, typeof data === 'string' ? Buffer.from(data, 'utf8') : data);
      fs.fsyncSync(fd);
    } finally {
      fs.closeSync(fd);
    }
  } catch (e) {
    try { fs.unlinkSync(tmp); } catch { /* never created */ }
    // The clerk named the target, not our temporary file: say what is wrong with it or its folder.
    throw fileProblem(e, target);
  }
  try {
    fs.renameSync(tmp, target);
  } catch (e) {
    try { fs.unlinkSync(tmp); } catch { /* already gone */ }
    throw fileProblem(explainWriteError(e, target), target);
  }
  fsyncDir(dir);
}

/** On Windows a file open in Excel/WPS cannot be replaced; say so instead of "EBUSY". */
export function explainWriteError(e: unknown, target: string): unknown {
  const code = (e as NodeJS.ErrnoException)?.code;
  if (code && BUSY.has(code)) {
    return new Refusal(`无法写入 ${target}：文件正被其他程序占用（${code}）。请先在 Excel/WPS 中关闭该文件后重试。`);
  }
  return e;
}

export function fsyncDir(dir: string): void {
  // Windows cannot open a directory for fsync; rename there is already durable enough.
  if (process.platform === 'win32') return;
  let fd: number | undefined;
  try {
    fd = fs.openSync(dir, 'r');
    fs.fsyncSync(fd);
  } catch {
    /* some file systems refuse directory fsync */
  } finally {
    if (fd !== undefined) fs.closeSync(fd);
  }
}
