// Debian's Chromium for the browser tests (playwright-core drives it; no browser is downloaded):
// whether it is there, one persistent context per suite, and where screenshots go.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { type BrowserContext, chromium } from 'playwright-core';

export const CHROMIUM = '/usr/bin/chromium';
const ROOT = join(__dirname, '..', '..');

/** `describe`, or `describe.skip` with a message saying why, when Chromium is not installed. */
export function describeWithChromium(suite: string): jest.Describe {
  if (existsSync(CHROMIUM)) return describe;
  // Installing a browser is not a test's business: CI's .ci/run apt-installs chromium.
  console.warn(`SKIPPED ${suite}: ${CHROMIUM} is not installed (apt-get install chromium; .ci/run does this in CI).`);
  return describe.skip;
}

function haveCjkFont(): boolean {
  try {
    return execFileSync('fc-list', [':lang=zh', 'family'], { encoding: 'utf8' }).trim() !== '';
  } catch {
    return false;
  }
}

/**
 * tests/tmp/screenshots/ on every run (a test run must not change tracked files); docs/screenshots/
 * with UPDATE_SCREENSHOTS=1 on a machine with a CJK font (without one Chinese is drawn as boxes).
 */
export function screenshotDir(): string {
  const dir = process.env.UPDATE_SCREENSHOTS === '1' && haveCjkFont() ? join(ROOT, 'docs', 'screenshots') : join(ROOT, 'tests', 'tmp', 'screenshots');
  mkdirSync(dir, { recursive: true });
  return dir;
}

export interface LaunchedChromium {
  readonly context: BrowserContext;
  close(): Promise<void>;
}

/** Headless, Chinese locale, nothing fetched behind the test's back (no sync, updates, QUIC). */
export async function launchChromium(viewport: { width: number; height: number }): Promise<LaunchedChromium> {
  const profile = mkdtempSync(join(tmpdir(), 'uniondesk-chromium-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM,
    headless: true,
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
    viewport,
    locale: 'zh-CN',
  });
  return {
    context,
    close: async () => {
      await context.close();
      rmSync(profile, { recursive: true, force: true });
    },
  };
}
