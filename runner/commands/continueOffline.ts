import type { ActionResult } from '../../src/kernel/contracts/actionResult';
import type { OfflineSession } from '../offlineSession';
import { printResult } from './printResult';

/**
 * A send by hand that paused near Apps Script's time limit: offline there are no 6 minutes to
 * wait out, so its continuation runs at once, the workbook saved between the batches.
 */
export async function continuedOffline<R extends ActionResult<{ stoppedBy?: string }>>(session: OfflineSession, first: R, continuation: string, print: (line: string) => void): Promise<R> {
  let result = first;
  while (result.status === 'done' && result.data?.stoppedBy === 'time') {
    printResult(result, print);
    await session.save();
    result = session.call<R>(continuation);
  }
  return result;
}
