// Why a run stops before it changes anything: the workbook is in use, read-only, not a file, a
// folder cannot be written… The message is for the clerk (Chinese, naming the file and what to
// do); the CLI prints it without a stack trace and exits 1.
import { LOCKED_MESSAGE } from '../src/kernel/services/services';
import type { Holder } from './services/lock';

export class Refusal extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'Refusal';
  }
}

/** Who holds the workbook lock, as its lock file records it. */
export function lockHeldMessage(holder: Holder | null, lockFile: string): string {
  const who = holder
    ? [
        holder.user ? `操作人 ${holder.user}` : '操作人未知',
        `进程号 ${holder.pid}`,
        `计算机 ${holder.host}`,
        `开始于 ${localTime(holder.time)}`,
      ].join('，')
    : '锁文件正在写入或无法读取';
  return `${LOCKED_MESSAGE}\n占用者：${who}（锁文件 ${lockFile}）。\n请等它结束后再运行；如果确认那个程序已经不在运行（例如电脑曾死机），删除该锁文件后再试。`;
}

function localTime(iso: string): string {
  const t = new Date(iso);
  if (Number.isNaN(t.getTime())) return iso;
  const p = (n: number) => String(n).padStart(2, '0');
  return `${t.getFullYear()}-${p(t.getMonth() + 1)}-${p(t.getDate())} ${p(t.getHours())}:${p(t.getMinutes())}:${p(t.getSeconds())}`;
}
