// Apps Script's per-user quotas, shared by every execution of a simulated project, with Google's
// own messages. Source: developers.google.com/apps-script/guides/services/quotas — "Quotas are
// per user and reset 24 hours after the first request."
import type { VirtualClock } from './virtualClock';

export type Account = 'consumer' | 'workspace';

const DAY = 24 * 3_600_000;

export interface DailyQuota {
  readonly consumer: number;
  readonly workspace: number;
  /** The exception Apps Script throws once the quota is used up. */
  readonly message: string;
}

export const DAILY_QUOTAS = {
  /** "Calendar events created: 5,000 / day (consumer), 10,000 / day (Workspace)". */
  calendarEventsCreated: { consumer: 5_000, workspace: 10_000, message: 'Service invoked too many times for one day: calendar.' },
  /** "Email recipients per day: 100 / 1,500" (MailApp; each To, Cc and Bcc address counts). */
  emailRecipients: { consumer: 100, workspace: 1_500, message: 'Service invoked too many times for one day: email.' },
  /**
   * "Triggers total runtime: 90 min / day, 6 h / day". The message is what trigger failure mails
   * report (github.com/webdigi/GmailScheduler/issues/31, btoews/OctoGAS/issues/16).
   */
  triggerRuntimeMs: { consumer: 90 * 60_000, workspace: 6 * 3_600_000, message: 'Service using too much computer time for one day' },
} as const satisfies Record<string, DailyQuota>;

export type QuotaKind = keyof typeof DAILY_QUOTAS;

/**
 * Google Calendar's short-term limit on creating and deleting events, which Apps Script reports
 * with this message (exact text: github.com/davepar/gcalendarsync/issues/52, derekantrican/GAS-ICS-Sync/issues/46).
 * Google publishes no figures. Users report it after ~200 events in a row (gcalendarsync#20) and
 * lasting hours ("Calendar will go into read-only mode for that user … within several hours",
 * support.google.com/a/answer/2905486). Modelled as a token bucket (estimate): `burst` writes,
 * refilled one per `refillMs`; emptying it throttles every write for `penaltyMs`.
 */
export const CALENDAR_THROTTLE_MESSAGE = 'You have been creating or deleting too many calendars or calendar events in a short time. Please try again later.';

export interface RateLimit {
  readonly burst: number;
  readonly refillMs: number;
  readonly penaltyMs: number;
}

export const CALENDAR_RATE_LIMIT: RateLimit = { burst: 200, refillMs: 3_000, penaltyMs: 30 * 60_000 };

interface Window {
  startedAt: number;
  used: number;
}

interface Bucket {
  tokens: number;
  at: number;
  penaltyUntil: number;
}

export class QuotaExceeded extends Error {}

export class AppsScriptQuotas {
  private readonly windows = new Map<string, Window>();
  private readonly buckets = new Map<string, Bucket>();

  constructor(
    private readonly clock: VirtualClock,
    readonly account: Account = 'consumer',
    readonly calendarRate: RateLimit | null = CALENDAR_RATE_LIMIT,
  ) {}

  limit(kind: QuotaKind): number {
    return DAILY_QUOTAS[kind][this.account];
  }

  private window(user: string, kind: QuotaKind): Window {
    const key = `${kind}\u0000${user}`;
    const now = this.clock.now();
    let w = this.windows.get(key);
    if (!w || now >= w.startedAt + DAY) {
      w = { startedAt: now, used: 0 };
      this.windows.set(key, w);
    }
    return w;
  }

  used(user: string, kind: QuotaKind): number {
    return this.window(user, kind).used;
  }

  remaining(user: string, kind: QuotaKind): number {
    return Math.max(0, this.limit(kind) - this.used(user, kind));
  }

  /** When the user's quota of this kind is next reset (24 h after the first use in the window). */
  resetsAt(user: string, kind: QuotaKind): number {
    return this.window(user, kind).startedAt + DAY;
  }

  /** Uses n units, or throws Google's message (using none) when fewer than n are left. */
  use(user: string, kind: QuotaKind, n = 1): void {
    const w = this.window(user, kind);
    if (w.used + n > this.limit(kind)) throw new QuotaExceeded(DAILY_QUOTAS[kind].message);
    w.used += n;
  }

  /** Counts without a check (trigger runtime is checked when a trigger starts, counted after). */
  add(user: string, kind: QuotaKind, n: number): void {
    this.window(user, kind).used += n;
  }

  exhausted(user: string, kind: QuotaKind): boolean {
    return this.used(user, kind) >= this.limit(kind);
  }

  /** One create or delete of a calendar event: the short-term limit, then (creates) the daily one. */
  calendarWrite(user: string, operation: 'create' | 'delete'): void {
    const rate = this.calendarRate;
    if (rate) {
      const now = this.clock.now();
      const b = this.buckets.get(user) ?? { tokens: rate.burst, at: now, penaltyUntil: 0 };
      this.buckets.set(user, b);
      b.tokens = Math.min(rate.burst, b.tokens + Math.floor((now - b.at) / rate.refillMs));
      b.at = now - ((now - b.at) % rate.refillMs);
      if (now < b.penaltyUntil) throw new QuotaExceeded(CALENDAR_THROTTLE_MESSAGE);
      if (b.tokens < 1) {
        b.penaltyUntil = now + rate.penaltyMs;
        throw new QuotaExceeded(CALENDAR_THROTTLE_MESSAGE);
      }
      b.tokens--;
    }
    if (operation === 'create') this.use(user, 'calendarEventsCreated');
  }
}
