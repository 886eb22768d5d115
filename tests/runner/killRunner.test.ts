import { existsSync, mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { main } from '../../runner/cli';
import { saveXlsx, loadXlsx } from '../../runner/xlsxStore';
import { campaignWorkbook, setSetting } from '../support/noticeWorkbook';
import { runKilledAfter } from '../support/runKilled';

// `kill -9` of the offline runner at random moments (a closed laptop, a power cut), a few times
// in a row, then a normal run: the workbook always opens, and the job ends as if never killed —
// no calendar event twice, no notice twice except a reported 发送中 one.

/** The same "random" moments on every run, so a failure can be replayed. */
function moments(seed: number, count: number, maxMs: number): number[] {
  let x = seed;
  return Array.from({ length: count }, () => {
    x = (x * 1103515245 + 12345) % 2 ** 31;
    return 150 + (x % maxMs);
  });
}

async function cli(args: string[]): Promise<{ code: number; out: string }> {
  const lines: string[] = [];
  const code = await main(args, (l) => lines.push(l));
  return { code, out: lines.join('\n') };
}

describe('uniondesk sync killed with SIGKILL at random moments', () => {
  it('leaves a workbook that opens, and the rerun puts every plan row on the calendar exactly once', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'ud-kill-sync-'));
    const book = join(dir, '工会.xlsx');
    expect((await cli(['init', book, '--sample'])).code).toBe(0);
    const outcomes: string[] = [];
    for (const ms of moments(7, 3, 1200)) {
      outcomes.push(`${ms}ms:${await runKilledAfter(['sync', book], ms)}`);
      await expect(loadXlsx(book)).resolves.toBeDefined();
    }
    const { code, out } = await cli(['sync', book]);
    expect({ outcomes, code }).toEqual({ outcomes, code: 0 });
    expect(out).toContain('日历“');

    const calendar = JSON.parse(readFileSync(join(dir, 'calendar.json'), 'utf8'));
    expect({ outcomes, calendars: calendar.calendars.length }).toEqual({ outcomes, calendars: 1 });
    const keys = calendar.calendars[0].events.map((e: { tags: Record<string, string> }) => /\[uniondesk:([^:\]]+):/.exec(e.tags.uniondesk)?.[1]);
    expect(new Set(keys).size).toBe(keys.length);
    expect(keys).toHaveLength(36);
    const plan = (await loadXlsx(book)).workbook.sheet('工作计划')!.dump();
    const eventIds = plan.slice(1).map((r) => r[plan[0].indexOf('日历事件ID')]);
    const ids = new Set(calendar.calendars[0].events.map((e: { id: string }) => e.id));
    expect(eventIds.filter((id) => !ids.has(id))).toEqual([]);
  });
});

describe('uniondesk notices --send killed with SIGKILL at random moments', () => {
  it('leaves a workbook that opens, and the rerun gives every member exactly one notice but a reported 发送中 one at most one', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'ud-kill-send-'));
    const book = join(dir, '工会.xlsx');
    const members = 60;
    const wb = campaignWorkbook(members);
    setSetting(wb, '每日发信上限', '');
    await saveXlsx(wb, book);
    const args = ['notices', book, '--campaign', '测试-20', '--send', '--as', 'clerk@example.edu.cn'];
    const outcomes: string[] = [];
    for (const ms of moments(11, 3, 2000)) {
      outcomes.push(`${ms}ms:${await runKilledAfter(args, ms)}`);
      await expect(loadXlsx(book)).resolves.toBeDefined();
    }
    const { code, out } = await cli(args);
    expect({ outcomes, code }).toEqual({ outcomes, code: 0 });
    expect(out).not.toMatch(/\n\s+at /);

    const outbox = join(dir, 'outbox');
    // <活动ID>/<工号>-<姓名>.eml; a second mail to the same member would be …-2.eml beside it.
    const sent = (existsSync(outbox) ? readdirSync(outbox, { recursive: true }).map(String) : []).filter((f) => f.endsWith('.eml')).map((f) => f.replace(/-\d+\.eml$/, '.eml'));
    const log = (await loadXlsx(book)).workbook.sheet('发送记录')!.dump();
    const latest = new Map(log.slice(1).map((r) => [String(r[2]), String(r[5])]));
    const inFlight = [...latest].filter(([, s]) => s === '发送中').map(([id]) => id);
    expect(inFlight.length).toBeLessThanOrEqual(outcomes.filter((o) => o.endsWith('killed')).length);
    const wrong: string[] = [];
    for (let i = 1; i <= members; i++) {
      const id = `T${String(i).padStart(4, '0')}`;
      const n = sent.filter((f) => f === join('测试-20', `${id}-会员${i}.eml`)).length;
      if (inFlight.includes(id) ? n > 1 : n !== 1 || latest.get(id) !== '已发送') wrong.push(`${id}: ${n} 封, ${latest.get(id)}`);
    }
    expect({ outcomes, wrong }).toEqual({ outcomes, wrong: [] });
  });
});
