// The clerk's offline workbench in Debian's Chromium: `npx uniondesk open 工会.xlsx` in its own
// process over a workbook on disk, the page driven as the clerk drives it, and the file, the
// calendar file and the mail server checked afterwards. One browser for the whole file. No DOM
// types are needed (locators only), so the root tsconfig checks this file.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { hostname, tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { type ParsedMail, simpleParser } from 'mailparser';
import type { BrowserContext, Page } from 'playwright-core';
import { SMTPServer } from 'smtp-server';
import { describeWithChromium, type LaunchedChromium, launchChromium, screenshotDir } from '../../support/debianChromium';
import { type RunningWorkbench, startWorkbenchProcess } from './workbenchProcess';

const ROOT = join(__dirname, '..', '..', '..');
const BIN = join(ROOT, 'bin', 'uniondesk.js');
const CLERK = 'clerk@example.edu.cn';

const cli = (...args: string[]) => execFileSync(process.execPath, [BIN, ...args], { encoding: 'utf8' });

async function sheetRows(path: string, sheet: string): Promise<string[][]> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(path);
  const rows: string[][] = [];
  wb.getWorksheet(sheet)?.eachRow((row) => rows.push((row.values as unknown[]).slice(1).map((v) => (v instanceof Date ? v.toISOString() : String(v ?? '')))));
  return rows;
}

describeWithChromium('the workbench browser test')('the offline workbench (npx uniondesk open) in Chromium', () => {
  // Every click is a whole offline run (lock, read, call, save) in the workbench's process.
  jest.setTimeout(180_000);
  const dir = mkdtempSync(join(tmpdir(), 'uniondesk-workbench-'));
  const path = join(dir, '工会.xlsx');
  const received: { to: string; mail: ParsedMail }[] = [];
  /** Each message waits this long at the server, so a send lasts long enough to watch. */
  let smtpDelayMs = 0;
  let smtp: SMTPServer;
  let wb: RunningWorkbench;
  let browser: LaunchedChromium;
  let context: BrowserContext;
  let screenshots: string;
  let page: Page;
  let requests: string[];

  beforeAll(async () => {
    cli('init', path, '--sample');
    smtp = new SMTPServer({
      disabledCommands: ['AUTH', 'STARTTLS'],
      logger: false,
      onData(stream, session, callback) {
        simpleParser(stream).then((mail) => {
          received.push({ to: session.envelope.rcptTo.map((r) => r.address).join(','), mail });
          setTimeout(callback, smtpDelayMs);
        }, callback);
      },
    });
    await new Promise<void>((resolve) => smtp.listen(0, '127.0.0.1', resolve));
    const smtpUrl = `smtp://127.0.0.1:${(smtp.server.address() as AddressInfo).port}`;
    wb = await startWorkbenchProcess([path, '--smtp', smtpUrl, '--as', CLERK]);
    screenshots = screenshotDir();
    browser = await launchChromium({ width: 1100, height: 800 });
    context = browser.context;
  });

  afterAll(async () => {
    await browser?.close();
    await wb?.stop();
    await new Promise<void>((resolve) => (smtp ? smtp.close(() => resolve()) : resolve()));
  });

  beforeEach(async () => {
    page = await openPage();
  });

  afterEach(async () => {
    await page?.close();
  });

  async function openPage(): Promise<Page> {
    const p = await context.newPage();
    requests = [];
    p.on('request', (r) => requests.push(r.url()));
    await p.goto(wb.url);
    return p;
  }

  const seeText = (selector: string, expected: string, on: Page = page) => on.locator(selector, { hasText: expected }).first().waitFor({ timeout: 60_000 });
  const text = (selector: string, on: Page = page) => on.locator(selector).innerText();

  async function screenshot(name: string): Promise<void> {
    await page.screenshot({ path: join(screenshots, `${name}.png`), fullPage: true, animations: 'disabled', caret: 'hide' });
  }

  function onlyOwnRequests(): void {
    expect(requests.filter((u) => !u.startsWith(wb.origin) && !u.startsWith('about:') && !u.startsWith('data:'))).toEqual([]);
  }

  /** The figure tiles of a part of the page, label → value. */
  async function figures(selector: string, on: Page = page): Promise<Record<string, string>> {
    const tiles = on.locator(`${selector} .figure`);
    const out: Record<string, string> = {};
    for (let i = 0; i < (await tiles.count()); i++) out[await tiles.nth(i).locator('.label').innerText()] = await tiles.nth(i).locator('.value').innerText();
    return out;
  }

  async function showCampaign(on: Page, id: string): Promise<void> {
    await on.click('#tab-notices');
    await on.locator(`#campaign option[value="${id}"]`).waitFor({ state: 'attached', timeout: 60_000 });
    await on.selectOption('#campaign', id);
    await seeText('#notice-body', '状态：', on);
  }

  it('shows the workbook’s name, 单位名称 and 计划年度, and the sidebar’s views across the page', async () => {
    await seeText('#wb-unit', '四川农业大学工会（示例）');
    expect(await text('#wb-name')).toBe('工会.xlsx');
    expect(await text('#wb-year')).toBe('2023');
    expect(await page.title()).toBe('工会.xlsx - 工会助手工作台');
    expect(await page.locator('[role="tab"]').allInnerTexts()).toEqual(['日历同步', '慰问通知', '帮扶核算', '领取登记']);
    expect((await page.locator('.sidebar').boundingBox())!.width).toBeGreaterThan(800);
  });

  it('日历同步: the clerk previews the plan against the calendar file, applies it once, and the files show it', async () => {
    await seeText('#calendar-body', '项变更');
    // The sample plan, never synced: every row is an event to create.
    expect(await figures('#calendar-body')).toEqual({ 新建: '36', 更新: '0', 删除: '0', 不变: '0' });
    expect(await text('#calendar-body')).toContain('2023-04-28 09:00–11:30举办“五一”健步走活动');
    const creates = 36;
    expect(existsSync(join(dir, 'calendar.json'))).toBe(false);
    await screenshot('workbench-calendar');

    await page.click('#calendar-apply');
    await seeText('#calendar-result', '同步完成');
    expect(await text('#calendar-result')).toContain('新建 36 项，更新 0 项，删除 0 项');
    const calendar = JSON.parse(readFileSync(join(dir, 'calendar.json'), 'utf8')) as { calendars: { events: unknown[] }[] };
    expect(calendar.calendars.flatMap((c) => c.events)).toHaveLength(creates);
    // Each row's event is recorded in the workbook on disk, and the calendar is in 设置.
    const plan = await sheetRows(path, '工作计划');
    const eventColumn = plan[0].indexOf('日历事件ID');
    expect(plan.slice(1).filter((r) => /^[0-9a-v]{26}@google\.com$/.test(r[eventColumn] ?? ''))).toHaveLength(creates);
    expect((await sheetRows(path, '设置')).find((r) => r[0] === '共享日历ID')?.[1]).toMatch(/@group\.calendar\.offline$/);

    await page.click('#calendar-preview');
    await seeText('#calendar-body', '无需同步');
    expect((await figures('#calendar-body')).不变).toBe('36');
    onlyOwnRequests();
  });

  it('慰问通知: preview, test mail, approval in the terminal, then a send whose progress the page follows', async () => {
    await showCampaign(page, '2023-端午');
    expect(await figures('#notice-body')).toMatchObject({ 收件人: '56', 待发送: '56', 已发送: '0', 跳过: '2' });
    await page.click('#send-test');
    await seeText('#status', `作为测试邮件发送到 ${CLERK}`);
    expect(received.map((r) => r.mail.subject)).toEqual(['【测试】【四川农业大学工会（示例）】端午安康｜2023年端午节慰问品发放领取通知']);

    // The approval is a terminal command; the page sees it after 重新读取工作簿.
    expect(cli('approve', path, '--campaign', '2023-端午', '--as', CLERK)).toContain('已审核通过活动“2023-端午”');
    await page.click('#wb-reload');
    await showCampaign(page, '2023-端午');
    await seeText('#notice-body', '状态：已审核');

    smtpDelayMs = 60;
    received.length = 0;
    await page.click('#send');
    await page.click('#send-confirm-yes');
    // Polled while the send runs in its worker: the server keeps answering.
    await page.locator('#send-progress-text', { hasText: /已发送 [1-9]\d* \/ 56/ }).waitFor({ timeout: 60_000 });
    const midway = await text('#send-progress-text');
    await screenshot('workbench-sending');
    await seeText('#send-progress-text', '已发送 56 / 56');
    expect(midway).not.toContain('已发送 56 / 56');
    await seeText('#notice-body', '状态：已完成');
    smtpDelayMs = 0;

    const recipients = received.map((r) => r.to);
    expect(recipients).toHaveLength(56);
    expect(new Set(recipients).size).toBe(56);
    const log = await sheetRows(path, '发送记录');
    expect(log.filter((r) => r.includes('2023-端午') && r.includes('已发送'))).toHaveLength(56);
    onlyOwnRequests();
  });

  it('帮扶核算: the check writes the owned columns to the file, and a problem row is shown with its sheet, row and column', async () => {
    await page.click('#tab-aid');
    await page.click('#aid-check');
    await seeText('#aid-body', '需要处理的行');
    const ledger = await sheetRows(path, '帮扶台账');
    const result = ledger[0].indexOf('核对结果');
    expect(ledger.slice(1).map((r) => r[result]).filter((v) => v === '不一致')).toHaveLength(2);

    await page.locator('#aid-attention button.row-link', { hasText: '朱志强' }).click();
    await seeText('#status', '已在工作表中选中 帮扶台账 第 14 行。');
    await seeText('#located', '已定位：工作表“帮扶台账” 第 14 行，“核对结果”列');
    expect(await text('#located td.hit')).toBe('不一致');
    expect(await text('#located')).toContain('打开“帮扶台账”工作表，按 Ctrl+G 输入 N14 即可跳到这里');
    expect(await text('#located th.hit')).toBe('核对结果');
    expect(await page.locator('#located tr').last().innerText()).toContain('朱志强');
    await screenshot('workbench-aid');
    onlyOwnRequests();
  });

  it('a problem names its column: the page shows that cell highlighted under its header', async () => {
    await showCampaign(page, '2023-中秋');
    const problem = page.locator('#notice-people button.row-link, #notice-body button.row-link', { hasText: '会员名册!31 邮箱' });
    await problem.click();
    await seeText('#located', '已定位：工作表“会员名册” 第 31 行，“邮箱”列');
    expect(await text('#located th.hit')).toBe('邮箱');
    expect(await text('#located td.hit')).toBe('liu.min@example');
    expect(await text('#located')).toMatch(/按 Ctrl\+G 输入 [A-Z]31 即可跳到这里/);
    expect(await page.locator('#located tr').last().innerText()).toContain('萧志强');
  });

  it('two pages at once cannot send one campaign twice', async () => {
    const other = await openPage();
    try {
      // 生日Q4: its 12 notices fit in what is left of the day's 90 after the 端午 send.
      await showCampaign(page, '2023-生日Q4');
      await showCampaign(other, '2023-生日Q4');
      const toSend = Number((await figures('#notice-body', page)).待发送);
      expect(toSend).toBe(12);
      received.length = 0;
      for (const p of [page, other]) await p.click('#send');
      await Promise.all([page.click('#send-confirm-yes'), other.click('#send-confirm-yes')]);
      // One page's send runs, the other waits for the workbook and then finds the campaign 已完成.
      const error = (p: Page) => p.locator('#error:not([hidden])');
      const ended = (p: Page) => error(p).or(p.locator('#notice-body', { hasText: '状态：已完成' })).first().waitFor({ timeout: 150_000 });
      await Promise.all([ended(page), ended(other)]);
      const refused = [(await error(page).count()) > 0, (await error(other).count()) > 0];
      expect(refused.filter(Boolean)).toHaveLength(1);
      const loser = refused[0] ? page : other;
      expect(await text('#error', loser)).toContain('已全部发送完毕，本次没有发送');
      expect(received.map((r) => r.to)).toHaveLength(toSend);
      expect(new Set(received.map((r) => r.to)).size).toBe(toSend);
      const log = await sheetRows(path, '发送记录');
      expect(log.filter((r) => r.includes('2023-生日Q4') && r.includes('已发送'))).toHaveLength(toSend);
    } finally {
      await other.close();
    }
  });

  it('while a terminal command holds the workbook, a click says so and changes nothing', async () => {
    const lock = join(dir, '工会.lock');
    writeFileSync(lock, JSON.stringify({ pid: process.pid, host: hostname(), execution: 'terminal', time: new Date().toISOString() }));
    try {
      const before = statSync(path).mtimeMs;
      await page.click('#tab-aid');
      await page.click('#aid-check');
      await seeText('#error', '另一项操作');
      expect(statSync(path).mtimeMs).toBe(before);
    } finally {
      rmSync(lock, { force: true });
    }
  });
});
