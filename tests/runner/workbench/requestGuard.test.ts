// The workbench's door checks, one by one: what a page on another site, a rebound DNS name or
// a guessed token gets.
import { checkHost, checkOrigin, checkToken, newToken, tokenMatches } from '../../../runner/workbench/requestGuard';

describe('the workbench’s request checks', () => {
  const token = newToken();

  it('makes a fresh 256-bit token per start, safe in a URL', () => {
    expect(token).toMatch(/^[A-Za-z0-9_-]{43}$/);
    expect(newToken()).not.toBe(token);
  });

  it('accepts only the exact token: not a prefix, not a longer string, not another case, not nothing', () => {
    expect(tokenMatches(token, token)).toBe(true);
    for (const guess of [token.slice(0, -1), `${token}A`, token.toUpperCase() === token ? token.toLowerCase() : token.toUpperCase(), '', undefined, null]) {
      expect(tokenMatches(guess, token)).toBe(false);
    }
    expect(checkToken(undefined, token)).toEqual({ status: 403, message: expect.stringContaining('访问令牌') });
    expect(checkToken(token, token)).toBeNull();
  });

  it('knows itself only as 127.0.0.1:PORT or localhost:PORT', () => {
    expect(checkHost('127.0.0.1:8123', 8123)).toBeNull();
    expect(checkHost('LOCALHOST:8123', 8123)).toBeNull();
    for (const host of ['127.0.0.1', '127.0.0.1:8124', 'evil.example:8123', '0.0.0.0:8123', '[::1]:8123', undefined]) {
      expect(checkHost(host, 8123)?.status).toBe(421);
    }
  });

  it('lets a request without Origin through (the page’s own GET) and refuses any other origin', () => {
    expect(checkOrigin(undefined, 8123)).toBeNull();
    expect(checkOrigin('http://127.0.0.1:8123', 8123)).toBeNull();
    expect(checkOrigin('http://localhost:8123', 8123)).toBeNull();
    for (const origin of ['null', 'http://127.0.0.1:8124', 'https://127.0.0.1:8123', 'http://evil.example']) {
      expect(checkOrigin(origin, 8123)?.status).toBe(403);
    }
  });
});
