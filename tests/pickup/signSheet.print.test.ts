// The 签领单 as the clerk prints it: Debian's Chromium (driven by playwright-core, one browser for
// this file) prints the page to PDF with its own print CSS, and Debian's pdftotext reads the pages
// back. Without a CJK font Chromium still writes the Chinese text into the PDF's text layer, though
// pdftotext then drops the odd character (“2023年” reads “2023 ”), so the header is matched by a
// part that survives.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { type Browser, chromium } from 'playwright-core';
import { latestPickups } from '../../src/pickup/pickupRecord';
import { branchesOf, signSheetHtml } from '../../src/pickup/signSheet';
import { audienceOf, dragonBoat, pickup } from './pickupFixture';

const CHROMIUM = '/usr/bin/chromium';
const PDFTOTEXT = '/usr/bin/pdftotext';
const ready = existsSync(CHROMIUM) && existsSync(PDFTOTEXT);
if (!ready) console.warn(`SKIPPED the 签领单 print test: needs ${CHROMIUM} and ${PDFTOTEXT} (apt-get install chromium poppler-utils; .ci/run does this in CI).`);
const describePrinted = ready ? describe : describe.skip;

describePrinted('the 签领单 printed to PDF in Chromium', () => {
  let browser: Browser;
  let dir: string;

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'uniondesk-print-'));
    browser = await chromium.launch({ executablePath: CHROMIUM, args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking'] });
  });

  afterAll(async () => {
    await browser?.close();
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  /** The printed pages' text, as pdftotext reads them (one string per A4 page). */
  async function printed(html: string): Promise<{ pages: string[]; size: string }> {
    const page = await browser.newPage();
    await page.route('**', (route) => route.abort()); // the page must need nothing from anywhere
    await page.setContent(html);
    const pdf = join(dir, `${Date.now()}.pdf`);
    writeFileSync(pdf, await page.pdf({ preferCSSPageSize: true }));
    await page.close();
    const text = execFileSync(PDFTOTEXT, ['-layout', pdf, '-'], { encoding: 'utf8' });
    const info = execFileSync('/usr/bin/pdfinfo', [pdf], { encoding: 'utf8' });
    return { pages: text.split('\f').filter((p) => p.trim() !== ''), size: /Page size:\s+(.*)/.exec(info)?.[1] ?? '' };
  }

  const ids = (page: string) => [...page.matchAll(/\b(\d{6})\b/g)].map((m) => m[1]);

  it('prints one A4 page per 分会, each with its members in roster order, header and page number', async () => {
    const d = dragonBoat();
    const audience = audienceOf(d);
    const branches = branchesOf(audience);
    const { pages, size } = await printed(signSheetHtml({ unitName: '示例大学工会', audience, pickups: latestPickups([pickup('001000', '本人')]) }));
    expect(size).toMatch(/^59[45]\.\d+ x 841\.\d+ pts \(A4\)/);
    expect(pages).toHaveLength(branches.length);
    pages.forEach((text, i) => {
      expect(ids(text)).toEqual(branches[i].members.map((m) => m.id));
      expect(text).toContain(branches[i].branch);
      expect(text).toContain('端午节慰问品发放 签领单');
      expect(text).toContain('各校区工会办公室');
      expect(text).toContain('2023-06-12 至 2023-06-21');
      expect(text).toMatch(new RegExp(`${i + 1} 页，共 ${branches.length} 页`));
    });
    expect(pages[0]).toMatch(/001000\s+王秀英\s+已领（本人/);
  });

  it('a 分会 longer than a page goes on with the column headers repeated, and the next 分会 starts a new page', async () => {
    const d = dragonBoat();
    const many = d.members.map((m, i) => ({ ...m, branch: i < 45 ? '大分会' : '小分会' }));
    const audience = audienceOf({ ...d, members: many });
    const big = audience.members.filter((m) => m.branch === '大分会').map((m) => m.id);
    const { pages } = await printed(signSheetHtml({ unitName: '', audience, pickups: new Map() }));
    const bigPages = pages.filter((p) => ids(p).some((id) => big.includes(id)));
    expect(bigPages.length).toBeGreaterThan(1);
    expect(bigPages.flatMap(ids)).toEqual(big);
    for (const p of bigPages) expect(p).toMatch(/工号\s+姓名\s+签名\s+代领人签名/);
    const last = pages[pages.length - 1];
    expect(ids(last).every((id) => !big.includes(id))).toBe(true);
    expect(last).toContain('小分会');
  });
});
