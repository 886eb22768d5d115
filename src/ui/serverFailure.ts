// How the sidebar turns what google.script.run hands back into something a clerk can read.
// Expected refusals arrive as { ok: false, error } replies; this is for everything else: an
// exception the server did not catch, Apps Script's own English errors, a lost connection, or
// a reply that is not a reply at all. The clerk always gets a Chinese sentence, never a blank
// sidebar or a stack trace.
import type { SidebarError, SidebarReply } from '../kernel/contracts/sidebarContract';

interface KnownFailure {
  readonly pattern: RegExp;
  readonly message: string;
}

/**
 * google.script.run fails this way for a clerk signed in to several Google accounts in one
 * browser: the sidebar runs as one account, the server call as another (Google's issue 69270374;
 * e.g. enuchi/React-Google-Apps-Script#46: "ScriptError: We're sorry, a server error occurred
 * while reading from storage. Error code PERMISSION_DENIED."). Re-authorising does not help; a
 * window signed in to one account does. Matched on the error code, which Google does not
 * translate, so a zh-CN clerk's localised message is recognised too.
 */
const MULTI_ACCOUNT: KnownFailure = {
  pattern: /PERMISSION_DENIED/,
  message: '您的浏览器同时登录了多个 Google 账号，Google 因此拒绝了侧边栏的请求（PERMISSION_DENIED），重新授权不能解决。'
    + '请在只登录一个 Google 账号的窗口中打开本表格：例如打开浏览器的无痕/隐身窗口，只登录能编辑本表格的账号，再从菜单“工会助手”打开工作面板。',
};

// Apps Script's own (English) messages, as google.script.run's failure handler receives them.
const KNOWN_FAILURES: readonly KnownFailure[] = [
  {
    // Also what several signed-in accounts can cause (issue 69270374), so both remedies are named.
    pattern: /authori[sz]ation is required|do not have permission/i,
    message: '需要重新授权，或您没有权限执行此操作：请关闭侧边栏，从菜单“工会助手”重新打开，并按提示授权。'
      + '如果已经授权仍然出现，多半是浏览器同时登录了多个 Google 账号：请在只登录一个账号的无痕/隐身窗口中打开本表格。',
  },
  {
    pattern: /NetworkError|Connection failure|HTTP 0|Failed to fetch/i,
    message: '与服务器的连接中断了，请检查网络后重试。已经完成的部分不会重复执行。',
  },
  {
    // "Lock timeout: another process was holding the lock for too long." (Lock.waitLock)
    pattern: /lock timeout|could not obtain lock|holding the lock/i,
    message: '另一项操作正在运行，请等它结束后再试。',
  },
  {
    pattern: /Exceeded maximum execution time|timed out|timeout/i,
    message: '操作运行时间过长被 Google 中止。已完成的部分已保存，重新运行即可继续。',
  },
  {
    // The lock service's own rate limit reads "There are too many … operations against the same script."
    pattern: /too many times|Too many simultaneous|too many \w+ operations|Service invoked too many|rate limit|quota/i,
    message: '超出了 Google 的调用配额或频率限制，请稍后再试。',
  },
];

const CJK = /[\u3400-\u9fff]/;

function rawMessage(e: unknown): string {
  if (typeof e === 'string') return e;
  if (e && typeof e === 'object' && 'message' in e) return String((e as { message: unknown }).message ?? '');
  return '';
}

/** An exception or failure from google.script.run, as a readable Chinese error. */
export function describeFailure(e: unknown): SidebarError {
  const raw = rawMessage(e).replace(/^(Exception|Error|ScriptError|TypeError):\s*/i, '').trim();
  if (!raw) return failed('服务器没有给出原因就失败了，请稍后重试。');
  if (MULTI_ACCOUNT.pattern.test(raw)) return failed(MULTI_ACCOUNT.message);
  // A Chinese message is one of ours (thrown deliberately): show it as it is.
  if (CJK.test(raw)) return failed(raw);
  const known = KNOWN_FAILURES.find((k) => k.pattern.test(raw));
  if (known) return failed(known.message);
  return failed(`服务器出错，操作没有完成（${raw}）。请稍后重试；如果一再出现，请把这句话告诉维护人员。`);
}

function failed(message: string): SidebarError {
  return { kind: 'failed', message, problems: [] };
}

/** Checks the envelope of a successful google.script.run return value. */
export function readReply<T>(raw: unknown): SidebarReply<T> {
  if (raw && typeof raw === 'object' && 'ok' in raw) {
    const r = raw as { ok: unknown; data?: unknown; error?: unknown };
    if (r.ok === true && r.data !== undefined && r.data !== null) return { ok: true, data: r.data as T };
    if (r.ok === false && r.error && typeof r.error === 'object') {
      const err = r.error as Partial<SidebarError>;
      const message = typeof err.message === 'string' && err.message.trim() ? err.message : '操作没有完成，服务器没有说明原因。';
      return { ok: false, error: { kind: err.kind ?? 'failed', message, problems: Array.isArray(err.problems) ? err.problems : [] } };
    }
  }
  return { ok: false, error: failed('服务器返回了无法识别的结果，请刷新侧边栏后重试。') };
}
