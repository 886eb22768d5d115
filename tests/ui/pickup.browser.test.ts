// 领取登记 at the counter, in Debian's Chromium (as tests/ui/sidebar.browser.test.ts, whose page
// and fake google.script.run it uses): the fake answers the replies the bundle gave in
// tests/pickup/sidebarPickup.test.ts. The clerk never touches the mouse: the scanner types.
import { join } from 'node:path';
import type { BrowserContext, Page } from 'playwright-core';
import { describeWithChromium, type LaunchedChromium, launchChromium, screenshotDir } from '../support/debianChromium';
import { FakeScriptRun } from '../support/fakeScriptRun';
import { fixtureReply } from '../support/sidebarFixtures';
import { type SidebarServer, serveBuiltSidebar } from '../support/sidebarServer';

const SCREENSHOTS = screenshotDir();

describeWithChromium('领取登记 in Chromium')('领取登记 in Chromium', () => {
  let server: SidebarServer;
  let origin: string;
  let browser: LaunchedChromium;
  let context: BrowserContext;
  let fake: FakeScriptRun;
  let page: Page;

  beforeAll(async () => {
    server = await serveBuiltSidebar();
    origin = server.origin;
    browser = await launchChromium({ width: 300, height: 720 });
    context = browser.context;
    await FakeScriptRun.install(context, () => fake);
    page = await context.newPage();
  });

  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  const seeText = (selector: string, expected: string) => page.waitForFunction(
    ([s, t]) => (document.querySelector(s) as HTMLElement | null)?.innerText.includes(t) ?? false,
    [selector, expected] as const,
  );
  const focused = () => page.evaluate(() => document.activeElement?.id);

  it('a scanner types 工号 + Enter: 本人 is recorded at once; the same 工号 again is refused naming the earlier row', async () => {
    let scans = 0;
    fake = new FakeScriptRun()
      .answer('sidebarCampaigns', { value: fixtureReply('campaigns') })
      .answer('sidebarPickupLookup', { value: fixtureReply('pickupLookup') })
      .answer('sidebarRecordPickup', () => ({ value: fixtureReply(scans++ === 0 ? 'pickupRecorded' : 'pickupRefused') }));
    await page.goto(`${origin}/sidebar?view=pickup`);
    await page.waitForFunction(() => (document.getElementById('pickup-campaign') as HTMLSelectElement).options.length > 0 && !(document.getElementById('pickup-self') as HTMLButtonElement).disabled);
    expect(await page.locator('#tab-pickup').getAttribute('aria-selected')).toBe('true');
    const campaignId = await page.locator('#pickup-campaign').inputValue();
    expect(campaignId).not.toBe('');
    expect(await page.locator('#pickup-undo').isDisabled()).toBe(true);

    await page.focus('#pickup-query');
    await page.keyboard.type('T0002');
    await page.keyboard.press('Enter');
    await seeText('#pickup-result', '已登记：会员2（T0002，农学院分会）本人领取');
    expect(fake.calls.filter((c) => c.fn === 'sidebarRecordPickup').map((c) => c.args)).toEqual([[campaignId, 'T0002', '']]);
    const figures = await page.$$eval('#pickup-summary .figure', (fs) => Object.fromEntries(fs.map((f) => [f.querySelector('.label')?.textContent, f.querySelector('.value')?.textContent])));
    expect(figures).toEqual({ 应领: '6', 本人领取: '1', 代领: '0', 未领: '5', 剩余: '209' });
    // Ready for the next scan: the box is empty and still has the focus; 撤销上一条 is offered.
    expect(await page.locator('#pickup-query').inputValue()).toBe('');
    expect(await focused()).toBe('pickup-query');
    expect(await page.locator('#pickup-undo').isEnabled()).toBe(true);
    await page.screenshot({ path: join(SCREENSHOTS, 'pickup-view.png'), fullPage: true, animations: 'disabled', caret: 'hide' });

    await page.keyboard.type('T0002');
    await page.keyboard.press('Enter');
    await seeText('#pickup-result', '已经领取过');
    const refusal = await page.locator('#pickup-result').innerText();
    expect(refusal).toContain('领取登记第 2 行');
    expect(refusal).toContain('经办人 clerk@example.edu.cn');
    expect(await page.locator('#pickup-result').getAttribute('class')).toContain('bad');
    expect(fake.calls.filter((c) => c.fn === 'sidebarRecordPickup')).toHaveLength(2);
    expect(await focused()).toBe('pickup-query');
  });

  it('part of a name lists the member; 代领 needs the 代领人 and Enter there records it; 撤销上一条 takes it back', async () => {
    fake = new FakeScriptRun()
      .answer('sidebarCampaigns', { value: fixtureReply('campaigns') })
      .answer('sidebarPickupLookup', { value: fixtureReply('pickupLookupByName') })
      .answer('sidebarRecordPickup', { value: fixtureReply('pickupProxied') })
      .answer('sidebarUndoPickup', { value: fixtureReply('pickupUndone') });
    await page.goto(`${origin}/sidebar?view=pickup`);
    await page.waitForFunction(() => !(document.getElementById('pickup-self') as HTMLButtonElement).disabled);
    const campaignId = await page.locator('#pickup-campaign').inputValue();

    await page.focus('#pickup-query');
    await page.keyboard.type('会员3');
    await page.keyboard.press('Enter');
    await seeText('#pickup-members', '会员3（T0003，后勤分会）');
    expect(await page.locator('#pickup-members').innerText()).toContain('未领取，可以登记');
    // Not a 工号: nothing is recorded until the clerk says how.
    expect(fake.calls.filter((c) => c.fn === 'sidebarRecordPickup')).toEqual([]);

    await page.click('#pickup-proxy');
    await seeText('#pickup-result', '代领须填写代领人姓名');
    expect(await focused()).toBe('pickup-proxy-name');
    await page.keyboard.type('张代领');
    await page.keyboard.press('Enter');
    await seeText('#pickup-result', '已登记：会员3（T0003，后勤分会）由 张代领 代领');
    expect(fake.calls.filter((c) => c.fn === 'sidebarRecordPickup').map((c) => c.args)).toEqual([[campaignId, 'T0003', '张代领']]);

    await page.click('#pickup-undo');
    await seeText('#pickup-result', '已撤销：会员3（T0003，后勤分会）');
    expect(fake.calls.filter((c) => c.fn === 'sidebarUndoPickup').map((c) => c.args)).toEqual([[campaignId, 'T0003']]);
    expect(await page.locator('#pickup-undo').isDisabled()).toBe(true);
    expect(await page.$$eval('#pickup-summary .figure .value', (vs) => vs.map((v) => v.textContent))).toEqual(['6', '1', '0', '5', '209']);
  });

  it('a clerk signed in to two Google accounts is told to use a single-account window, not to re-authorise', async () => {
    // What google.script.run's failure handler gets then (Google's issue 69270374).
    const denied = { thrown: "ScriptError: We're sorry, a server error occurred while reading from storage. Error code PERMISSION_DENIED." };
    fake = new FakeScriptRun().answer('sidebarCampaigns', denied).answer('sidebarPickupLookup', denied);
    await page.goto(`${origin}/sidebar?view=pickup`);
    await seeText('#pickup-result', '同时登录了多个 Google 账号');
    const shown = await page.locator('#pickup-result').innerText();
    expect(shown).toContain('请在只登录一个 Google 账号的窗口中打开本表格');
    expect(shown).toContain('无痕/隐身窗口');
    expect(shown).not.toContain('按提示授权');
    expect(await page.locator('#pickup-result').getAttribute('class')).toContain('bad');
    expect(fake.callsOf('sidebarCampaigns')).toHaveLength(1);
  });
});
