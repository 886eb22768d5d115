import type { IsoDate } from '../kernel/dates/isoDate';
import type { Gender } from '../kernel/members/member';
import type { Cell, WallClock } from '../kernel/values/cell';
import type { CAMPAIGN_TYPES } from '../kernel/sheets/schema';

export type CampaignType = (typeof CAMPAIGN_TYPES)[number];

/** The owned columns of a 慰问活动 row: what 审核通过 and the sends last wrote. */
export interface CampaignApproval {
  /** 状态 as written (blank = 草稿); see campaignState.ts for what it means now. */
  readonly state: string;
  readonly approver: string;
  readonly approvedAt: WallClock | null;
  readonly fingerprint: string;
}

/** One row of 慰问活动, parsed. */
export interface Campaign {
  readonly row: number;
  readonly id: string;
  readonly name: string;
  readonly type: CampaignType;
  /** 对象性别; null = everyone. */
  readonly gender: Gender | null;
  /** 生日季度 1–4; null = no birthday filter. */
  readonly birthdayQuarter: number | null;
  /** 分会 filter; empty = every branch. */
  readonly branches: readonly string[];
  /** 标签 filter (any of); empty = no filter. */
  readonly tags: readonly string[];
  readonly templateName: string;
  readonly pickupPlace: string;
  readonly pickupStart: IsoDate | null;
  readonly pickupEnd: IsoDate | null;
  /** 计划发送时间 in the workbook's 时区; null = not scheduled (automatic sending skips it). */
  readonly sendAt: WallClock | null;
  /** 采购数量: gifts bought; null = not filled in. */
  readonly purchased: number | null;
  /** 催领天数: working days before 领取截止 the reminder goes; null = 设置!催领天数. */
  readonly reminderDays: number | null;
  /** 催领模板: a 邮件模板 name; '' = no reminder. */
  readonly reminderTemplate: string;
  readonly approval: CampaignApproval;
  /**
   * The clerk's columns by header (owned ones excluded), extra columns included, dates parsed:
   * the {{placeholders}} of the campaign, and what its fingerprint covers.
   */
  readonly fields: Readonly<Record<string, Cell>>;
}
