// Time-driven triggers over ScriptApp: one-off continuations of long jobs and the hourly
// automatic sending.
import type { Triggers } from '../kernel/services/services';

export function liveTriggers(scriptApp: GoogleAppsScript.Script.ScriptApp = ScriptApp): Triggers {
  const cancelContinuation = (handler: string) => {
    for (const t of scriptApp.getProjectTriggers()) {
      if (t.getHandlerFunction() === handler && t.getEventType() === scriptApp.EventType.CLOCK) {
        // The hourly auto-send trigger is also CLOCK; continuations are distinguished by handler name.
        scriptApp.deleteTrigger(t);
      }
    }
  };
  const hasHourly = (handler: string) => scriptApp.getProjectTriggers().some((t) => t.getHandlerFunction() === handler);
  return {
    // At most one per handler: a bound script may hold only 20 triggers per user, and an old
    // leftover would run the job twice.
    scheduleContinuation: (handler, afterMs) => {
      cancelContinuation(handler);
      scriptApp.newTrigger(handler).timeBased().after(afterMs).create();
    },
    cancelContinuation,
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
      return removed;
    },
  };
}
