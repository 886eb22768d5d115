// Ordinary file-system failures (a folder that is read-only or missing, a file held open by
// another program, a folder where a file should be…) told to the clerk in Chinese: which path,
// what is wrong, what to do. Node's own text ("EACCES: permission denied, open '….tmp'") names
// a temporary file she has never heard of.
import { dirname } from 'node:path';
import { Refusal } from './refusal';

const ADVICE: Record<string, (target: string) => string> = {
  EACCES: (t) => `没有写入权限（文件或所在文件夹 ${dirname(t)} 是只读的，或属于其他用户）。请换一个有写入权限的文件夹（例如“文档”），或取消文件的“只读”属性后再试。`,
  EPERM: (t) => `操作系统不允许写入（文件可能是只读的、正被其他程序占用，或文件夹 ${dirname(t)} 受保护）。请关闭占用它的程序，或换一个文件夹后再试。`,
  EROFS: (t) => `所在的磁盘或文件夹 ${dirname(t)} 是只读的（例如光盘、写保护的U盘）。请把文件复制到可写的位置后再试。`,
  ENOENT: (t) => `文件夹 ${dirname(t)} 不存在。请先创建该文件夹，或指定一个已有的文件夹。`,
  ENOTDIR: (t) => `路径 ${dirname(t)} 中有一部分是文件而不是文件夹。请检查路径，或指定另一个文件夹。`,
  EISDIR: (t) => `${t} 是一个文件夹，不是文件。请指定文件的完整路径（包括文件名）。`,
  EEXIST: (t) => `${t} 已经存在，且不是所需的类型（例如应为文件夹处是一个文件）。请换一个名称或位置。`,
  EBUSY: () => '文件正被其他程序占用。请先在 Excel/WPS 等程序中关闭该文件后重试。',
  ENOSPC: () => '磁盘空间已满。请清理磁盘或换一个磁盘后重试。',
  EDQUOT: () => '磁盘配额已用完。请清理文件后重试。',
  EMFILE: () => '同时打开的文件太多。请关闭一些程序后重试。',
  ENAMETOOLONG: () => '路径太长。请把文件放到层级较浅的文件夹中，或缩短文件名。',
};

/** The error code of a Node file-system error, or null. */
export function fsCode(e: unknown): string | null {
  const code = (e as NodeJS.ErrnoException | null)?.code;
  return typeof code === 'string' && /^E[A-Z]+$/.test(code) ? code : null;
}

/**
 * A Refusal saying, in Chinese, that `action` on `target` failed and what to do; any other error
 * is returned as it is.
 */
export function fileProblem(e: unknown, target: string, action = '写入'): unknown {
  if (e instanceof Refusal) return e;
  const code = fsCode(e);
  if (!code) return e;
  const advice = ADVICE[code]?.(target) ?? `系统错误：${(e as Error).message}`;
  return new Refusal(`无法${action} ${target}（${code}）：${advice}`);
}

/** Node's error about its own path (e.g. an fs call the runner did not wrap), in Chinese. */
export function anyFileProblem(e: unknown): Refusal | null {
  const path = (e as NodeJS.ErrnoException | null)?.path;
  if (!fsCode(e) || typeof path !== 'string') return null;
  const syscall = (e as NodeJS.ErrnoException).syscall ?? '';
  const problem = fileProblem(e, path, /open|read|scandir|stat/.test(syscall) ? '读取或写入' : '写入');
  return problem instanceof Refusal ? problem : null;
}
