// The workbench's HTTP server on 127.0.0.1: the page (for ?token=…), the sidebar's functions at
// POST /run/<function>, and the header at POST /api/header. Nothing in a request names a file:
// the workbook is the one given on the command line. Calls that open the workbook run one at a
// time (a second page's send waits for the first, then finds nothing left to send); progress
// polls and the header read without the lock and run beside them.
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { AID_LEDGER_COLUMNS } from '../../src/kernel/sheets/schema';
import { CallLane, type CallRequest, type CallSetup, failureReply } from './bundleCall';
import { checkHost, checkOrigin, checkToken, newToken, type Refused, TOKEN_HEADER } from './requestGuard';
import { workbenchPage } from './workbenchPage';

export interface WorkbenchOptions {
  readonly setup: CallSetup;
  /** The built sidebar page (build/sidebar.html). */
  readonly sidebarHtml: string;
  /** The functions the sidebar may call (its contract's list). */
  readonly functions: readonly string[];
  /** 0 or absent: a free port. */
  readonly port?: number;
}

export interface Workbench {
  readonly port: number;
  readonly url: string;
  /** Stops taking requests, waits for the calls under way (and their saves), closes. */
  stop(): Promise<void>;
}

const MAX_BODY = 64 * 1024;
const PROGRESS = 'sidebarSendProgress';
const MAILING = ['sidebarSend', 'sidebarSendTest'];

const COMMON_HEADERS = {
  'cache-control': 'no-store',
  'x-content-type-options': 'nosniff',
  'referrer-policy': 'no-referrer',
  'x-frame-options': 'DENY',
};

function sendJson(res: ServerResponse, status: number, value: unknown): void {
  res.writeHead(status, { ...COMMON_HEADERS, 'content-type': 'application/json; charset=utf-8' }).end(JSON.stringify(value));
}

function refuse(res: ServerResponse, r: Refused): void {
  sendJson(res, r.status, { message: r.message });
}

function readBody(req: IncomingMessage): Promise<string | null> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    req.on('data', (c: Buffer) => {
      size += c.length;
      if (size > MAX_BODY) resolve(null);
      else chunks.push(c);
    });
    req.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
    req.on('error', reject);
  });
}

export async function startWorkbench(options: WorkbenchOptions): Promise<Workbench> {
  const token = newToken();
  const inFlight = new Set<Promise<unknown>>();
  let queue: Promise<unknown> = Promise.resolve();
  let stopping = false;
  let port = 0;

  const track = <T>(p: Promise<T>): Promise<T> => {
    inFlight.add(p);
    const done = () => inFlight.delete(p);
    p.then(done, done);
    return p;
  };
  // One lane opens the workbook (one call at a time); the other reads without the lock.
  const lanes = { workbook: new CallLane(options.setup), reads: new CallLane(options.setup) };
  const worker = (request: CallRequest) => (request.kind === 'run' ? lanes.workbook : lanes.reads).run(request)
    .catch((e: unknown) => failureReply('failed', `操作没有完成：${e instanceof Error ? e.message : String(e)}`));
  /** One workbook-opening call at a time, in the order they came. */
  const queued = (request: CallRequest) => {
    // A call still waiting when Ctrl-C came is not started: the clerk asked to stop.
    const p = queue.then(async () => {
      if (stopping) return failureReply('refused', '工作台正在关闭，这项操作没有执行。');
      const answer = await worker(request);
      // A run that mailed leaves its mail thread behind (the session does not close it): a fresh
      // worker for the next call lets it go.
      if (request.kind === 'run' && MAILING.includes(request.fn)) await lanes.workbook.close();
      return answer;
    });
    queue = p;
    return p;
  };

  async function handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const refused = checkHost(req.headers.host, port) ?? checkOrigin(req.headers.origin, port);
    if (refused) return refuse(res, refused);
    const url = new URL(req.url ?? '/', `http://127.0.0.1:${port}`);
    if (req.method === 'GET' && url.pathname === '/') {
      const bad = checkToken(url.searchParams.get('token'), token);
      if (bad) return refuse(res, bad);
      const page = workbenchPage(options.sidebarHtml, { functions: options.functions, aidResultColumn: AID_LEDGER_COLUMNS.result });
      res.writeHead(200, { ...COMMON_HEADERS, 'content-type': 'text/html; charset=utf-8', 'content-security-policy': page.csp }).end(page.html);
      return;
    }
    const run = /^\/run\/([A-Za-z]+)$/.exec(url.pathname);
    if (req.method !== 'POST' || (!run && url.pathname !== '/api/header')) return sendJson(res, 404, { message: '没有这个功能' });
    const header = req.headers[TOKEN_HEADER];
    const bad = checkToken(Array.isArray(header) ? header[0] : header, token);
    if (bad) return refuse(res, bad);
    if (run && !options.functions.includes(run[1])) return sendJson(res, 404, { message: `没有这个功能：${run[1]}` });
    if (!/^application\/json\b/i.test(req.headers['content-type'] ?? '')) return sendJson(res, 415, { message: '请求应为 JSON' });
    const text = await readBody(req);
    let args: unknown;
    try {
      args = text === null ? null : JSON.parse(text);
    } catch {
      args = null;
    }
    if (!Array.isArray(args)) return sendJson(res, 400, { message: '参数应为 JSON 数组' });
    if (stopping) return sendJson(res, 503, { message: '工作台正在关闭' });
    const fn = run ? run[1] : null;
    const answer = fn === null ? worker({ kind: 'header' })
      : fn === PROGRESS ? worker({ kind: 'progress', campaignId: args[0] })
        : queued({ kind: 'run', fn, args });
    sendJson(res, 200, await track(answer));
  }

  const server = createServer((req, res) => {
    handle(req, res).catch((e: unknown) => {
      if (!res.headersSent) sendJson(res, 500, { message: `工作台出错：${e instanceof Error ? e.message : String(e)}` });
    });
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', (e: NodeJS.ErrnoException) => reject(e.code === 'EADDRINUSE' ? new Error(`端口 ${options.port} 已被占用，请换一个 --port 或不指定（自动选空闲端口）`) : e));
    server.listen(options.port ?? 0, '127.0.0.1', resolve);
  });
  port = (server.address() as AddressInfo).port;
  return {
    port,
    url: `http://127.0.0.1:${port}/?token=${token}`,
    async stop() {
      stopping = true;
      const closed = new Promise<void>((resolve) => server.close(() => resolve()));
      server.closeIdleConnections();
      // The answer of a call under way is still sent: its page shows how it ended.
      while (inFlight.size > 0) await Promise.allSettled([...inFlight]);
      server.closeAllConnections();
      await Promise.all([lanes.workbook.close(), lanes.reads.close()]);
      await closed;
    },
  };
}
