import * as fs from 'node:fs';
import * as os from 'node:os';
import { randomUUID } from 'node:crypto';
import type { CallLog } from './callLog';
import { offline } from './offline';

const G = 'lock';
type Scope = 'document' | 'script' | 'user';

const TIMEOUT_MESSAGE = 'Lock timeout: another process was holding the lock for too long.';

/** A lock shared by several service sets in one process (tests: a second run is refused). */
export class SharedMemoryLock {
  readonly holders = new Map<string, string>();
  isHeld(key = 'document'): boolean {
    return this.holders.has(key);
  }
}

/** The mechanism behind Lock objects: try once to acquire, release. */
interface LockBackend {
  tryAcquire(key: string, execution: string): boolean;
  release(key: string, execution: string): void;
  /** Whether waiting can help (another process may release meanwhile). */
  readonly canWait: boolean;
}

class MemoryBackend implements LockBackend {
  readonly canWait = false;
  constructor(private readonly shared: SharedMemoryLock) {}
  tryAcquire(key: string, execution: string): boolean {
    const h = this.shared.holders.get(key);
    if (h !== undefined && h !== execution) return false;
    this.shared.holders.set(key, execution);
    return true;
  }
  release(key: string, execution: string): void {
    if (this.shared.holders.get(key) === execution) this.shared.holders.delete(key);
  }
}

// Lock files this process holds, removed when it exits however it exits.
const heldFiles = new Map<string, string>();
let exitHookInstalled = false;
function installExitHook(): void {
  if (exitHookInstalled) return;
  exitHookInstalled = true;
  process.on('exit', () => {
    for (const [file, execution] of heldFiles) {
      try {
        if (readHolder(file)?.execution === execution) fs.unlinkSync(file);
      } catch { /* already gone */ }
    }
  });
}

/** What a lock file records about the run holding it. */
export interface Holder {
  pid: number;
  host: string;
  execution: string;
  time: string;
  /** The clerk (--as / UNIONDESK_USER), '' when unknown. */
  user?: string;
}

// Lock files a whole CLI run holds (taken before the workbook is read): the bundle's own
// LockService calls inside the run re-enter them, and its releaseLock() must not let another
// process in before the run has saved.
const pinnedFiles = new Set<string>();

export function readHolder(file: string): Holder | null {
  try {
    return JSON.parse(fs.readFileSync(file, 'utf8')) as Holder;
  } catch {
    return null;
  }
}

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (e) {
    return (e as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/** A lock file per scope beside the workbook, created with O_EXCL; stale files are taken over. */
class FileBackend implements LockBackend {
  readonly canWait = true;
  constructor(private readonly documentLockPath: string, private readonly user = '') {}

  fileFor(key: string): string {
    if (key === 'document') return this.documentLockPath;
    const base = this.documentLockPath.replace(/\.lock$/, '');
    return `${base}.${key.replace(/[^\w.@-]/g, '_')}.lock`;
  }

  tryAcquire(key: string, execution: string): boolean {
    const file = this.fileFor(key);
    const me: Holder = { pid: process.pid, host: os.hostname(), execution, time: new Date().toISOString(), user: this.user };
    for (let attempt = 0; attempt < 2; attempt++) {
      try {
        fs.writeFileSync(file, JSON.stringify(me) + '\n', { flag: 'wx' });
        heldFiles.set(file, execution);
        installExitHook();
        return true;
      } catch (e) {
        if ((e as NodeJS.ErrnoException).code !== 'EEXIST') throw e;
      }
      const holder = readHolder(file);
      if (holder?.execution === execution) return true;
      // A holder on this host whose process is gone will never release: take the lock over.
      // An unreadable file is a half-written one, or junk; only a live writer could be mid-write,
      // so it is treated as held unless it is old.
      const stale = holder
        ? holder.host === os.hostname() && !alive(holder.pid)
        : Date.now() - safeMtime(file) > 10_000;
      if (!stale) return false;
      try {
        fs.unlinkSync(file);
      } catch { /* someone else took it over first */ }
    }
    return false;
  }

  release(key: string, execution: string): void {
    const file = this.fileFor(key);
    if (pinnedFiles.has(file) || readHolder(file)?.execution !== execution) return;
    try {
      fs.unlinkSync(file);
    } catch { /* already gone */ }
    heldFiles.delete(file);
  }
}

function safeMtime(file: string): number {
  try {
    return fs.statSync(file).mtimeMs;
  } catch {
    return Date.now();
  }
}

function sleep(ms: number): void {
  Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, ms);
}

class LockImpl {
  private held = false;
  constructor(private readonly key: string, private readonly svc: LockServiceImpl) {}
  private acquire(timeoutInMillis: number): boolean {
    if (typeof timeoutInMillis !== 'number' || !Number.isFinite(timeoutInMillis) || timeoutInMillis < 0) {
      throw new Error(`The parameters (${typeof timeoutInMillis}) don't match the method signature for LockService.Lock.tryLock.`);
    }
    const deadline = Date.now() + timeoutInMillis;
    for (;;) {
      if (this.svc.backend.tryAcquire(this.key, this.svc.execution)) {
        this.held = true;
        this.svc.holding.add(this.key);
        return true;
      }
      if (!this.svc.backend.canWait) {
        // Nothing can release an in-memory lock while this run waits: under the virtual clock
        // the wait still costs its full timeout, as on Google.
        this.svc.waited?.(timeoutInMillis);
        return false;
      }
      if (Date.now() >= deadline) return false;
      sleep(Math.min(100, Math.max(1, deadline - Date.now())));
    }
  }
  tryLock(timeoutInMillis: number): boolean {
    return this.acquire(timeoutInMillis);
  }
  waitLock(timeoutInMillis: number): void {
    if (!this.acquire(timeoutInMillis)) throw new Error(TIMEOUT_MESSAGE);
  }
  hasLock(): boolean {
    return this.held && this.svc.holding.has(this.key);
  }
  releaseLock(): void {
    if (!this.held) return;
    this.held = false;
    this.svc.release(this.key);
  }
}
interface LockImpl extends GoogleAppsScript.Lock.Lock {}

export class LockServiceImpl {
  readonly holding = new Set<string>();
  /** Told how long a refused tryLock/waitLock waited (the virtual clock advances by it). */
  waited?: (ms: number) => void;
  /** execution: one id per run of the bundle; a run re-acquiring its own lock succeeds. */
  constructor(readonly backend: LockBackend, private readonly user: string, private readonly log: CallLog, readonly execution: string = randomUUID()) {}
  private lock(scope: Scope): GoogleAppsScript.Lock.Lock {
    const key = scope === 'user' ? `user-${this.user || 'anonymous'}` : scope;
    return offline(new LockImpl(key, this), G, 'Lock', this.log);
  }
  getDocumentLock(): GoogleAppsScript.Lock.Lock { return this.lock('document'); }
  getScriptLock(): GoogleAppsScript.Lock.Lock { return this.lock('script'); }
  getUserLock(): GoogleAppsScript.Lock.Lock { return this.lock('user'); }
  release(key: string): void {
    this.holding.delete(key);
    this.backend.release(key, this.execution);
  }
  /** Apps Script releases every lock when an execution ends, even one that crashed. */
  releaseAll(): void {
    for (const key of [...this.holding]) this.release(key);
  }
}
export interface LockServiceImpl extends GoogleAppsScript.Lock.LockService {}

export interface CreatedLockService {
  service: GoogleAppsScript.Lock.LockService;
  impl: LockServiceImpl;
}

/**
 * LockService backed by a lock file beside the workbook (lockPath) or, for tests, by a shared
 * in-memory object. With neither, each service set has its own private lock.
 */
export function createLockService(opts: { lockPath?: string | null; memoryLock?: SharedMemoryLock; user: string; log: CallLog; execution?: string }): CreatedLockService {
  const backend: LockBackend = opts.lockPath ? new FileBackend(opts.lockPath, opts.user) : new MemoryBackend(opts.memoryLock ?? new SharedMemoryLock());
  const impl = new LockServiceImpl(backend, opts.user, opts.log, opts.execution);
  return { service: offline(impl, G, 'LockService', opts.log), impl };
}

/** The document lock file beside a workbook: x.xlsx → x.lock. */
export function lockPathFor(workbookPath: string): string {
  return `${workbookPath.replace(/\.xlsx$/i, '')}.lock`;
}

export type RunLock = { held: true; execution: string; release(): void } | { held: false; holder: Holder | null; file: string };

/**
 * Takes the document lock for a whole CLI run, before the workbook or its state is read, waiting
 * up to waitMs for a run that is just finishing. The bundle's LockService (same execution) then
 * re-enters it, and only release() lets the next run in.
 */
export function takeRunLock(lockPath: string, user: string, waitMs = 500): RunLock {
  const backend = new FileBackend(lockPath, user);
  const execution = randomUUID();
  const deadline = Date.now() + waitMs;
  while (!backend.tryAcquire('document', execution)) {
    if (Date.now() >= deadline) return { held: false, holder: readHolder(lockPath), file: lockPath };
    sleep(50);
  }
  pinnedFiles.add(lockPath);
  return {
    held: true,
    execution,
    release: () => {
      pinnedFiles.delete(lockPath);
      backend.release('document', execution);
    },
  };
}
