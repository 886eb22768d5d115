// Who may talk to the workbench: only a page this server handed out, on this computer. The
// server listens on 127.0.0.1, but any web page the clerk visits could still aim requests at
// it, or at a DNS name rebound to 127.0.0.1; so every request must name this server in Host,
// carry no foreign Origin, and (except the page itself, which has it in its URL) carry the
// per-start token in a header a foreign page cannot set without a CORS preflight we never allow.
import { randomBytes, timingSafeEqual } from 'node:crypto';

export const TOKEN_HEADER = 'x-uniondesk-token';

export function newToken(): string {
  return randomBytes(32).toString('base64url');
}

/** Constant-time: the time taken says nothing about how much of a guess was right. */
export function tokenMatches(given: string | undefined | null, token: string): boolean {
  if (typeof given !== 'string') return false;
  const a = Buffer.from(given, 'utf8');
  const b = Buffer.from(token, 'utf8');
  // timingSafeEqual needs equal lengths; comparing b with itself keeps the time the same.
  return timingSafeEqual(a.length === b.length ? a : b, b) && a.length === b.length;
}

export interface Refused {
  readonly status: 403 | 421;
  readonly message: string;
}

/** The Host header must be this server by its loopback address or localhost, with its port. */
export function checkHost(host: string | undefined, port: number): Refused | null {
  const allowed = [`127.0.0.1:${port}`, `localhost:${port}`];
  if (host !== undefined && allowed.includes(host.toLowerCase())) return null;
  return { status: 421, message: '请求的主机名不是本机工作台' };
}

/** A browser sends Origin on cross-site requests and on POSTs; when present it must be ours. */
export function checkOrigin(origin: string | undefined, port: number): Refused | null {
  if (origin === undefined) return null;
  const allowed = [`http://127.0.0.1:${port}`, `http://localhost:${port}`];
  if (allowed.includes(origin.toLowerCase())) return null;
  return { status: 403, message: '不接受来自其他网页的请求' };
}

export function checkToken(given: string | undefined | null, token: string): Refused | null {
  return tokenMatches(given, token) ? null : { status: 403, message: '缺少或错误的访问令牌：请使用启动时显示的完整地址打开' };
}
