import { createHash } from 'node:crypto';
import type { CallLog } from './callLog';
import { offline } from './offline';
import { offlineUser } from './protection';

const G = 'session';

class SessionImpl {
  constructor(private readonly user: string, private readonly timeZone: string, private readonly log: CallLog) {}
  /** '' when unknown: on Google a consumer account often cannot see another user's address. */
  getActiveUser(): GoogleAppsScript.Base.User { return offlineUser(this.user, this.log, G); }
  getEffectiveUser(): GoogleAppsScript.Base.User { return offlineUser(this.user, this.log, G); }
  getScriptTimeZone(): string { return this.timeZone; }
  getActiveUserLocale(): string { return 'zh_CN'; }
  getTemporaryActiveUserKey(): string {
    return createHash('sha256').update(`uniondesk-offline:${this.user}`).digest('base64').slice(0, 43);
  }
}
interface SessionImpl extends GoogleAppsScript.Base.Session {}

export function createSession(user: string, timeZone: string, log: CallLog): GoogleAppsScript.Base.Session {
  return offline(new SessionImpl(user, timeZone, log), G, 'Session', log);
}
