// Before a run may write the workbook: is it a file, may it be written, and is it open in an
// office program? Excel and WPS keep `~$name.xlsx` beside a workbook they have open, LibreOffice
// `.~lock.name.xlsx#`; the clerk's next save there would overwrite whatever the tool wrote, so
// the run is refused unless she says --force (e.g. a lock file left by a crashed Excel).
import * as fs from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { fileProblem } from './fileProblem';
import { Refusal } from './refusal';

export interface GuardOptions {
  /** The run may save the workbook (not a preview). */
  readonly writes: boolean;
  /** --force: go ahead although an office program's lock file is there. */
  readonly force: boolean;
}

/** The office programs' lock files that exist for this workbook. */
export function officeLockFiles(path: string): { file: string; program: string; detail: string }[] {
  const dir = dirname(path);
  const name = basename(path);
  const found: { file: string; program: string; detail: string }[] = [];
  const excel = join(dir, `~$${name}`);
  if (fs.existsSync(excel)) found.push({ file: excel, program: 'Excel 或 WPS', detail: '' });
  const libre = join(dir, `.~lock.${name}#`);
  if (fs.existsSync(libre)) found.push({ file: libre, program: 'LibreOffice', detail: libreOfficeHolder(libre) });
  return found;
}

/** LibreOffice writes "name,user,host,date,profile;" into its lock file. */
function libreOfficeHolder(file: string): string {
  try {
    const [name, user, host, time] = fs.readFileSync(file, 'utf8').split(',');
    const who = [name || user, host && `计算机 ${host}`, time && `打开于 ${time}`].filter(Boolean).join('，');
    return who ? `（${who}）` : '';
  } catch {
    return '';
  }
}

export function guardWorkbook(path: string, options: GuardOptions): void {
  let stat: fs.Stats;
  try {
    stat = fs.statSync(path);
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === 'ENOENT') return;
    throw fileProblem(e, path, '读取');
  }
  if (stat.isDirectory()) throw new Refusal(`${path} 是一个文件夹，不是工作簿文件。请指定 .xlsx 文件的完整路径，例如 ${join(path, '工会.xlsx')}。`);
  if (!options.writes) return;
  if ((stat.mode & 0o222) === 0 || !writable(path)) {
    throw new Refusal(`工作簿 ${path} 是只读文件，本工具不会写入它。请在文件属性中取消“只读”（或另存一份可写的副本）后再运行。`);
  }
  if (options.force) return;
  const open = officeLockFiles(path);
  if (!open.length) return;
  const { file, program, detail } = open[0];
  throw new Refusal(
    `工作簿 ${path} 正在 ${program} 中打开${detail}：发现它的锁文件 ${file}。\n` +
      `请先在 ${program} 中保存并关闭该工作簿再运行；否则它下次保存时会覆盖本工具写入的结果。\n` +
      `如果确定该工作簿并没有打开（锁文件是程序异常退出时留下的），请删除该锁文件，或加 --force 再运行。`,
  );
}

function writable(path: string): boolean {
  try {
    fs.accessSync(path, fs.constants.W_OK);
    return true;
  } catch {
    return false;
  }
}
