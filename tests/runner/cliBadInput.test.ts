import { createHash } from 'node:crypto';
import { copyFileSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { main } from '../../runner/cli';
import { BAD_XLSX } from '../fixtures/badXlsx';

// The offline runner on .xlsx files other programs wrote: every command ends with a Chinese
// message (exit 0 or 1, never a crash with a stack trace), and a command that stops for the
// data's sake leaves the file as it was.

async function run(argv: string[]): Promise<{ code: number; out: string }> {
  const lines: string[] = [];
  try {
    const code = await main(argv, (l) => lines.push(l));
    return { code, out: lines.join('\n') };
  } catch (e) {
    // What bin/uniondesk.js prints for an error that escapes main().
    return { code: 1, out: [...lines, `出错了：${(e as Error).message}`].join('\n') };
  }
}

const digest = (path: string) => createHash('sha256').update(readFileSync(path)).digest('hex');
/** Each command's argv, and the words its report starts with once it has written its result. */
const COMMANDS: Record<string, { argv: (book: string) => string[]; finished: RegExp }> = {
  // check-aid exits 1 when it finds mismatches, after writing its verdicts: that is a finished run.
  'check-aid': { argv: (book) => ['check-aid', book], finished: /已核对帮扶台账/ },
  festivals: { argv: (book) => ['festivals', book, '--year', '2024'], finished: /已在“慰问活动”中添加/ },
  import: { argv: (book) => ['import', book, join(__dirname, '..', 'fixtures', 'newMember.csv'), '--into', '会员名册', '--yes'], finished: /已写入/ },
};

describe.each(BAD_XLSX)('uniondesk on $name', (fixture) => {
  const dir = mkdtempSync(join(tmpdir(), 'ud-bad-'));
  const original = join(dir, 'original.xlsx');
  beforeAll(() => fixture.write(original));

  it.each(Object.keys(COMMANDS))('%s', async (command) => {
    const book = join(dir, `${command}.xlsx`);
    copyFileSync(original, book);
    const before = digest(book);
    const { code, out } = await run(COMMANDS[command].argv(book));
    expect([0, 1]).toContain(code);
    expect(out).toMatch(/[\u4e00-\u9fff]/);
    expect(out).not.toMatch(/\n\s+at |TypeError|ReferenceError|undefined|\[object /);
    for (const text of fixture.expect?.[command] ?? []) expect(out).toContain(text);
    if (!COMMANDS[command].finished.test(out)) expect(digest(book)).toBe(before);
  });
});
