import { spawn } from 'node:child_process';
import ExcelJS from 'exceljs';
import { existsSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { main } from '../../runner/cli';

// The clerk double-clicks her 导出日历文件 script (or cron and she start it together): two
// `export-ics` processes on the same workbook and state file at once. One may be refused by the
// lock; whatever the interleaving, the state file stays valid JSON, both files give the rows the
// same UIDs (one namespace, one 计划编号 per row), and a deleted row's cancellation is never lost.

const CLI = join(__dirname, '..', '..', 'bin', 'uniondesk.js');

function runCli(args: string[]): Promise<{ code: number | null; out: string }> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [CLI, ...args], { stdio: ['ignore', 'pipe', 'pipe'] });
    let out = '';
    child.stdout.on('data', (d) => (out += d));
    child.stderr.on('data', (d) => (out += d));
    child.on('exit', (code) => resolve({ code, out }));
  });
}

/** UID → STATUS of every event in an .ics file (unfolded, RFC 5545 §3.1). */
function events(path: string): Map<string, string> {
  const text = readFileSync(path, 'utf8').replace(/\r\n[ \t]/g, '');
  const found = new Map<string, string>();
  for (const block of text.split('BEGIN:VEVENT').slice(1)) {
    const uid = /^UID:(.*)$/m.exec(block)![1].trim();
    found.set(uid, /^STATUS:(.*)$/m.exec(block)?.[1].trim() ?? 'CONFIRMED');
  }
  return found;
}

async function planIds(book: string): Promise<string[]> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(book);
  const plan = wb.getWorksheet('工作计划')!;
  let col = 0;
  plan.getRow(1).eachCell((c, n) => { if (c.value === '计划编号') col = n; });
  const ids: string[] = [];
  plan.eachRow((row, n) => { if (n > 1) ids.push(String(row.getCell(col).value ?? '')); });
  return ids;
}

/** Starts two exports together; returns the .ics files of those that ran. */
async function twoAtOnce(book: string, dir: string, tag: string): Promise<string[]> {
  const outs = [join(dir, `${tag}-a.ics`), join(dir, `${tag}-b.ics`)];
  const runs = await Promise.all(outs.map((o) => runCli(['export-ics', book, '-o', o])));
  for (const r of runs) {
    expect({ tag, out: r.out }).toEqual({ tag, out: expect.not.stringMatching(/\n\s+at /) });
    if (r.code !== 0) expect({ tag, code: r.code, out: r.out }).toEqual({ tag, code: 1, out: expect.stringContaining('正在修改本工作簿') });
  }
  expect(runs.some((r) => r.code === 0)).toBe(true);
  JSON.parse(readFileSync(join(dir, '工会.state.json'), 'utf8'));
  return outs.filter((o, i) => runs[i].code === 0 && existsSync(o));
}

describe('export-ics started by two processes at once', () => {
  it('keeps one UID namespace, one 计划编号 per row and the cancellation of a deleted row', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'ud-ics-race-'));
    const book = join(dir, '工会.xlsx');
    expect(await main(['init', book, '--sample'], () => undefined)).toBe(0);

    // The very first export: both may try to make the document's namespace and the 计划编号.
    const first = (await twoAtOnce(book, dir, 'first')).map(events);
    const ids = await planIds(book);
    expect(new Set(ids).size).toBe(ids.length);
    expect(ids.every((id) => id !== '')).toBe(true);
    const uids = [...first[0].keys()].sort();
    for (const f of first) expect([...f.keys()].sort()).toEqual(uids);
    expect(uids).toHaveLength(36);

    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(book);
    const plan = wb.getWorksheet('工作计划')!;
    let gone = 0;
    plan.eachRow((row, n) => { if (row.getCell(2).value === '开展暑期教职工疗休养活动') gone = n; });
    plan.spliceRows(gone, 1);
    await wb.xlsx.writeFile(book);

    const second = (await twoAtOnce(book, dir, 'second')).map(events);
    for (const f of second) {
      expect([...f.keys()].sort()).toEqual(uids);
      expect([...f.values()].filter((s) => s === 'CANCELLED')).toHaveLength(1);
    }
    // And the export after both still remembers the deleted row.
    const lines: string[] = [];
    expect(await main(['export-ics', book, '-o', join(dir, 'after.ics')], (l) => lines.push(l))).toBe(0);
    expect(lines.join('\n')).toContain('另含 1 个已删除计划的取消标记');
    expect([...events(join(dir, 'after.ics')).keys()].sort()).toEqual(uids);
  }, 60_000);
});
