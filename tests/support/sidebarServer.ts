// The built sidebar page (build/sidebar.html, exactly what the bundle embeds) served from
// 127.0.0.1 for the browser tests: /sidebar?view=… as HtmlService would show it, 404 for anything
// else, so a page that fetched anything of its own would show up as a failed request.
import { existsSync, readFileSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { sidebarPage } from '../../src/ui/sidebarPage';
import { isViewName } from '../../src/ui/sidebarState';

const BUILT_PAGE = join(__dirname, '..', '..', 'build', 'sidebar.html');

export interface SidebarServer {
  /** `http://127.0.0.1:port`; the page is at `${origin}/sidebar?view=calendar|notices|aid|pickup`. */
  readonly origin: string;
  close(): Promise<void>;
}

export async function serveBuiltSidebar(): Promise<SidebarServer> {
  if (!existsSync(BUILT_PAGE)) throw new Error('build/sidebar.html is missing: run `npm run build` first');
  const built = readFileSync(BUILT_PAGE, 'utf8');
  const server = createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://127.0.0.1');
    const view = url.searchParams.get('view') ?? 'calendar';
    if (url.pathname !== '/sidebar' || !isViewName(view)) {
      res.writeHead(404).end();
      return;
    }
    res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(sidebarPage(built, view));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    origin: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    close: async () => {
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}
