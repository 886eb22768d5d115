// A stand-in for Apps Script's google.script.run inside a real browser page. The page gets an
// object with the same chaining API (withSuccessHandler / withFailureHandler / serverFunction);
// each call crosses to Node, where the test decides the answer: a recorded reply, a thrown
// error (the failure handler), or a call held open until the test releases it (a slow server).
import type { BrowserContext } from 'playwright-core';
import { SIDEBAR_FUNCTIONS, type SidebarFunction } from '../../src/kernel/contracts/sidebarContract';

export interface RecordedCall {
  readonly fn: SidebarFunction;
  readonly args: unknown[];
}

/** What a call answers: a value for the success handler, or a message for the failure handler. */
export type FakeAnswer = { readonly value: unknown } | { readonly thrown: string };
type Answerer = (args: unknown[]) => FakeAnswer;

interface Held {
  readonly fn: SidebarFunction;
  release(answer?: FakeAnswer): void;
}

export class FakeScriptRun {
  readonly calls: RecordedCall[] = [];
  private readonly answers = new Map<SidebarFunction, Answerer>();
  private readonly holds = new Set<SidebarFunction>();
  private readonly held: Held[] = [];
  private waiters: (() => void)[] = [];

  /** Every later call of fn answers this. */
  answer(fn: SidebarFunction, answer: FakeAnswer | Answerer): this {
    this.answers.set(fn, typeof answer === 'function' ? answer : () => answer);
    return this;
  }

  /** The next calls of fn wait until `released` (a slow server). */
  hold(fn: SidebarFunction): void {
    this.holds.add(fn);
  }

  /** Waits until a call of fn is being held, then answers it (with its answer or the one given). */
  async release(fn: SidebarFunction, answer?: FakeAnswer): Promise<void> {
    this.holds.delete(fn);
    await this.until(() => this.held.some((h) => h.fn === fn));
    const i = this.held.findIndex((h) => h.fn === fn);
    const [h] = this.held.splice(i, 1);
    h.release(answer);
  }

  callsOf(fn: SidebarFunction): RecordedCall[] {
    return this.calls.filter((c) => c.fn === fn);
  }

  /** Resolves once `fn` has been called `count` times (the page calls asynchronously). */
  async called(fn: SidebarFunction, count = 1): Promise<void> {
    await this.until(() => this.callsOf(fn).length >= count);
  }

  /** Gives every page of the context a google.script.run answered by `current()`. */
  static async install(context: BrowserContext, current: () => FakeScriptRun): Promise<void> {
    await context.exposeFunction('__fakeScriptRun', (fn: SidebarFunction, args: unknown[]) => current().handle(fn, args));
    await context.addInitScript(pageSide, [...SIDEBAR_FUNCTIONS]);
  }

  private handle(fn: SidebarFunction, args: unknown[]): Promise<FakeAnswer> {
    this.calls.push({ fn, args });
    const answer = (): FakeAnswer => {
      const a = this.answers.get(fn);
      return a ? a(args) : { thrown: `ReferenceError: ${fn} has no recorded answer in this test` };
    };
    const result = this.holds.has(fn)
      ? new Promise<FakeAnswer>((resolve) => this.held.push({ fn, release: (given) => resolve(given ?? answer()) }))
      : Promise.resolve(answer());
    this.notify();
    return result;
  }

  private notify(): void {
    const waiters = this.waiters;
    this.waiters = [];
    for (const w of waiters) w();
  }

  private async until(ready: () => boolean): Promise<void> {
    while (!ready()) await new Promise<void>((resolve) => this.waiters.push(resolve));
  }
}

/** Runs in the page before its own script: defines window.google.script.run. */
function pageSide(names: string[]): void {
  type Handler = ((value: unknown) => void) | null;
  const bridge = (window as unknown as { __fakeScriptRun(fn: string, args: unknown[]): Promise<{ value?: unknown; thrown?: string }> }).__fakeScriptRun;
  function runner(onSuccess: Handler, onFailure: Handler): Record<string, unknown> {
    const r: Record<string, unknown> = {
      withSuccessHandler: (f: Handler) => runner(f, onFailure),
      withFailureHandler: (f: Handler) => runner(onSuccess, f),
    };
    for (const name of names) {
      r[name] = (...args: unknown[]) => {
        // Like the real thing: arguments are serialised, and the call returns nothing.
        void bridge(name, JSON.parse(JSON.stringify(args))).then((answer) => {
          if (answer.thrown !== undefined) onFailure?.(new Error(answer.thrown));
          else onSuccess?.(answer.value);
        });
      };
    }
    return r;
  }
  (window as unknown as { google: unknown }).google = { script: { run: runner(null, null) } };
}
