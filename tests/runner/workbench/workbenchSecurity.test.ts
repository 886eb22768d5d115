// Who may use the workbench: only the page it handed out, on this computer. Any web page the
// clerk visits can send requests to 127.0.0.1, and a DNS name can be rebound to it; these are
// the requests such a page (or another local user without the token) could make.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { request } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { SIDEBAR_FUNCTIONS } from '../../../src/kernel/contracts/sidebarContract';
import { type RunningWorkbench, startWorkbenchProcess } from './workbenchProcess';

interface Answer {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  body: string;
}

function ask(wb: RunningWorkbench, path: string, opts: { method?: string; headers?: Record<string, string>; body?: string } = {}): Promise<Answer> {
  return new Promise((resolve, reject) => {
    const req = request({ host: '127.0.0.1', port: wb.port, path, method: opts.method ?? 'GET', headers: opts.headers }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (c: Buffer) => chunks.push(c));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks).toString('utf8') }));
    });
    req.on('error', reject);
    req.end(opts.body);
  });
}

const json = (wb: RunningWorkbench, extra: Record<string, string> = {}) => ({ 'content-type': 'application/json', 'x-uniondesk-token': wb.token, ...extra });

describe('npx uniondesk open: the workbench refuses every request that is not its own page’s', () => {
  const dir = mkdtempSync(join(tmpdir(), 'uniondesk-workbench-sec-'));
  const path = join(dir, '工会.xlsx');
  let wb: RunningWorkbench;

  beforeAll(async () => {
    execFileSync(process.execPath, [join(__dirname, '..', '..', '..', 'bin', 'uniondesk.js'), 'init', path, '--sample']);
    wb = await startWorkbenchProcess([path]);
  });

  afterAll(async () => {
    expect(await wb?.stop()).toBe(0);
  });

  it('serves the page only for the token of this start, and prints an address on 127.0.0.1', async () => {
    expect(wb.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/\?token=[\w-]{43}$/);
    expect((await ask(wb, `/?token=${wb.token}`)).status).toBe(200);
    expect((await ask(wb, '/')).status).toBe(403);
    expect((await ask(wb, `/?token=${wb.token.slice(0, -1)}`)).status).toBe(403);
    expect((await ask(wb, `/?token=${wb.token}x`)).status).toBe(403);
  });

  it('does nothing while the clerk has the workbook open in Excel or WPS, and says so', async () => {
    const officeLock = join(dir, '~$工会.xlsx');
    writeFileSync(officeLock, '');
    const before = readFileSync(path);
    try {
      const answer = await ask(wb, '/run/sidebarAidCheck', { method: 'POST', headers: json(wb), body: '[]' });
      expect(answer.status).toBe(200);
      const reply = JSON.parse(answer.body);
      expect(reply.ok).toBe(false);
      expect(reply.error.message).toContain(`正在 Excel 或 WPS 中打开：发现它的锁文件 ${officeLock}`);
      expect(readFileSync(path).equals(before)).toBe(true);
    } finally {
      rmSync(officeLock);
    }
  });

  it('answers a sidebar function only with the token in X-UnionDesk-Token', async () => {
    const body = '[]';
    const missing = await ask(wb, '/run/sidebarCampaigns', { method: 'POST', headers: { 'content-type': 'application/json' }, body });
    expect(missing.status).toBe(403);
    expect(JSON.parse(missing.body).message).toContain('访问令牌');
    const wrong = await ask(wb, '/run/sidebarCampaigns', { method: 'POST', headers: json(wb, { 'x-uniondesk-token': 'A'.repeat(43) }), body });
    expect(wrong.status).toBe(403);
    // A token in the URL is not enough for a call: a foreign page can put it in a link, not a header.
    expect((await ask(wb, `/run/sidebarCampaigns?token=${wb.token}`, { method: 'POST', headers: { 'content-type': 'application/json' }, body })).status).toBe(403);
    const right = await ask(wb, '/run/sidebarCampaigns', { method: 'POST', headers: json(wb), body });
    expect(right.status).toBe(200);
    expect(JSON.parse(right.body).data.campaigns.map((c: { id: string }) => c.id)).toContain('2023-端午');
  });

  it('refuses a Host that is not this server (DNS rebinding) and an Origin of another site', async () => {
    for (const host of ['evil.example:' + wb.port, `127.0.0.1:${wb.port + 1}`, '127.0.0.1', `uniondesk.localhost:${wb.port}`]) {
      expect([421, 403]).toContain((await ask(wb, `/?token=${wb.token}`, { headers: { host } })).status);
      expect([421, 403]).toContain((await ask(wb, '/run/sidebarCampaigns', { method: 'POST', headers: json(wb, { host }), body: '[]' })).status);
    }
    expect((await ask(wb, `/?token=${wb.token}`, { headers: { host: `localhost:${wb.port}` } })).status).toBe(200);
    for (const origin of ['http://evil.example', `http://127.0.0.1:${wb.port + 1}`, 'null']) {
      expect((await ask(wb, '/run/sidebarCampaigns', { method: 'POST', headers: json(wb, { origin }), body: '[]' })).status).toBe(403);
    }
    expect((await ask(wb, '/run/sidebarCampaigns', { method: 'POST', headers: json(wb, { origin: wb.origin }), body: '[]' })).status).toBe(200);
  });

  it('offers exactly the sidebar’s functions: any other export of the bundle, or any path, is 404', async () => {
    const before = statSync(path).mtimeMs;
    for (const fn of ['apiSendNotices', 'apiInitWorkbook', 'menuOpenSidebar', 'onOpen', 'constructor', '__proto__', 'toString']) {
      expect((await ask(wb, `/run/${fn}`, { method: 'POST', headers: json(wb), body: '[{"campaignId":"2023-端午"}]' })).status).toBe(404);
    }
    for (const p of ['/run/../../etc/passwd', `/${encodeURIComponent(path)}`, '/build/sidebar.html', '/favicon.ico']) {
      expect((await ask(wb, p, { headers: { 'x-uniondesk-token': wb.token } })).status).toBe(404);
    }
    expect(statSync(path).mtimeMs).toBe(before);
    expect(SIDEBAR_FUNCTIONS).toContain('sidebarSend');
  });

  it('takes only a JSON array of arguments', async () => {
    expect((await ask(wb, '/run/sidebarCampaigns', { method: 'POST', headers: json(wb), body: '{"a":1}' })).status).toBe(400);
    expect((await ask(wb, '/run/sidebarCampaigns', { method: 'POST', headers: json(wb), body: 'not json' })).status).toBe(400);
    expect((await ask(wb, '/run/sidebarCampaigns', { method: 'POST', headers: json(wb, { 'content-type': 'text/plain' }), body: '[]' })).status).toBe(415);
  });

  it('lets the page run only its own scripts (a nonce per response) and load nothing from elsewhere', async () => {
    const first = await ask(wb, `/?token=${wb.token}`);
    const csp = String(first.headers['content-security-policy']);
    const nonce = /'nonce-([^']+)'/.exec(csp)?.[1];
    expect(nonce).toBeTruthy();
    expect(csp).toContain("default-src 'none'");
    expect(csp).not.toMatch(/https?:|\*|'unsafe-eval'|script-src[^;]*'unsafe-inline'/);
    const scripts = [...first.body.matchAll(/<script\b[^>]*>/g)].map((m) => m[0]);
    expect(scripts).toEqual([`<script nonce="${nonce}">`, `<script nonce="${nonce}">`]);
    const second = await ask(wb, `/?token=${wb.token}`);
    expect(String(second.headers['content-security-policy'])).not.toContain(nonce!);
    // The same views as the sidebar: the built page's own script is in it, unchanged.
    const sidebarScript = /<script>([\s\S]*)<\/script>\s*<\/body>/.exec(readFileSync(join(__dirname, '..', '..', '..', 'build', 'sidebar.html'), 'utf8'))![1];
    expect(first.body).toContain(sidebarScript);
  });
});
