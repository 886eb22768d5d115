import type { IsoDate } from '../dates/isoDate';
import type { Cell } from '../values/cell';

export type Gender = '男' | '女';
export type MemberStatus = '在册' | '退休' | '离校';

/** One row of 会员名册, parsed. */
export interface Member {
  readonly row: number;
  /** 工号, always text. */
  readonly id: string;
  readonly name: string;
  readonly gender: Gender | null;
  /** A full birth date; null when blank, unreadable or only a year-month (出生年月 1985.03). */
  readonly birthDate: IsoDate | null;
  /** 1–12 from either a full date or a year-month: all a birthday quarter needs. */
  readonly birthMonth: number | null;
  /** Why 出生日期 could not be read (the member is skipped by birthday campaigns with this reason). */
  readonly birthProblem?: string;
  readonly branch: string;
  readonly campus: string;
  readonly email: string;
  readonly phone: string;
  readonly joinDate: IsoDate | null;
  readonly status: MemberStatus;
  readonly tags: readonly string[];
  /** Every column of the row by header, extra columns included, for {{placeholders}}. */
  readonly fields: Readonly<Record<string, Cell>>;
}
