// `uniondesk pickup`, `remind` and `sheets` on an .xlsx file: the 200-member story from
// the command line, a scanner's file, exit codes, and `kill -9` during the reminder send.
import { existsSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { main } from '../../../runner/cli';
import { loadXlsx, saveXlsx } from '../../../runner/xlsxStore';
import { setCell } from '../../support/noticeWorkbook';
import { runKilledAfter } from '../../support/runKilled';
import { CAMPAIGN, id, reminderWorkbook } from '../../pickup/pickupWorkbook';

const AS = ['--as', 'clerk@example.edu.cn'];

/** A calendar date `days` from today in Shanghai: the CLI runs on the real clock. */
function shanghai(days: number): string {
  return new Date(Date.now() + 8 * 3600_000 + days * 86400_000).toISOString().slice(0, 10);
}

async function cli(args: string[]): Promise<{ code: number; out: string }> {
  const lines: string[] = [];
  const code = await main(args, (l) => lines.push(l));
  return { code, out: lines.join('\n') };
}

const emlFiles = (dir: string) => (existsSync(dir) ? readdirSync(dir, { recursive: true }) as string[] : []).filter((f) => f.endsWith('.eml'));

describe('uniondesk pickup, remind and sheets on a 200-member 端午 campaign', () => {
  const dir = mkdtempSync(join(tmpdir(), 'ud-pickup-'));
  const book = join(dir, '工会.xlsx');

  beforeAll(async () => {
    const wb = reminderWorkbook(200);
    setCell(wb, '慰问活动', 2, '领取开始', shanghai(-3));
    setCell(wb, '慰问活动', 2, '领取截止', shanghai(20));
    await saveXlsx(wb, book);
    expect((await cli(['notices', book, '--campaign', CAMPAIGN, '--send', '--outbox', join(dir, 'notices'), ...AS])).code).toBe(0);
    // The notices went out yesterday: a notice sent today is not followed by a 催领 the same day.
    const sent = await loadXlsx(book);
    const log = sent.workbook.sheet('发送记录')!.dump();
    for (let row = 2; row <= log.length; row++) setCell(sent.workbook, '发送记录', row, '时间', `${shanghai(-1)} 09:00`);
    await saveXlsx(sent.workbook, book);
  });

  it('records a scanner’s file and 代领 by name; a refusal makes the exit status 1', async () => {
    const scans = join(dir, 'scans.txt');
    writeFileSync(scans, `\uFEFF${Array.from({ length: 120 }, (_, i) => id(i + 1)).join('\r\n')}\r\n\r\n`);
    const self = await cli(['pickup', book, '--campaign', CAMPAIGN, '--from-file', scans, ...AS]);
    expect(self.code).toBe(0);
    expect(self.out.split('\n').at(-1)).toBe(`活动“${CAMPAIGN}”应领 200，已领 120（本人 120，代领 0），未领 80，采购 210，剩余 90`);
    const proxied = await cli(['pickup', book, '--campaign', CAMPAIGN, '--by', '工会小组长', ...Array.from({ length: 30 }, (_, i) => id(i + 121)), ...AS]);
    expect(proxied.code).toBe(0);
    expect((await cli(['pickup', book, '--campaign', CAMPAIGN, '--undo', id(5), ...AS])).out).toContain('已撤销：会员5（T0005');
    const again = await cli(['pickup', book, '--campaign', CAMPAIGN, id(5), id(6), ...AS]);
    expect(again.code).toBe(1);
    expect(again.out).toContain('已登记：会员5（T0005，农学院分会）本人领取');
    expect(again.out).toMatch(/拒绝：会员6（T0006）已经领取过（.* 本人领取，经办人 clerk@example.edu.cn，领取登记第 7 行）/);
    const summary = await cli(['pickup', book, '--campaign', CAMPAIGN, '--summary', ...AS]);
    expect(summary.out).toContain('应领 200，已领 150（本人 120，代领 30），未领 50，采购 210，剩余 60');
    expect(summary.out).toContain('  后勤分会：应领 66，本人 40，代领 10，未领 16');
    expect((await cli(['pickup', book, '--campaign', CAMPAIGN, ...AS])).code).toBe(2);
  });

  it('previews exactly the 50 others, and kill -9 during the send leaves each of them one reminder at most once', async () => {
    const preview = await cli(['remind', book, '--campaign', CAMPAIGN, ...AS]);
    expect(preview.code).toBe(0);
    expect([...preview.out.matchAll(/^ {2}(T\d{4}) 会员\d+$/gm)].map((m) => m[1])).toEqual(Array.from({ length: 50 }, (_, i) => id(i + 151)));

    const outbox = join(dir, 'reminders');
    const args = ['remind', book, '--campaign', CAMPAIGN, '--send', '--outbox', outbox, ...AS];
    const outcomes: string[] = [];
    for (const ms of [700, 1300, 1900]) {
      outcomes.push(`${ms}ms:${await runKilledAfter(args, ms)}`);
      await expect(loadXlsx(book)).resolves.toBeDefined();
    }
    const last = await cli(args);
    expect({ outcomes, code: last.code }).toEqual({ outcomes, code: 0 });
    const again = await cli(args);
    expect(again.out).toContain('本次发送 0 封');

    // Reminders go to <活动ID>/催领/<工号>-<姓名>.eml, apart from the notices.
    const names = emlFiles(outbox);
    expect(names.every((f) => f.startsWith(join(CAMPAIGN, '催领')))).toBe(true);
    const files = names.map((f) => readFileSync(join(outbox, f), 'utf8'));
    const log = (await loadXlsx(book)).workbook.sheet('发送记录')!.dump();
    const h = (name: string) => log[0].indexOf(name);
    const reminders = new Map(log.slice(1).filter((r) => r[h('类型')] === '催领').map((r) => [String(r[h('工号')]), String(r[h('状态')])]));
    const inFlight = [...reminders].filter(([, s]) => s === '发送中').map(([m]) => m);
    expect(inFlight.length).toBeLessThanOrEqual(outcomes.filter((o) => o.endsWith('killed')).length);
    const wrong: string[] = [];
    for (let n = 1; n <= 200; n++) {
      const got = files.filter((f) => f.includes(`To: m${n}@example.edu.cn`)).length;
      const ok = n <= 150 ? got === 0 : inFlight.includes(id(n)) ? got <= 1 : got === 1 && reminders.get(id(n)) === '已发送';
      const named = names.includes(join(CAMPAIGN, '催领', `${id(n)}-会员${n}.eml`));
      if (!ok || named !== (got === 1)) wrong.push(`${id(n)}: ${got} 封, ${reminders.get(id(n))}${named ? '' : '，没有按工号-姓名命名的文件'}`);
    }
    expect({ outcomes, wrong }).toEqual({ outcomes, wrong: [] });
  });

  it('writes the 签领单 page', async () => {
    const out = join(dir, 'sheets');
    const { code, out: text } = await cli(['sheets', book, '--campaign', CAMPAIGN, '-o', out, ...AS]);
    expect(code).toBe(0);
    expect(text).toContain('3 个分会，共 200 人');
    const html = readFileSync(join(out, `${CAMPAIGN}-签领单.html`), 'utf8');
    expect(html.match(/<section class="branch">/g)).toHaveLength(3);
    expect(html).toContain('<td>T0151</td><td>会员151</td><td></td><td></td>');
  });
});
