import type { Problem } from '../problem';

/** What every action returns: to the menu handler (shown), the sidebar and the offline CLI (exit code). */
export interface ActionResult<T = unknown> {
  /** done: finished; cancelled: the clerk said no; problems: the data needs fixing; locked: another run holds the lock; refused: not allowed. */
  readonly status: 'done' | 'cancelled' | 'problems' | 'locked' | 'refused';
  /** One Chinese paragraph for the clerk. */
  readonly message: string;
  /** Located problems; formatted (`sheet!row column: reason`) only where a clerk reads them. */
  readonly problems: readonly Problem[];
  readonly data?: T;
}
