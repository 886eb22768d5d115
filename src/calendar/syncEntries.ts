// The three ways a sync starts: the menu item (the clerk confirms in dialogs), the api call of
// the sidebar and the CLI (options decide), and the one-off trigger that resumes a sync stopped
// near the time limit (no UI in triggers).
import type { ActionResult } from '../kernel/contracts/actionResult';
import { resultText } from '../kernel/contracts/resultText';
import type { SyncData } from '../kernel/contracts/calendarData';
import type { Services } from '../kernel/services/services';
import { continueSync, SYNC_TITLE, syncCalendar } from './syncCalendar';

export interface SyncOptions {
  readonly dryRun?: boolean;
  readonly confirmDeletes?: boolean;
  readonly createCalendar?: boolean;
  /** From an earlier dry run: apply only that preview. */
  readonly planToken?: string;
  readonly budgetMs?: number;
}

export function menuSyncCalendar(services: Services): void {
  const result = syncCalendar({ kind: 'menu' }, services);
  services.ui.alert(SYNC_TITLE, resultText(result, 20));
}

export function continueSyncCalendar(services: Services): void {
  const result = continueSync(services);
  if (result) console.log(`${SYNC_TITLE}（自动继续）：${result.message}`);
}

/** dryRun previews (data.planToken names the preview); planToken applies only that preview. */
export function apiSyncCalendar(options: SyncOptions | undefined, services: Services): ActionResult<SyncData> {
  const o = options ?? {};
  return syncCalendar({ kind: 'api', dryRun: !!o.dryRun, confirmDeletes: !!o.confirmDeletes, createCalendar: !!o.createCalendar, planToken: o.planToken }, services, o.budgetMs);
}
