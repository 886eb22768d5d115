import * as fs from 'node:fs';
import * as vm from 'node:vm';
import { clockDate, clockOf } from './services/virtualClock';

export interface LoadedBundle {
  /** Calls a top-level function of the bundle by name (menu handler, trigger, API). */
  call<T = unknown>(fn: string, ...args: unknown[]): T;
  readonly context: vm.Context;
  /** Time spent evaluating the bundle (ms). */
  readonly loadMs: number;
}

const scripts = new Map<string, { mtimeMs: number; size: number; script: vm.Script }>();

function compiled(codePath: string): vm.Script {
  const st = fs.statSync(codePath);
  const hit = scripts.get(codePath);
  if (hit && hit.mtimeMs === st.mtimeMs && hit.size === st.size) return hit.script;
  const script = new vm.Script(fs.readFileSync(codePath, 'utf8'), { filename: codePath });
  scripts.set(codePath, { mtimeMs: st.mtimeMs, size: st.size, script });
  return script;
}

/** Errors from inside the context are of its own realm; re-throw them as host Errors. */
function hostError(e: unknown): Error {
  if (e instanceof Error) return e;
  if (e !== null && typeof e === 'object' && 'message' in e) {
    const src = e as { message: unknown; name?: unknown; stack?: unknown };
    const err = new Error(String(src.message));
    if (typeof src.name === 'string') err.name = src.name;
    if (typeof src.stack === 'string') err.stack = src.stack;
    return err;
  }
  return new Error(String(e));
}

/**
 * Runs dist/Code.js in a fresh node:vm context holding only what Apps Script's V8 runtime has:
 * the service globals, plus the host Date (so Dates the services return pass `instanceof Date`
 * inside) and console. No setTimeout, require or process: code using them fails here as there.
 * Services on a virtual clock make each call() one Apps Script execution: "now" is the clock's,
 * and a call that passes 6 minutes of Apps Script time throws Google's message, whatever the
 * bundle did with the error inside.
 */
export function loadBundle(codePath: string, globals: Record<string, unknown>, options: { console?: Pick<Console, 'log' | 'info' | 'warn' | 'error'> } = {}): LoadedBundle {
  const script = compiled(codePath);
  const clock = clockOf(globals);
  // A simulation collects the execution log (console.*) instead of printing it.
  const context = vm.createContext({ ...globals, Date: clock ? clockDate(clock) : Date, console: options.console ?? console });
  const t0 = performance.now();
  try {
    script.runInContext(context);
  } catch (e) {
    throw hostError(e);
  }
  const loadMs = performance.now() - t0;
  return {
    context,
    loadMs,
    call<T>(fn: string, ...args: unknown[]): T {
      const f = (context as Record<string, unknown>)[fn];
      if (typeof f !== 'function') throw new Error(`${codePath} 中没有顶层函数 ${fn}`);
      const execution = clock !== null && !clock.running;
      if (execution) clock.begin();
      let result: T;
      try {
        result = (f as (...a: unknown[]) => T)(...args);
      } catch (e) {
        const killed = execution ? clock.end().killed : null;
        throw killed ?? hostError(e);
      }
      const killed = execution ? clock.end().killed : null;
      if (killed) throw killed;
      return result;
    },
  };
}
