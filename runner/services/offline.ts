import type { CallLog } from './callLog';

// Properties that libraries (jest, Promise resolution, JSON, React-ish inspectors) probe on any
// object; answering them with a throwing function would break the probe, not the bundle.
const PROBES = new Set(['then', 'toJSON', 'asymmetricMatch', 'nodeType', '$$typeof', 'constructor', 'inspect']);

const UNWRAP = Symbol('offline.unwrap');

/**
 * Wraps an implementation of an Apps Script class: every method call is recorded in the log as
 * `${typeName}.${method}`, and a method the implementation lacks throws a clear error instead of
 * "undefined is not a function" — so code that passes offline never silently relies on an
 * unimplemented call. Methods returning the implementation itself (chaining) return the proxy.
 */
export function offline<T>(impl: object, group: string, typeName: string, log: CallLog): T {
  const proxy: object = new Proxy(impl, {
    get(target, prop, receiver) {
      if (prop === UNWRAP) return target;
      if (typeof prop === 'symbol') return Reflect.get(target, prop, receiver);
      const value = Reflect.get(target, prop, target);
      if (value === undefined && !(prop in target)) {
        if (PROBES.has(prop)) return undefined;
        return () => {
          throw new Error(`${typeName}.${prop} 离线运行器不支持 (not supported offline)`);
        };
      }
      if (typeof value !== 'function' || prop === 'toString' || prop === 'valueOf') return value;
      return function (this: unknown, ...args: unknown[]) {
        const name = `${typeName}.${prop}`;
        log.record(group, name);
        const result = (value as (...a: unknown[]) => unknown).apply(target, args);
        log.settle(group, name, args, result);
        return result === target ? proxy : result;
      };
    },
  });
  return proxy as T;
}

/** The implementation behind an offline() proxy (the object itself when it is not one). */
export function unwrap<T extends object>(obj: unknown): T | undefined {
  if (obj === null || (typeof obj !== 'object' && typeof obj !== 'function')) return undefined;
  return ((obj as Record<symbol, unknown>)[UNWRAP] as T | undefined) ?? (obj as T);
}
