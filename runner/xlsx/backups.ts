// Before a run's first write, the workbook as it was goes to `.backups/` beside it, timestamped;
// the last ten stay, so the clerk can go back further than one command.
import * as fs from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { writeFileAtomic } from '../atomicWrite';

export const KEEP_BACKUPS = 10;

function stamp(d: Date): string {
  const p = (n: number, w = 2) => String(n).padStart(w, '0');
  return `${d.getFullYear()}${p(d.getMonth() + 1)}${p(d.getDate())}-${p(d.getHours())}${p(d.getMinutes())}${p(d.getSeconds())}-${p(d.getMilliseconds(), 3)}`;
}

export function backupsDir(workbookPath: string): string {
  return join(dirname(workbookPath), '.backups');
}

/** Copies the workbook into .backups/<name>.<time>.xlsx and drops all but the newest ten. */
export function backUp(workbookPath: string, bytes: Buffer, now = new Date()): string {
  const dir = backupsDir(workbookPath);
  fs.mkdirSync(dir, { recursive: true });
  const name = basename(workbookPath).replace(/\.xlsx$/i, '');
  let file = join(dir, `${name}.${stamp(now)}.xlsx`);
  for (let n = 2; fs.existsSync(file); n++) file = join(dir, `${name}.${stamp(now)}-${n}.xlsx`);
  writeFileAtomic(file, bytes);
  const mine = fs.readdirSync(dir).filter((f) => f.startsWith(`${name}.`) && /^\d{8}-\d{6}-\d{3}(-\d+)?\.xlsx$/.test(f.slice(name.length + 1))).sort();
  for (const old of mine.slice(0, Math.max(0, mine.length - KEEP_BACKUPS))) fs.rmSync(join(dir, old), { force: true });
  return file;
}
