import { type ChildProcess, spawn } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdtempSync, readFileSync, writeFileSync, existsSync } from 'node:fs';
import { hostname, tmpdir } from 'node:os';
import { join } from 'node:path';
import { main } from '../../runner/cli';

// Two clerks at once offline: one `uniondesk` process holds WORKBOOK.lock while another command
// starts. The second must stop at once with a clear message and exit 1, leaving the file alone.

function run(argv: string[]): Promise<{ code: number; out: string }> {
  const lines: string[] = [];
  return main(argv, (l) => lines.push(l)).then((code) => ({ code, out: lines.join('\n') }));
}

const digest = (path: string) => createHash('sha256').update(readFileSync(path)).digest('hex');

describe('a second offline run while another holds the workbook', () => {
  let dir: string;
  let book: string;
  let lockFile: string;
  let holder: ChildProcess;

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'ud-lock-'));
    book = join(dir, '工会.xlsx');
    lockFile = join(dir, '工会.lock');
    expect((await run(['init', book, '--sample', '--as', 'clerk@example.edu.cn'])).code).toBe(0);
    writeFileSync(join(dir, 'new.csv'), '工号,姓名,会员状态\n009001,新同事,在册\n');
    // Another uniondesk process, alive, holding the lock as the runner writes it.
    holder = spawn(process.execPath, ['-e', 'setTimeout(() => {}, 60000)'], { stdio: 'ignore' });
    writeFileSync(lockFile, JSON.stringify({ pid: holder.pid, host: hostname(), execution: 'another-run', time: new Date().toISOString(), user: 'wang@example.edu.cn' }) + '\n');
  });

  afterAll(() => {
    holder.kill('SIGKILL');
  });

  it.each([
    ['init', ['init', '@book', '--sample']],
    ['festivals', ['festivals', '@book', '--year', '2024']],
    ['check-aid', ['check-aid', '@book']],
    ['import --yes', ['import', '@book', '@dir/new.csv', '--into', '会员名册', '--yes']],
  ])('%s is refused with exit 1 and the workbook untouched', async (_name, argv) => {
    const before = digest(book);
    const { code, out } = await run(argv.map((a) => a.replace('@book', book).replace('@dir', dir)));
    expect(code).toBe(1);
    expect(out).toContain('另一项操作（可能是其他干事或自动任务）正在修改本工作簿，请稍后再试。');
    // Who holds it, as the lock file records it, so the clerk knows whom to ask.
    expect(out).toContain(`操作人 wang@example.edu.cn，进程号 ${holder.pid}，计算机 ${hostname()}`);
    expect(out).toContain(lockFile);
    expect(out).not.toMatch(/\n\s+at /);
    expect(digest(book)).toBe(before);
    expect(existsSync(lockFile)).toBe(true);
  });

  it('goes ahead once the holder has died (its lock file is stale)', async () => {
    holder.kill('SIGKILL');
    await new Promise((resolve) => holder.once('exit', resolve));
    const { code, out } = await run(['check-aid', book]);
    expect(out).not.toContain('正在修改本工作簿');
    expect([0, 1]).toContain(code);
    expect(out).toContain('核对');
    expect(existsSync(lockFile)).toBe(false);
  });
});
