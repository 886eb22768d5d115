// 导出日历文件's dialog in Debian's Chromium, framed as Google Sheets frames an HtmlService dialog:
// the page (another origin) holds a sandboxed iframe, which holds the dialog's HTML in a nested
// frame (Google's userHtmlFrame). The clerk clicks the link; the file saved is the export, byte
// for byte. Without allow-downloads Chromium refuses the download, which shows the test can tell.
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Frame, Page } from 'playwright-core';
import type { ActionResult } from '../../src/kernel/contracts/actionResult';
import type { IcsExport } from '../../src/calendar/exportIcs';
import { describeWithChromium, type LaunchedChromium, launchChromium } from '../support/debianChromium';
import { answering, runBundle, sampleWorkbook } from '../support/offlineBundle';
import { readEvents } from '../support/icsClient';

/**
 * The keywords of HtmlService's IFRAME sandbox for a container-bound script ("HTML Service:
 * Restrictions", developers.google.com/apps-script/guides/html/restrictions);
 * allow-top-navigation-by-user-activation is set only for stand-alone projects, so not here.
 */
const HTMLSERVICE_SANDBOX = 'allow-same-origin allow-forms allow-scripts allow-popups allow-downloads allow-modals allow-popups-to-escape-sandbox';

describeWithChromium('导出日历文件 dialog in Chromium')('导出日历文件 dialog in a sandboxed iframe, in Chromium', () => {
  let server: Server;
  let port: number;
  let browser: LaunchedChromium;
  let downloads: string;
  let dialogHtml = '';
  let sandbox = HTMLSERVICE_SANDBOX;
  /** What the bundle put in the dialog's link, and what its api export says the file holds. */
  let linked: Buffer;
  let exported: IcsExport;

  beforeAll(async () => {
    const run = runBundle({ workbook: sampleWorkbook(), responder: answering('OK') });
    run.call('menuExportIcs');
    dialogHtml = run.services.ui.last('modal')!.message;
    linked = Buffer.from(/href="data:text\/calendar;charset=utf-8;base64,([^"]+)"/.exec(dialogHtml)![1], 'base64');
    exported = run.call<ActionResult<IcsExport>>('apiExportIcs').data!;
    server = createServer((req, res) => {
      const html = (body: string) => res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(body);
      if (req.url === '/sheet') return html(`<!DOCTYPE html><iframe sandbox="${sandbox}" src="http://localhost:${port}/sandbox" width="480" height="300" style="border:0"></iframe>`);
      if (req.url === '/sandbox') return html('<!DOCTYPE html><iframe id="userHtmlFrame" src="/dialog" width="460" height="260" style="border:0"></iframe>');
      return html(dialogHtml);
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    port = (server.address() as AddressInfo).port;
    browser = await launchChromium({ width: 800, height: 700 });
    downloads = mkdtempSync(join(tmpdir(), 'uniondesk-downloads-'));
  });

  afterAll(async () => {
    await browser?.close();
    server?.closeAllConnections();
    await new Promise<void>((resolve) => (server ? server.close(() => resolve()) : resolve()));
    rmSync(downloads, { recursive: true, force: true });
  });

  async function clickDownload(page: Page) {
    // 127.0.0.1 and localhost are different origins, as docs.google.com and googleusercontent.com are.
    await page.goto(`http://127.0.0.1:${port}/sheet`);
    const dialog = page.frames().find((f) => f.url().endsWith('/dialog'))!;
    // The link's place on the page, frame by frame (Playwright's own click and boundingBox inside
    // a nested cross-origin frame fail under Jest with "Object not disposable").
    const rectOf = (frame: Frame, selector: string) => frame.waitForFunction((s) => {
      const r = document.querySelector(s)?.getBoundingClientRect();
      return r && r.width > 0 ? { x: r.x, y: r.y, w: r.width, h: r.height } : null;
    }, selector).then((h) => h.jsonValue() as Promise<{ x: number; y: number; w: number; h: number }>);
    const [outer, inner, link] = [await rectOf(page.mainFrame(), 'iframe'), await rectOf(page.frames()[1], 'iframe'), await rectOf(dialog, 'a.download')];
    // Whichever comes first: the download, or Chromium's console message refusing it.
    const refused = page.waitForEvent('console', { predicate: (m) => m.text().includes('Download is disallowed'), timeout: 10000 }).then((m) => m.text());
    const download = Promise.race([page.waitForEvent('download', { timeout: 10000 }), refused]);
    await page.mouse.click(outer.x + inner.x + link.x + link.w / 2, outer.y + inner.y + link.y + link.h / 2);
    return download;
  }

  it('saves the exported .ics, byte for byte, under its Chinese file name', async () => {
    sandbox = HTMLSERVICE_SANDBOX;
    const page = await browser.context.newPage();
    const download = await clickDownload(page);
    if (typeof download === 'string') throw new Error(download);
    expect(download.suggestedFilename()).toBe('四川农业大学工会（示例）-2023年度工作计划.ics');
    const saved = join(downloads, 'plan.ics');
    await download.saveAs(saved);
    expect(readFileSync(saved).equals(linked)).toBe(true);
    const events = readEvents(readFileSync(saved, 'utf8'), 'ical.js');
    expect(events.map((e) => e.uid)).toEqual(exported.uids);
    expect(events.map((e) => e.summary)).toContain('“三八节”系列活动');
    await page.close();
  });

  it('saves a plan of 5,000 more rows too (a data: link past 2 MiB, Chromium’s URL length limit)', async () => {
    sandbox = HTMLSERVICE_SANDBOX;
    const workbook = sampleWorkbook();
    const plan = workbook.sheet('工作计划')!;
    for (let i = 0; i < 5000; i++) {
      plan.values.set(39 + i, 1, `${(i % 12) + 1}月`);
      plan.values.set(39 + i, 2, `第 ${i + 1} 项工作：教职工文体活动与慰问安排`);
    }
    const run = runBundle({ workbook, responder: answering('OK') });
    run.call('menuExportIcs');
    dialogHtml = run.services.ui.last('modal')!.message;
    const link = /href="data:text\/calendar;charset=utf-8;base64,([^"]+)"/.exec(dialogHtml)![1];
    expect(link.length).toBeGreaterThan(2 * 1024 * 1024);
    const big = Buffer.from(link, 'base64');
    const page = await browser.context.newPage();
    const download = await clickDownload(page);
    if (typeof download === 'string') throw new Error(download);
    const saved = join(downloads, 'big.ics');
    await download.saveAs(saved);
    expect(readFileSync(saved).equals(big)).toBe(true);
    await page.close();
  });

  it('is refused by Chromium when the frame lacks allow-downloads (so the test above can fail)', async () => {
    sandbox = HTMLSERVICE_SANDBOX.replace(' allow-downloads', '');
    const page = await browser.context.newPage();
    expect(await clickDownload(page)).toMatch(/sandboxed, but the flag ‘allow-downloads’ is not set/);
    await page.close();
  });
});
