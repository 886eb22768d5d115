// The sidebar in a real browser: Debian's Chromium, driven by playwright-core, shows the built
// page (build/sidebar.html, exactly what the bundle embeds) served from 127.0.0.1, with a fake
// google.script.run answering the recorded replies of tests/fixtures/sidebar/. Each test is a
// clerk's story told through what is on the screen. Screenshots go to tests/tmp/screenshots/
// (docs/screenshots/ with UPDATE_SCREENSHOTS=1).
import { join } from 'node:path';
import type { BrowserContext, Page } from 'playwright-core';
import { describeWithChromium, type LaunchedChromium, launchChromium, screenshotDir } from '../support/debianChromium';
import { FakeScriptRun } from '../support/fakeScriptRun';
import { readabilityIssues } from '../support/readability';
import { type SidebarServer, serveBuiltSidebar } from '../support/sidebarServer';
import { type FixtureName, fixtureData, fixtureReply } from '../support/sidebarFixtures';

const describeInBrowser = describeWithChromium('the sidebar browser test');
const SCREENSHOTS = screenshotDir();
const reply = (name: FixtureName) => ({ value: fixtureReply(name) });

describeInBrowser('the clerk’s sidebar in Chromium', () => {
  let server: SidebarServer;
  let origin: string;
  let browser: LaunchedChromium;
  let context: BrowserContext;
  let fake: FakeScriptRun;
  let page: Page;
  /** Every URL the page asked for: the sidebar must fetch nothing from anywhere. */
  let requests: string[];

  beforeAll(async () => {
    server = await serveBuiltSidebar();
    origin = server.origin;
    // A Google Sheets sidebar is 300 px wide.
    browser = await launchChromium({ width: 300, height: 720 });
    context = browser.context;
    // One browser for the file (it takes seconds to start); each test gets its own fake server.
    await FakeScriptRun.install(context, () => fake);
  });

  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  beforeEach(async () => {
    fake = new FakeScriptRun();
    page = await context.newPage();
    requests = [];
    page.on('request', (r) => requests.push(r.url()));
  });

  afterEach(async () => {
    await page?.close();
  });

  async function open(view: 'calendar' | 'notices' | 'aid'): Promise<void> {
    await page.goto(`${origin}/sidebar?view=${view}`);
  }

  const text = (selector: string) => page.locator(selector).innerText();

  async function seeText(selector: string, expected: string): Promise<void> {
    await page.waitForFunction(
      ([s, t]) => (document.querySelector(s) as HTMLElement | null)?.innerText.includes(t) ?? false,
      [selector, expected] as const,
    );
  }

  /** The captions of the buttons a person could press right now. */
  function pressable(): Promise<string[]> {
    return page.$$eval('button', (bs) => bs.filter((b) => !(b as HTMLButtonElement).disabled && b.offsetParent !== null).map((b) => (b.textContent ?? '').trim()));
  }

  async function figures(panel: string): Promise<Record<string, string>> {
    return page.$$eval(`${panel} .figure`, (fs) => Object.fromEntries(fs.map((f) => [f.querySelector('.label')?.textContent, f.querySelector('.value')?.textContent])));
  }

  async function screenshot(name: string): Promise<void> {
    await page.evaluate(() => getSelection()?.removeAllRanges());
    await page.screenshot({ path: join(SCREENSHOTS, `${name}.png`), fullPage: true, animations: 'disabled', caret: 'hide' });
  }

  function onlyOwnRequests(): void {
    expect(requests.filter((u) => !u.startsWith(origin) && !u.startsWith('about:') && !u.startsWith('data:'))).toEqual([]);
  }

  it('日历同步: the clerk sees what will change, confirms once, and cannot apply twice', async () => {
    fake.answer('sidebarCalendarPreview', reply('calendarPreview')).answer('sidebarCalendarApply', reply('calendarApply'));
    await open('calendar');
    await seeText('#calendar-body', '有 3 项变更');
    // The reply recorded from the bundle after the sample plan was synced once, then edited.
    expect(await figures('#panel-calendar')).toEqual({ 新建: '1', 更新: '1', 删除: '1', 不变: '33' });
    const body = await text('#calendar-body');
    expect(body).toContain('新建（1）');
    expect(body).toContain('2023-12-30 19:00–21:00新年音乐会');
    expect(body).toContain('更新（1）');
    expect(body).toContain('举办“五一”健步走活动');
    expect(body).toContain('删除（1）');
    expect(body).toContain('开展暑期教职工疗休养活动（计划行已删除）');
    expect(body).toContain('日历上另有 2 个事件不在本次同步之列');
    expect(await page.locator('button.row-link', { hasText: '工作计划!21 开始日期' }).count()).toBe(1);
    await screenshot('calendar-preview');

    fake.hold('sidebarCalendarApply');
    await page.click('#calendar-apply');
    await fake.called('sidebarCalendarApply');
    // While the server works nothing can be pressed, so a double click cannot apply twice.
    expect(await pressable()).toEqual([]);
    expect(await text('#status')).toBe('正在同步到日历…');
    await page.locator('#calendar-apply').click({ force: true, noWaitAfter: true }).catch(() => undefined);
    await fake.release('sidebarCalendarApply');
    await seeText('#calendar-result', '同步完成');
    expect(await text('#calendar-result')).toContain('新建 1，更新 1，删除 1');
    expect(fake.callsOf('sidebarCalendarApply')).toEqual([{ fn: 'sidebarCalendarApply', args: [fixtureData('calendarPreview').planToken] }]);
    // The preview is spent: applying again needs a fresh preview.
    expect(await page.locator('#calendar-apply').isDisabled()).toBe(true);
    expect(await page.locator('#calendar-preview').isEnabled()).toBe(true);
    await screenshot('calendar-applied');
    onlyOwnRequests();
  });

  it('慰问通知: counts, skipped members, the mail as the member will see it, a test mail', async () => {
    fake.answer('sidebarCampaigns', reply('campaigns')).answer('sidebarNoticePreview', reply('noticePreview')).answer('sidebarSendTest', reply('sendTest'));
    await open('notices');
    await seeText('#notice-body', '状态：');
    expect(fake.callsOf('sidebarNoticePreview')[0].args).toEqual(['2023-端午']);
    expect(await page.locator('#campaign').inputValue()).toBe('2023-端午');
    expect(await figures('#panel-notices')).toEqual({ 收件人: '56', 待发送: '56', 已发送: '0', 跳过: '2', 问题: '1' });
    expect(await text('#notice-body')).toContain('今天的发信额度还剩 90 封，足够全部发出。');
    expect(await text('#notice-body')).toContain('会员名册!31 邮箱: 萧志强（001493）的邮箱“liu.min@example”中 @ 后面的域名不正确，本次跳过');
    expect(await text('#notice-people')).toContain('郭勇（001289）：会员名册中没有邮箱');
    expect(await text('#to-send summary')).toBe('待发送名单（56 人）');
    expect(await text('#send')).toBe('发送（56 人）');

    // The rendered mail, in an iframe that may run nothing.
    expect(await page.locator('#mail-frame').getAttribute('sandbox')).toBe('');
    const mail = page.frameLocator('#mail-frame');
    await mail.getByText('尊敬的王秀英老师').waitFor();
    expect(await text('#mail-to')).toBe('收件人：王秀英 <t001000@example.edu.cn>');
    expect(await text('#mail-position')).toBe('第 1 封，共 3 封');
    await screenshot('notices-preview');
    await page.click('#mail-next');
    await mail.getByText('尊敬的李勇老师').waitFor();
    expect(await text('#mail-position')).toBe('第 2 封，共 3 封');

    await page.click('#send-test');
    await seeText('#status', '已把发给 王秀英（001000）的通知作为测试邮件发送到 clerk@example.edu.cn');
    expect(fake.callsOf('sidebarSendTest')).toEqual([{ fn: 'sidebarSendTest', args: ['2023-端午'] }]);
    onlyOwnRequests();
  });

  it('慰问通知: sending asks first, shows progress while the server sends, and sends once', async () => {
    let polls = 0;
    fake.answer('sidebarCampaigns', reply('campaigns'))
      .answer('sidebarNoticePreview', reply('noticePreview'))
      .answer('sidebarSendProgress', () => (++polls === 1 ? { value: { ok: true, data: { ...fixtureData('sendProgress'), phase: 'idle', sent: 0, remaining: 56 } } } : reply('sendProgress')))
      .answer('sidebarSend', reply('sendDone'));
    await open('notices');
    await seeText('#notice-body', '状态：');
    await page.click('#send');
    expect(await page.locator('#send-confirm').isVisible()).toBe(true);
    expect(await text('#send-confirm-text')).toBe('确定向 56 人发送“2023年端午节慰问品发放”吗？已发送过的人不会重复收到。');
    // The safe answer has the focus: pressing Enter again does not send.
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('send-confirm-no');
    await page.keyboard.press('Enter');
    expect(await page.locator('#send-confirm').isVisible()).toBe(false);
    expect(fake.callsOf('sidebarSend')).toHaveLength(0);

    await page.click('#send');
    fake.hold('sidebarSend');
    await page.locator('#send-confirm-yes').dblclick();
    await fake.called('sidebarSend');
    expect(await pressable()).toEqual([]);
    await seeText('#send-progress-text', '已发送 20 / 56');
    expect(await page.locator('#send-progress').evaluate((p) => (p as HTMLProgressElement).value)).toBeCloseTo(20 / 56, 2);
    expect(await pressable()).toEqual([]);
    await screenshot('notices-sending');

    // After the run the server's preview counts everyone as sent, and the campaign is 已完成.
    const finished = fixtureData('noticePreviewAfterSend').campaign;
    const list = fixtureData('campaigns');
    fake.answer('sidebarNoticePreview', reply('noticePreviewAfterSend'))
      .answer('sidebarCampaigns', { value: { ok: true, data: { campaigns: list.campaigns.map((c) => (c.id === finished.id ? finished : c)), selectedId: null } } });
    await fake.release('sidebarSend');
    await seeText('#send-progress-text', '已发送 56 / 56（跳过 2）');
    expect(await text('#send-progress-message')).toContain('该活动已全部发送完毕。');
    expect(fake.callsOf('sidebarSend')).toEqual([{ fn: 'sidebarSend', args: ['2023-端午'] }]);
    // The counts changed: the sidebar fetches a fresh preview by itself.
    await fake.called('sidebarNoticePreview', 2);
    await seeText('#notice-body', '状态：已完成');
    expect(await page.locator('#campaign option:checked').innerText()).toBe('2023年端午节慰问品发放（已完成）');
    expect(await figures('#panel-notices')).toMatchObject({ 待发送: '0', 已发送: '56' });
    expect(await text('#cannot-send')).toContain('该活动已全部发送完毕');
    expect(await page.locator('#send').isDisabled()).toBe(true);
    expect(await page.locator('#send-test').isDisabled()).toBe(true);
    const pollsAtEnd = fake.callsOf('sidebarSendProgress').length;
    await page.waitForTimeout(2000);
    expect(fake.callsOf('sidebarSendProgress')).toHaveLength(pollsAtEnd);
    await screenshot('notices-sent');
  });

  it('a mail or a name that carries markup stays inert text', async () => {
    const preview = fixtureData('noticePreview');
    const hostile = '<img src="x" onerror="document.title=\'hacked\'">';
    const mail = {
      ...preview.mails[0],
      name: `王秀英${hostile}`,
      html: `<p id="greeting">尊敬的王秀英老师</p><script>document.body.setAttribute('data-ran', 'yes'); parent.document.title = 'hacked';</script><form action="${origin}/steal"><button id="go">go</button></form>`,
    };
    fake.answer('sidebarCampaigns', reply('campaigns'))
      .answer('sidebarNoticePreview', { value: { ok: true, data: { ...preview, mails: [mail], skipped: [{ ...preview.skipped[0], name: `郭勇${hostile}` }] } } });
    await open('notices');
    const frame = page.frameLocator('#mail-frame');
    await frame.locator('#greeting').waitFor();
    expect(await frame.locator('body').getAttribute('data-ran')).toBeNull();
    expect(await page.title()).toBe('工会助手');
    expect(await text('#mail-to')).toBe(`收件人：王秀英${hostile} <t001000@example.edu.cn>`);
    expect(await text('#notice-people')).toContain(`郭勇${hostile}`);
    expect(await page.locator('.sidebar img').count()).toBe(0);
    onlyOwnRequests();
  });

  it('帮扶核算: runs only when asked, then each row needing attention selects its row in the sheet', async () => {
    fake.answer('sidebarAidCheck', reply('aidCheck')).answer('sidebarSelectRow', ([sheet, row]) => ({ value: { ok: true, data: { sheet, row } } }));
    await open('aid');
    await page.waitForTimeout(300);
    expect(fake.calls).toEqual([]);
    await page.click('#aid-check');
    await seeText('#aid-body', '需要处理的行');
    // The reply recorded from the bundle's 核算帮扶金 on the sample workbook.
    expect(await figures('#panel-aid')).toEqual({ 行数: '25', 一致: '18', 不一致: '2', 待发放: '1', 错误: '4' });
    expect(await text('#aid-totals')).toBe('应发合计 ¥83,000.01，实发合计 ¥86,000.00，差额 +¥2,999.99');
    const rows = await page.locator('#aid-attention button.row-link').allInnerTexts();
    expect(rows).toHaveLength(7);
    expect(rows[0]).toContain('第 14 行 朱志强 · 不一致 差额 -¥1,000.00');
    expect(rows[0]).toContain('应发 4,000.00 元；实发 3,000.00 元，少发 1,000.00 元');
    expect(rows[6]).toContain('第 13 行 胡晓燕 · 待发放 应发 ¥2,000.00');
    await screenshot('aid-check');

    await page.locator('#aid-attention button.row-link', { hasText: '朱志强' }).click();
    await seeText('#status', '已在工作表中选中 帮扶台账 第 14 行。');
    expect(fake.callsOf('sidebarSelectRow')).toEqual([{ fn: 'sidebarSelectRow', args: ['帮扶台账', 14] }]);
    onlyOwnRequests();
  });

  it('errors: a refusal lists the problems, a server crash reads as Chinese, never a blank sidebar', async () => {
    fake.answer('sidebarAidCheck', reply('aidCheckProblems'))
      .answer('sidebarCalendarPreview', { thrown: 'Exception: Exceeded maximum execution time' });
    await open('aid');
    await page.click('#aid-check');
    await seeText('#error', '核算未进行');
    expect(await page.locator('#error').getAttribute('role')).toBe('alert');
    const problems = await page.locator('#error button.row-link').allInnerTexts();
    expect(problems.map((p) => p.trim().split('：')[0])).toEqual([
      '帮扶标准!4 上限(元): 上限 15,000.00 元不大于下限 20,000.00 元',
      '帮扶标准!3 下限(元): 与第 2 行的档位重叠',
      '帮扶标准!5 下限(元): 与第 3 行之间有空档',
    ]);
    // The clerk can try again once the table is fixed.
    expect(await page.locator('#aid-check').isEnabled()).toBe(true);
    await screenshot('aid-error');

    await page.click('#tab-calendar');
    await seeText('#error', '操作运行时间过长被 Google 中止');
    expect(await text('#error')).not.toContain('Exception');
    expect(await page.locator('#calendar-preview').isEnabled()).toBe(true);
  });

  it('is usable from the keyboard alone, with readable sizes and contrast', async () => {
    fake.answer('sidebarCalendarPreview', reply('calendarPreview'))
      .answer('sidebarCampaigns', reply('campaigns'))
      .answer('sidebarNoticePreview', reply('noticePreview'))
      .answer('sidebarAidCheck', reply('aidCheck'));
    await open('calendar');
    await seeText('#calendar-body', '有 3 项变更');
    // Tab reaches the selected tab first; arrows move between tabs (WAI-ARIA tabs).
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('tab-calendar');
    await page.keyboard.press('ArrowRight');
    // 慰问通知 loads its campaigns and the preview; meanwhile nothing is pressable, then the focus is back.
    await seeText('#notice-body', '状态：');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('tab-notices');
    await page.keyboard.press('ArrowRight');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('tab-aid');
    expect(await page.locator('#panel-aid').isVisible()).toBe(true);
    expect(await page.locator('#tab-aid').getAttribute('aria-selected')).toBe('true');
    // Tab on to 开始核算 and press Enter.
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('aid-check');
    await page.keyboard.press('Enter');
    await seeText('#aid-body', '需要处理的行');
    // Focus is not lost while the button was disabled during the call.
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('aid-check');

    for (const view of ['aid', 'calendar', 'notices'] as const) {
      await page.click(`#tab-${view}`);
      if (view === 'notices') await seeText('#notice-body', '状态：');
      const unreadable = await page.evaluate(readabilityIssues);
      expect({ view, unreadable }).toEqual({ view, unreadable: [] });
    }
  });
});
