/**
 * A one-off time-driven trigger that resumes a long job. At most one per handler: a bound script
 * may hold only 20 triggers per user, and an old leftover would run the job twice.
 */
export function scheduleContinuation(handler: string, afterMs: number, scriptApp: GoogleAppsScript.Script.ScriptApp = ScriptApp): void {
  cancelContinuation(handler, scriptApp);
  scriptApp.newTrigger(handler).timeBased().after(afterMs).create();
}

export function cancelContinuation(handler: string, scriptApp: GoogleAppsScript.Script.ScriptApp = ScriptApp): void {
  for (const t of scriptApp.getProjectTriggers()) {
    if (t.getHandlerFunction() === handler && t.getEventType() === scriptApp.EventType.CLOCK) {
      // The hourly auto-send trigger is also CLOCK; continuations are distinguished by handler name.
      scriptApp.deleteTrigger(t);
    }
  }
}
