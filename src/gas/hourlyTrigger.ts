/** The recurring clock trigger of `handler` (automatic sending): installed at most once. */
export function hasHourlyTrigger(handler: string, scriptApp: GoogleAppsScript.Script.ScriptApp = ScriptApp): boolean {
  return scriptApp.getProjectTriggers().some((t) => t.getHandlerFunction() === handler);
}

/** Installs it unless present; true when a trigger was created. */
export function installHourlyTrigger(handler: string, scriptApp: GoogleAppsScript.Script.ScriptApp = ScriptApp): boolean {
  if (hasHourlyTrigger(handler, scriptApp)) return false;
  scriptApp.newTrigger(handler).timeBased().everyHours(1).create();
  return true;
}

/** Removes every trigger of `handler`; the number removed. */
export function removeTriggers(handler: string, scriptApp: GoogleAppsScript.Script.ScriptApp = ScriptApp): number {
  let removed = 0;
  for (const t of scriptApp.getProjectTriggers()) {
    if (t.getHandlerFunction() !== handler) continue;
    scriptApp.deleteTrigger(t);
    removed++;
  }
  return removed;
}
