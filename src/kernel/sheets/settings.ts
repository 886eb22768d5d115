import type { Fen } from '../values/fen';

/** 设置, parsed, with docs/architecture.md's defaults applied. */
export interface Settings {
  readonly unitName: string;
  readonly planYear: number;
  /** 1–12; months before it belong to planYear + 1. */
  readonly planStartMonth: number;
  readonly calendarId: string;
  readonly timeZone: string;
  readonly senderName: string;
  readonly replyTo: string;
  /** null = no limit of our own (the mail quota still applies). */
  readonly dailyMailLimit: number | null;
  /** Lower-cased emails; empty = everyone may run every action. */
  readonly admins: readonly string[];
  readonly pickupWindowDays: number;
  /** 'lower': 下限 ≤ x < 上限 (blank 档位边界); 'upper': 下限 < x ≤ 上限 (含上限). */
  readonly tierBoundary: 'lower' | 'upper';
  readonly yearlyAidCap: Fen | null;
  readonly applicationsPerYear: number;
  readonly retireesMayApply: boolean;
  /** 退休人员参加节日慰问: festival and birthday campaigns include 退休 members too. */
  readonly retireesInFestivals: boolean;
  /** 催领天数: working days before 领取截止 a reminder goes out, for campaigns that leave it blank. */
  readonly reminderDays: number;
  /** Every 项目 → 值 as text, for {{placeholders}} and settings added later. */
  readonly raw: Readonly<Record<string, string>>;
  /** 项目 → its 设置 row, so a setting checked later (时区) is named by row like the rest. */
  readonly rows: Readonly<Record<string, number>>;
}
