import type { Dialogs } from '../kernel/services/services';

/**
 * Runs a menu action; an unexpected error reaches the clerk as one Chinese sentence, never a
 * stack trace (the trace goes to the execution log for whoever maintains the script).
 */
export function guarded<T>(title: string, fn: () => T, dialogs: () => Dialogs): T | undefined {
  try {
    return fn();
  } catch (e) {
    const message = e && typeof e === 'object' && 'message' in e ? String((e as Error).message) : String(e);
    console.error(e);
    dialogs().alert(title, `操作未完成：${message}\n\n工作簿中已完成的部分可以安全地再次运行。`);
    return undefined;
  }
}
