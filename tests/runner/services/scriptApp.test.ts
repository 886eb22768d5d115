import { MemoryWorkbook } from '../../../runner/workbook';
import { createOfflineServices } from '../../../runner/services';
import { dueTriggers, markRun, MAX_TRIGGERS } from '../../../runner/services/scriptApp';
import { StateStore } from '../../../runner/stateFile';

let now = Date.parse('2023-06-01T02:00:00Z');
function run(store: StateStore, user = 'clerk@example.edu.cn') {
  const s = createOfflineServices({ workbook: MemoryWorkbook.create(), store, user, now: () => now });
  return s.globals.ScriptApp as GoogleAppsScript.Script.ScriptApp;
}

test('a continuation trigger and an hourly trigger persist and come due', () => {
  const store = new StateStore(null);
  const S = run(store);
  const once = S.newTrigger('continueSending').timeBased().after(60_000).create();
  S.newTrigger('runDue').timeBased().everyHours(1).create();
  expect(once.getHandlerFunction()).toBe('continueSending');
  expect(String(once.getEventType())).toBe('CLOCK');
  expect(once.getEventType()).toBe(S.EventType.CLOCK);
  expect(run(store).getProjectTriggers().map((t) => t.getHandlerFunction())).toEqual(['continueSending', 'runDue']);
  expect(dueTriggers(store, now + 30_000)).toEqual([]);
  expect(dueTriggers(store, now + 60_000).map((t) => t.handler)).toEqual(['continueSending']);
  const due = dueTriggers(store, now + 3_600_000);
  expect(due.map((t) => t.handler)).toEqual(['continueSending', 'runDue']);
  for (const t of due) markRun(store, t.id, now + 3_600_000);
  expect(dueTriggers(store, now + 3_600_000)).toEqual([]);
  expect(dueTriggers(store, now + 7_200_000).map((t) => t.handler)).toEqual(['runDue']);
  // A fired one-off trigger stays listed until deleted, as on Google.
  expect(run(store).getProjectTriggers()).toHaveLength(2);
});

test('deleteTrigger removes it; at most 20 triggers per user', () => {
  const store = new StateStore(null);
  const S = run(store);
  for (let i = 0; i < MAX_TRIGGERS; i++) S.newTrigger('f').timeBased().after(1000).create();
  expect(() => S.newTrigger('f').timeBased().after(1000).create()).toThrow('This script has too many triggers.');
  for (const t of S.getProjectTriggers()) S.deleteTrigger(t);
  expect(S.getProjectTriggers()).toHaveLength(0);
  expect(() => S.newTrigger('f').timeBased().everyHours(3)).toThrow(/everyHours must be 1, 2, 4, 6, 8 or 12/);
  expect(() => S.newTrigger('f').timeBased().create()).toThrow(/no schedule/);
});

test('Session and Logger', () => {
  const s = createOfflineServices({ workbook: MemoryWorkbook.create(), user: 'clerk@example.edu.cn', scriptTimeZone: 'Asia/Shanghai' });
  const session = s.globals.Session as GoogleAppsScript.Base.Session;
  expect(session.getActiveUser().getEmail()).toBe('clerk@example.edu.cn');
  expect(session.getEffectiveUser().getEmail()).toBe('clerk@example.edu.cn');
  expect(session.getScriptTimeZone()).toBe('Asia/Shanghai');
  expect(session.getTemporaryActiveUserKey()).toHaveLength(43);
  const anon = createOfflineServices({ workbook: MemoryWorkbook.create() }).globals.Session as GoogleAppsScript.Base.Session;
  expect(anon.getActiveUser().getEmail()).toBe('');
  (s.globals.Logger as GoogleAppsScript.Base.Logger).log('已发送 %s 封', 12);
  expect(s.logLines).toEqual(['已发送 12 封']);
  expect(s.log.count('session')).toBe(6);
});
