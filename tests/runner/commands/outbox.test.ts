import { createHash } from 'node:crypto';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { simpleParser } from 'mailparser';
import { main } from '../../../runner/cli';
import { loadXlsx, saveXlsx } from '../../../runner/xlsxStore';
import { campaignWorkbook, setSetting } from '../../support/noticeWorkbook';

// The outbox offline: who the mail is from, and what 发送记录 says when a file cannot be written.

async function run(argv: string[]): Promise<{ code: number; out: string }> {
  const lines: string[] = [];
  const code = await main(argv, (l) => lines.push(l));
  return { code, out: lines.join('\n') };
}

const digest = (path: string) => createHash('sha256').update(readFileSync(path)).digest('hex');
const emls = (dir: string) => (existsSync(dir) ? readdirSync(dir, { recursive: true }).map(String).filter((f) => f.endsWith('.eml')).sort() : []);

async function workbook(sender: string): Promise<{ dir: string; book: string }> {
  const dir = mkdtempSync(join(tmpdir(), 'ud-outbox-'));
  const book = join(dir, '工会.xlsx');
  const wb = campaignWorkbook(3);
  setSetting(wb, '发件邮箱', sender);
  await saveXlsx(wb, book);
  return { dir, book };
}

describe('the From address of notices sent offline', () => {
  const saved = process.env.UNIONDESK_USER;
  beforeEach(() => delete process.env.UNIONDESK_USER);
  afterAll(() => (saved === undefined ? delete process.env.UNIONDESK_USER : (process.env.UNIONDESK_USER = saved)));

  it('with neither 设置!发件邮箱 nor --as, nothing is sent and the clerk is told where to set it', async () => {
    const { dir, book } = await workbook('');
    const before = digest(book);
    const { code, out } = await run(['notices', book, '--campaign', '测试-20', '--send']);
    expect(code).toBe(1);
    expect(out).toContain('请在“设置”表中添加一行“发件邮箱”');
    expect(out).toContain('--as');
    expect(emls(join(dir, 'outbox'))).toEqual([]);
    expect(digest(book)).toBe(before);
  });

  it('is --as when 设置!发件邮箱 is blank, and 设置!发件邮箱 when it is filled', async () => {
    const blank = await workbook('');
    expect((await run(['notices', blank.book, '--campaign', '测试-20', '--send', '--as', 'clerk@example.edu.cn'])).code).toBe(0);
    const mail = await simpleParser(readFileSync(join(blank.dir, 'outbox', '测试-20', 'T0001-会员1.eml')));
    expect(mail.from?.value[0].address).toBe('clerk@example.edu.cn');

    const filled = await workbook('union@example.edu.cn');
    expect((await run(['notices', filled.book, '--campaign', '测试-20', '--send', '--as', 'clerk@example.edu.cn'])).code).toBe(0);
    const mail2 = await simpleParser(readFileSync(join(filled.dir, 'outbox', '测试-20', 'T0001-会员1.eml')));
    expect(mail2.from?.value[0].address).toBe('union@example.edu.cn');
  });

  it('refuses a 发件邮箱 that is not an address, naming the cell', async () => {
    const { book } = await workbook('工会办公室');
    const { code, out } = await run(['notices', book, '--campaign', '测试-20', '--send', '--as', 'clerk@example.edu.cn']);
    expect(code).toBe(1);
    expect(out).toMatch(/设置!第\d+行 值：“发件邮箱”不是有效的邮箱地址/);
  });
});

describe('an outbox file that cannot be written', () => {
  it('is recorded 失败 with the reason (not 发送中), and the next send delivers it', async () => {
    const { dir, book } = await workbook('union@example.edu.cn');
    const outbox = join(dir, 'outbox');
    const argv = ['notices', book, '--campaign', '测试-20', '--send', '--as', 'clerk@example.edu.cn'];
    await run(['notices', book, '--campaign', '测试-20']);
    writeFileSync(join(outbox, '测试-20'), 'a file where the campaign folder goes');
    const failed = await run(argv);
    expect(failed.out).toContain('邮件未写入发件箱');
    const log = (await loadXlsx(book)).workbook.sheet('发送记录')!.dump().slice(1);
    expect(log.map((r) => r[5])).toEqual(['失败', '失败', '失败']);
    expect(String(log[0][6])).toContain(`邮件未写入发件箱，发件箱 ${outbox}`);

    rmSync(join(outbox, '测试-20'));
    expect((await run(argv)).code).toBe(0);
    expect(emls(outbox)).toEqual(['测试-20/T0001-会员1.eml', '测试-20/T0002-会员2.eml', '测试-20/T0003-会员3.eml']);
  });
});
