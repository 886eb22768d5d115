import type { Cell } from '../kernel/values/cell';
import type { Fen } from '../kernel/values/fen';
import type { IsoDate } from '../kernel/dates/isoDate';
import type { Problem } from '../kernel/problem';

/** One row of 帮扶台账, parsed. A cell that could not be read is null and has a problem. */
export interface AidApplication {
  readonly row: number;
  /** 申请编号 */
  readonly applicationId: string;
  /** 年度; null when blank (the check then uses 计划年度). */
  readonly year: number | null;
  /** 工号, always text. */
  readonly memberId: string;
  readonly name: string;
  /** 医疗总费用 */
  readonly totalCost: Fen | null;
  /** 医保报销 */
  readonly insurancePaid: Fen | null;
  /** 自付金额 */
  readonly selfPaid: Fen | null;
  /** 实发金额; null = not paid yet. */
  readonly paid: Fen | null;
  /** 发放日期 */
  readonly paidDate: IsoDate | null;
  /** Every column of the row by header, for {{placeholders}} in aid notices. */
  readonly fields: Readonly<Record<string, Cell>>;
  /** Cells of this row that could not be read (each names its column). */
  readonly problems: readonly Problem[];
}
