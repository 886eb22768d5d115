import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { MemoryWorkbook } from '../../../runner/workbook';
import { createOfflineServices } from '../../../runner/services';
import { SharedMemoryLock } from '../../../runner/services/lock';
import { runChild } from '../childScript';

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'ud-lock-'));
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

function run(opts: { lockPath?: string; memoryLock?: SharedMemoryLock }) {
  const s = createOfflineServices({ workbook: MemoryWorkbook.create(), ...opts });
  return { s, L: s.globals.LockService as GoogleAppsScript.Lock.LockService };
}

test('in memory: a second run is refused while the first holds the document lock', () => {
  const shared = new SharedMemoryLock();
  const a = run({ memoryLock: shared });
  const b = run({ memoryLock: shared });
  const lockA = a.L.getDocumentLock();
  expect(lockA.tryLock(1000)).toBe(true);
  expect(lockA.hasLock()).toBe(true);
  const lockB = b.L.getDocumentLock();
  expect(lockB.tryLock(1000)).toBe(false);
  expect(lockB.hasLock()).toBe(false);
  expect(() => lockB.waitLock(10)).toThrow('Lock timeout: another process was holding the lock for too long.');
  // The script lock is a different lock.
  expect(b.L.getScriptLock().tryLock(0)).toBe(true);
  lockA.releaseLock();
  expect(lockB.tryLock(0)).toBe(true);
});

test('the end of an execution releases its locks, even after a crash', () => {
  const shared = new SharedMemoryLock();
  const a = run({ memoryLock: shared });
  a.L.getDocumentLock().tryLock(0);
  expect(shared.isHeld()).toBe(true);
  a.s.end();
  expect(shared.isHeld()).toBe(false);
});

test('lock file: created exclusively, refused to a second holder, removed on release', () => {
  const lockPath = path.join(dir, 'x.xlsx.lock');
  const a = run({ lockPath });
  const b = run({ lockPath });
  const la = a.L.getDocumentLock();
  expect(la.tryLock(0)).toBe(true);
  expect(JSON.parse(fs.readFileSync(lockPath, 'utf8')).pid).toBe(process.pid);
  const t0 = Date.now();
  expect(b.L.getDocumentLock().tryLock(250)).toBe(false);
  expect(Date.now() - t0).toBeGreaterThanOrEqual(200);
  la.releaseLock();
  expect(fs.existsSync(lockPath)).toBe(false);
  expect(b.L.getDocumentLock().tryLock(0)).toBe(true);
  b.s.end();
  expect(fs.existsSync(lockPath)).toBe(false);
});

test('a stale lock file (its process is gone) is taken over', () => {
  const lockPath = path.join(dir, 'stale.xlsx.lock');
  const child = spawnSync(process.execPath, ['-e', 'process.stdout.write(String(process.pid))']);
  const deadPid = Number(child.stdout.toString());
  fs.writeFileSync(lockPath, JSON.stringify({ pid: deadPid, host: os.hostname(), execution: 'old', time: '2023-01-01T00:00:00Z' }));
  const a = run({ lockPath });
  expect(a.L.getDocumentLock().tryLock(0)).toBe(true);
  expect(JSON.parse(fs.readFileSync(lockPath, 'utf8')).pid).toBe(process.pid);
  a.s.end();
});

test('a lock held by a live process is respected', () => {
  const lockPath = path.join(dir, 'live.xlsx.lock');
  fs.writeFileSync(lockPath, JSON.stringify({ pid: process.ppid, host: os.hostname(), execution: 'other', time: new Date().toISOString() }));
  expect(run({ lockPath }).L.getDocumentLock().tryLock(0)).toBe(false);
  fs.unlinkSync(lockPath);
});

test('the lock file is removed when the holding process exits without releasing', () => {
  const lockPath = path.join(dir, 'exit.xlsx.lock');
  const out = runChild(`
    import { MemoryWorkbook } from './runner/workbook';
    import { createOfflineServices } from './runner/services';
    const s = createOfflineServices({ workbook: MemoryWorkbook.create(), lockPath: process.env.LOCK_PATH });
    const ok = (s.globals.LockService as GoogleAppsScript.Lock.LockService).getDocumentLock().tryLock(0);
    const fs = require('node:fs');
    console.log(JSON.stringify({ ok, exists: fs.existsSync(process.env.LOCK_PATH) }));
  `, { LOCK_PATH: lockPath });
  expect(JSON.parse(out)).toEqual({ ok: true, exists: true });
  expect(fs.existsSync(lockPath)).toBe(false);
});
