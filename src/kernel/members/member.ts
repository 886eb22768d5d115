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
  readonly birthDate: IsoDate | null;
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
