// Time-driven triggers over ScriptApp: one-off continuations of long jobs, their hourly backups,
// and the hourly automatic sending.
import type { Triggers } from '../kernel/services/services';

/**
 * A continuation's backup fires every hour until the job books its next run or ends. Google
 * refuses to start any trigger once the owner's daily trigger runtime is used up ("Service using
 * too much computer time for one day"), and a refused one-off trigger is spent; the quota comes
 * back 24 hours after its first use (developers.google.com/apps-script/guides/services/quotas),
 * not at a fixed hour, so a one-off backup "tomorrow morning" could be refused as well. A
 * recurring trigger is never spent: it resumes the job within an hour of the quota's return.
 */
const BACKUP_EVERY_HOURS = 1;
/** When the booked continuation is due: a backup firing before that leaves the job alone. */
const dueKey = (handler: string) => `UnionDesk.continuationDue:${handler}`;
/** Time-driven triggers fire only roughly on time; one a little early is still the booked one. */
const EARLY_MS = 15 * 60_000;

export function liveTriggers(
  scriptApp: GoogleAppsScript.Script.ScriptApp = ScriptApp,
  properties: () => GoogleAppsScript.Properties.Properties = () => PropertiesService.getDocumentProperties(),
): Triggers {
  const cancelContinuation = (handler: string) => {
    for (const t of scriptApp.getProjectTriggers()) {
      if (t.getHandlerFunction() === handler && t.getEventType() === scriptApp.EventType.CLOCK) {
        // The hourly auto-send trigger is also CLOCK; continuations are distinguished by handler name.
        scriptApp.deleteTrigger(t);
      }
    }
    properties().deleteProperty(dueKey(handler));
  };
  const hasHourly = (handler: string) => scriptApp.getProjectTriggers().some((t) => t.getHandlerFunction() === handler);
  return {
    // At most a continuation and its backup per handler: a bound script may hold only 20
    // triggers per user, and an old leftover would run the job twice. Both belong to whoever
    // booked them, the user the job runs as.
    scheduleContinuation: (handler, afterMs) => {
      cancelContinuation(handler);
      scriptApp.newTrigger(handler).timeBased().after(afterMs).create();
      scriptApp.newTrigger(handler).timeBased().everyHours(BACKUP_EVERY_HOURS).create();
      properties().setProperty(dueKey(handler), String(Date.now() + afterMs));
    },
    cancelContinuation,
    continuationDue: (handler) => {
      const due = Number(properties().getProperty(dueKey(handler)));
      return !(due > 0) || Date.now() >= due - EARLY_MS;
    },
    hasHourly,
    installHourly: (handler) => {
      if (hasHourly(handler)) return false;
      scriptApp.newTrigger(handler).timeBased().everyHours(1).create();
      return true;
    },
    remove: (handler) => {
      let removed = 0;
      for (const t of scriptApp.getProjectTriggers()) {
        if (t.getHandlerFunction() !== handler) continue;
        scriptApp.deleteTrigger(t);
        removed++;
      }
      if (removed) properties().deleteProperty(dueKey(handler));
      return removed;
    },
  };
}
