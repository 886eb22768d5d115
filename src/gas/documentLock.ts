/**
 * Runs `fn` under the document lock. A second clerk (or a continuation trigger) arriving while
 * the lock is held is refused at once instead of queueing behind a long run.
 */
export function withDocumentLock<T>(fn: () => T, lockService: GoogleAppsScript.Lock.LockService = LockService): { locked: true } | { locked: false; value: T } {
  const lock = lockService.getDocumentLock();
  if (!lock.tryLock(500)) return { locked: true };
  try {
    return { locked: false, value: fn() };
  } finally {
    lock.releaseLock();
  }
}

export const LOCKED_MESSAGE = '另一项操作（可能是其他干事或自动任务）正在修改本工作簿，请稍后再试。';
