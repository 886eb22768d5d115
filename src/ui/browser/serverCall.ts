// The only way the sidebar reaches the server: google.script.run, wrapped in a promise that
// always resolves to a SidebarReply (a failure becomes a readable Chinese error, never a throw).
import { describeFailure, readReply } from '../serverFailure';
import type { SidebarArgs, SidebarData, SidebarFunction, SidebarReply } from '../../kernel/contracts/sidebarContract';

/** The part of HtmlService's client API the sidebar uses. */
interface ScriptRun {
  withSuccessHandler(handler: (value: unknown) => void): ScriptRun;
  withFailureHandler(handler: (error: unknown) => void): ScriptRun;
  [serverFunction: string]: unknown;
}

declare global {
  interface Window {
    google?: { script?: { run?: ScriptRun } };
  }
}

export function callServer<F extends SidebarFunction>(fn: F, args: SidebarArgs<F>): Promise<SidebarReply<SidebarData<F>>> {
  return new Promise((resolve) => {
    const run = window.google?.script?.run;
    if (!run) {
      resolve({ ok: false, error: describeFailure('侧边栏没有在 Google 表格中打开，无法连接服务器。') });
      return;
    }
    const runner = run
      .withSuccessHandler((value) => resolve(readReply<SidebarData<F>>(value)))
      .withFailureHandler((error) => resolve({ ok: false, error: describeFailure(error) }));
    const call = runner[fn];
    if (typeof call !== 'function') {
      resolve({ ok: false, error: describeFailure(`服务器没有提供 ${fn} 功能，请确认脚本已更新到最新版本。`) });
      return;
    }
    try {
      (call as (...a: unknown[]) => void).apply(runner, args as unknown as unknown[]);
    } catch (e) {
      resolve({ ok: false, error: describeFailure(e) });
    }
  });
}
