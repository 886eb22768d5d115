// Building the replies of the sidebar's server functions (src/main.ts): a success, or a
// refusal the sidebar shows as Chinese, never an exception crossing google.script.run.
import type { ActionResult } from './actionResult';
import { problemView } from './problemView';
import type { ProblemView, SidebarError, SidebarErrorKind, SidebarReply } from './sidebarContract';

export function ok<T>(data: T): SidebarReply<T> {
  return { ok: true, data };
}

export function refusal<T = never>(kind: SidebarErrorKind, message: string, problems: readonly ProblemView[] = []): SidebarReply<T> {
  return { ok: false, error: { kind, message, problems: [...problems] } };
}

const KIND_OF_STATUS: Readonly<Record<Exclude<ActionResult['status'], 'done'>, SidebarErrorKind>> = {
  problems: 'problems',
  locked: 'locked',
  refused: 'refused',
  // The sidebar has no dialogs to cancel; an action that stopped on its own says why.
  cancelled: 'refused',
};

/** An action's result as a reply, its data mapped to the view by `view`. */
export function fromActionResult<T, V>(result: ActionResult<T>, view: (data: T, result: ActionResult<T>) => V): SidebarReply<V> {
  if (result.status === 'done' && result.data !== undefined) return ok(view(result.data, result));
  return actionRefusal(result);
}

/** Why an action gave no data, as a refusal. */
export function actionRefusal<V = never>(result: ActionResult): SidebarReply<V> {
  if (result.status === 'done') return refusal('failed', result.message || '操作没有返回结果。');
  // What stopped the action, so each is shown as blocking, warnings among them too.
  return refusal(KIND_OF_STATUS[result.status], result.message, result.problems.map((p) => ({ ...problemView(p), blocking: true })));
}

/**
 * Runs a server function for the sidebar. An unexpected exception becomes a 'failed' reply
 * with a Chinese sentence (the trace goes to the execution log), so the sidebar never has to
 * make sense of a raw Apps Script error.
 */
export function sidebarCall<T>(fn: () => SidebarReply<T>, log: (e: unknown) => void = (e) => console.error(e)): SidebarReply<T> {
  try {
    return fn();
  } catch (e) {
    log(e);
    const message = e && typeof e === 'object' && 'message' in e ? String((e as Error).message) : String(e);
    return { ok: false, error: unexpected(message) };
  }
}

function unexpected(message: string): SidebarError {
  const reason = message.trim() || '未知原因';
  return { kind: 'failed', message: `操作没有完成：${reason}。工作簿中已完成的部分可以安全地再次运行。`, problems: [] };
}
