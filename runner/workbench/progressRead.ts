// sidebarSendProgress without the workbook lock: the send holds the lock for minutes and
// publishes its progress in a document property, which the state file (written after every
// change, see runner/stateFile.ts) carries. The sidebar's contract says a poll may read it
// while the send runs; so here the bundle reads a private copy of the state file, with an empty
// workbook and an in-memory lock, and nothing it does can be written anywhere.
import { resolve } from 'node:path';
import { loadBundle } from '../loadBundle';
import { bundlePath } from '../offlineSession';
import { createOfflineServices } from '../services';
import { readState, StateStore } from '../stateFile';
import { MemoryWorkbook } from '../workbook';

/** The state file openSession gives the workbook's run (WORKBOOK.state.json beside it). */
function statePathOf(workbookPath: string): string {
  return `${resolve(workbookPath).replace(/\.xlsx$/i, '')}.state.json`;
}

export function readProgressWithoutLock(workbookPath: string, campaignId: unknown): unknown {
  const store = new StateStore(null, readState(statePathOf(workbookPath)));
  const services = createOfflineServices({ workbook: MemoryWorkbook.create(), store, lockPath: null });
  try {
    return loadBundle(bundlePath(), services.globals).call('sidebarSendProgress', campaignId);
  } finally {
    services.end();
  }
}
