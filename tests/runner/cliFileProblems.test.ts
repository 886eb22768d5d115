import { execFile, spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { chmodSync, chownSync, copyFileSync, mkdirSync, mkdtempSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { main } from '../../runner/cli';

// The workbook is the clerk's, and so are the folders around it: when the tool cannot or must
// not write, it says so in Chinese — which file, what is wrong, what to do — exits 1, and
// leaves the workbook as it was.

async function run(argv: string[]): Promise<{ code: number; out: string }> {
  const lines: string[] = [];
  const code = await main(argv, (l) => lines.push(l));
  return { code, out: lines.join('\n') };
}

const digest = (path: string) => createHash('sha256').update(readFileSync(path)).digest('hex');
const noStack = /\n\s+at |Error:|EACCES:|ENOENT:|EEXIST:|EISDIR:/;

describe('uniondesk and the files around the workbook', () => {
  let sample: string;
  beforeAll(async () => {
    sample = join(mkdtempSync(join(tmpdir(), 'ud-fs-')), 'sample.xlsx');
    expect((await run(['init', sample, '--sample'])).code).toBe(0);
  });
  const fresh = () => {
    const dir = mkdtempSync(join(tmpdir(), 'ud-fs-'));
    const book = join(dir, '工会.xlsx');
    copyFileSync(sample, book);
    return { dir, book };
  };

  it('refuses a workbook open in Excel or WPS (~$ lock file) and names the lock file; --force goes ahead', async () => {
    const { dir, book } = fresh();
    const owner = join(dir, '~$工会.xlsx');
    writeFileSync(owner, 'clerk');
    const before = digest(book);
    const refused = await run(['check-aid', book]);
    expect(refused.code).toBe(1);
    expect(refused.out).toContain(`正在 Excel 或 WPS 中打开：发现它的锁文件 ${owner}`);
    expect(refused.out).toContain('--force');
    expect(digest(book)).toBe(before);
    // A preview writes nothing, so it still works while the workbook is open.
    expect((await run(['notices', book, '--campaign', '2023-端午'])).code).toBe(0);
    const forced = await run(['check-aid', book, '--force']);
    expect(forced.out).toContain('已核对帮扶台账');
    expect(digest(book)).not.toBe(before);
  });

  it('refuses a workbook open in LibreOffice and says who has it open', async () => {
    const { dir, book } = fresh();
    const lock = join(dir, '.~lock.工会.xlsx#');
    writeFileSync(lock, ',wang,office-pc,29.11.2026 09:12,file:///home/wang/.config/libreoffice/4;');
    const before = digest(book);
    const { code, out } = await run(['festivals', book, '--year', '2024']);
    expect(code).toBe(1);
    expect(out).toContain(`正在 LibreOffice 中打开（wang，计算机 office-pc，打开于 29.11.2026 09:12）：发现它的锁文件 ${lock}`);
    expect(digest(book)).toBe(before);
  });

  it('refuses a read-only workbook and leaves it read-only', async () => {
    const { book } = fresh();
    chmodSync(book, 0o444);
    const { code, out } = await run(['check-aid', book, '--force']);
    expect(code).toBe(1);
    expect(out).toContain(`工作簿 ${book} 是只读文件`);
    expect(statSync(book).mode & 0o777).toBe(0o444);
  });

  it('says a folder is not a workbook', async () => {
    const { dir } = fresh();
    const folder = join(dir, '名册.xlsx');
    mkdirSync(folder);
    const { code, out } = await run(['check-aid', folder]);
    expect(code).toBe(1);
    expect(out).toContain(`${folder} 是一个文件夹，不是工作簿文件`);
    expect(out).not.toMatch(noStack);
  });

  it('says the folder for --ics or --calendar does not exist', async () => {
    const { dir, book } = fresh();
    const ics = await run(['export-ics', book, '-o', join(dir, '没有的文件夹', 'plan.ics')]);
    expect(ics.code).toBe(1);
    expect(ics.out).toContain(`文件夹 ${join(dir, '没有的文件夹')} 不存在。请先创建该文件夹`);
    expect(ics.out).not.toMatch(noStack);
    const calendar = await run(['sync', book, '--calendar', join(dir, '也没有', 'cal.json')]);
    expect(calendar.code).toBe(1);
    expect(calendar.out).toContain(`文件夹 ${join(dir, '也没有')} 不存在`);
    expect(calendar.out).not.toMatch(noStack);
  });

  it('says --outbox names a file, not a folder, before sending anything', async () => {
    const { dir, book } = fresh();
    const file = join(dir, 'outbox.txt');
    writeFileSync(file, '');
    const before = digest(book);
    const { code, out } = await run(['notices', book, '--campaign', '2023-端午', '--send', '--as', 'clerk@example.edu.cn', '--outbox', file]);
    expect(code).toBe(1);
    expect(out).toContain(`发件箱 ${file} 是一个文件，不是文件夹。请用 --outbox 指定一个文件夹`);
    expect(out).not.toMatch(noStack);
    expect(digest(book)).toBe(before);
  });

  it('says the folder is read-only when it cannot create the lock file beside the workbook', async () => {
    const { dir, book } = fresh();
    // root may write anywhere: run the CLI as an ordinary user then, whose workbook it is.
    const asUser = process.getuid?.() === 0 ? { uid: 65534, gid: 65534 } : {};
    const cli = join(__dirname, '..', '..', 'bin', 'uniondesk.js');
    // A clone under a folder the ordinary user cannot enter (e.g. /root) cannot run the CLI as that user.
    const reachable = spawnSync(process.execPath, ['-e', 'const fs = require("fs"); fs.readFileSync(process.argv[1]); fs.readdirSync(process.argv[2])', cli, join(__dirname, '..', '..', 'node_modules')], asUser).status === 0;
    if (!reachable) {
      console.warn('skipped: the checkout is not readable by uid 65534, so the read-only folder cannot be tested as root');
      return;
    }
    if (asUser.uid !== undefined) for (const p of [dir, book]) chownSync(p, asUser.uid, asUser.gid);
    chmodSync(dir, 0o555);
    const out = await new Promise<{ code: number; out: string }>((resolve) => {
      execFile(process.execPath, [cli, 'check-aid', book], { ...asUser, env: { ...process.env, HOME: dir } }, (e, stdout, stderr) =>
        resolve({ code: e ? Number(e.code) : 0, out: stdout + stderr }));
    });
    chmodSync(dir, 0o755);
    expect(out.code).toBe(1);
    expect(out.out).toContain(`无法创建锁文件 ${join(dir, '工会.lock')}（EACCES）`);
    expect(out.out).toContain('请换一个有写入权限的文件夹');
    expect(out.out).not.toMatch(noStack);
  });
});
