// What 核算帮扶金 returns to the sidebar, the CLI (`check-aid --json`) and its own menu dialog.
import type { CHECK_RESULTS } from '../sheets/schema';
import type { Fen } from '../values/fen';
import type { Problem } from '../problem';

export type CheckResult = (typeof CHECK_RESULTS)[number];

export interface AidTierCount {
  /** 帮扶标准 row; null = 不符合条件 (no tier). */
  readonly tierRow: number | null;
  readonly label: string;
  readonly rows: number;
  readonly due: Fen;
}

export interface AidDifference {
  readonly row: number;
  readonly applicationId: string;
  readonly name: string;
  readonly difference: Fen;
}

export interface AidSummary {
  readonly rows: number;
  readonly perTier: readonly AidTierCount[];
  readonly totalDue: Fen;
  readonly totalPaid: Fen;
  readonly perResult: Readonly<Record<CheckResult, number>>;
  /** The largest differences first, at most WORST_SHOWN. */
  readonly worst: readonly AidDifference[];
}

/** One checked row, as plain JSON for the sidebar and `check-aid --json` (amounts in fen). */
export interface AidRowReport {
  readonly row: number;
  readonly applicationId: string;
  readonly memberId: string;
  readonly name: string;
  readonly dueFen: number | null;
  readonly paidFen: number | null;
  readonly differenceFen: number | null;
  readonly result: CheckResult;
  readonly explanation: string;
}

export interface AidCheckData {
  readonly summary: AidSummary;
  readonly rows: readonly AidRowReport[];
  /** 帮扶标准's warnings (gaps, an upper-bounded top tier, …): shown, not stopping the check. */
  readonly tierWarnings: readonly Problem[];
  /** Whether 帮扶台账 was changed (false on a rerun over unchanged data). */
  readonly changed: boolean;
}
