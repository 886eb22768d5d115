import type { Cell } from '../kernel/values/cell';
import { isBlank } from '../kernel/values/cell';
import { AID_TIER_COLUMNS, SHEET } from '../kernel/sheets/schema';
import { amountCell } from '../kernel/values/amountCell';
import { PERCENT_SCALE, percentText, readPercent } from '../kernel/values/percentValue';
import { type Fen, formatYuan } from '../kernel/values/fen';
import { isBlocking, type Problem } from '../kernel/problem';
import type { Settings } from '../kernel/sheets/settings';

export type TierBoundary = Settings['tierBoundary'];

/** Parts per million of the amount above 下限: 比例(%) 60 is 600,000. */
export const RATE_SCALE = PERCENT_SCALE;

/** One row of 帮扶标准, parsed. */
export interface AidTier {
  /** Sheet row in 帮扶标准, how the clerk and every message names the tier. */
  readonly row: number;
  readonly lower: Fen;
  /** null = no upper bound. */
  readonly upper: Fen | null;
  /** 帮扶金额: the fixed part. */
  readonly base: Fen;
  /** 比例: the share of (x − 下限) added, in millionths (RATE_SCALE). */
  readonly rate: number;
  /** 说明 as the clerk wrote it. */
  readonly note: string;
}

/** The cells of one 帮扶标准 row, as read from the sheet. */
export interface AidTierCells {
  readonly row: number;
  readonly lower: Cell;
  readonly upper: Cell;
  readonly base: Cell;
  readonly percent: Cell;
  /** The 比例 cell's number format: a percent format means the cell holds 0.6 for 60%. */
  readonly percentFormat?: string;
  readonly note: string;
}

export interface AidTierTable {
  /** Sorted by 下限; only usable when `problems` holds no error. */
  readonly tiers: readonly AidTier[];
  /** Errors stop the check; gaps and odd-looking rows are warnings. */
  readonly problems: readonly Problem[];
}

const C = AID_TIER_COLUMNS;
const at = (row: number, column: string) => ({ sheet: SHEET.aidTiers, row, column });

/**
 * Parses and validates 帮扶标准. A row with no bounds, amount or percentage is a comment (the
 * sample table's "示例" line) and skipped. Tiers are half-open intervals of one kind whichever
 * 档位边界 is set, so overlaps and gaps are the same comparisons in both modes.
 */
export function parseAidTiers(rows: readonly AidTierCells[]): AidTierTable {
  const problems: Problem[] = [];
  const tiers: AidTier[] = [];
  for (const r of rows) {
    if ([r.lower, r.upper, r.base, r.percent].every((v) => isBlank(v))) continue;
    const tier = parseTierRow(r, problems);
    if (tier) tiers.push(tier);
  }
  if (tiers.length === 0 && problems.length === 0) {
    problems.push({ sheet: SHEET.aidTiers, message: '帮扶标准中没有任何档位，请先填写下限、上限、帮扶金额和比例' });
  }
  tiers.sort((a, b) => a.lower - b.lower || a.row - b.row);
  // `reach` is the earlier tier reaching furthest up: a tier can overlap one that is not its
  // direct predecessor ([0, 100) swallows both [10, 20) and [30, 40)).
  let reach = tiers[0];
  for (const tier of tiers.slice(1)) {
    const prev = reach;
    if (prev.upper === null || tier.lower < prev.upper) {
      const end = prev.upper === null ? tier.upper : tier.upper === null ? prev.upper : Math.min(prev.upper, tier.upper);
      const span = end === null ? `${formatYuan(tier.lower)} 元以上` : `${formatYuan(tier.lower)} 元到 ${formatYuan(end)} 元之间`;
      problems.push({ ...at(tier.row, C.lower), message: `与第 ${prev.row} 行的档位重叠：自付金额在 ${span}的申请两行都包含，一个金额只能属于一档` });
    } else if (tier.lower > prev.upper) {
      problems.push({ ...at(tier.row, C.lower), severity: 'warning', message: `与第 ${prev.row} 行之间有空档：自付金额在 ${formatYuan(prev.upper)} 元到 ${formatYuan(tier.lower)} 元之间的申请不属于任何档位，应发 0` });
    }
    if (prev.upper !== null && (tier.upper === null || tier.upper > prev.upper)) reach = tier;
  }
  const valid = !problems.some(isBlocking);
  if (valid && reach && reach.upper !== null) {
    problems.push({ ...at(reach.row, C.upper), severity: 'warning', message: `最高一档有上限 ${formatYuan(reach.upper)} 元：自付金额超过它的申请不属于任何档位，应发 0；如无上限请留空` });
  }
  return { tiers: valid ? tiers : [], problems };
}

function parseTierRow(r: AidTierCells, problems: Problem[]): AidTier | null {
  const found: Problem[] = [];
  const money = (value: Cell, column: string): Fen | null => {
    const cell = amountCell(value, at(r.row, column));
    if (cell.problem) found.push(cell.problem);
    return cell.fen;
  };
  const lower = money(r.lower, C.lower);
  const upper = money(r.upper, C.upper);
  const base = money(r.base, C.base);
  const rate = parseRate(r.percent, r.percentFormat, r.row, found);
  if (isBlank(r.lower)) found.push({ ...at(r.row, C.lower), message: '下限为空（最低一档请填 0）' });
  if (lower !== null && upper !== null && upper <= lower) {
    found.push({ ...at(r.row, C.upper), message: `上限 ${formatYuan(upper)} 元不大于下限 ${formatYuan(lower)} 元` });
  }
  problems.push(...found);
  if (found.some(isBlocking) || lower === null) return null;
  if ((base ?? 0) === 0 && rate === 0) {
    problems.push({ ...at(r.row, C.base), severity: 'warning', message: '帮扶金额和比例都为 0：这一档的申请应发 0' });
  }
  return { row: r.row, lower, upper, base: (base ?? 0) as Fen, rate, note: r.note };
}

/** 比例(%) in millionths of the amount, read by the kernel's percent reader; 0 when blank or invalid (a problem is pushed). */
function parseRate(value: Cell, numberFormat: string | undefined, row: number, problems: Problem[]): number {
  const read = readPercent(value, numberFormat);
  if (!read.ok) {
    problems.push({ ...at(row, C.percent), message: read.reason });
    return 0;
  }
  if (read.warning) problems.push({ ...at(row, C.percent), severity: 'warning', message: read.warning });
  return read.rate ?? 0;
}

/** '10,000.00 元 ≤ 自付 < 20,000.00 元', in the chosen 档位边界. */
export function tierRangeText(tier: AidTier, boundary: TierBoundary): string {
  const lower = `${formatYuan(tier.lower)} 元`;
  if (tier.upper === null) return boundary === 'lower' ? `自付 ≥ ${lower}` : `自付 > ${lower}`;
  const upper = `${formatYuan(tier.upper)} 元`;
  return boundary === 'lower' ? `${lower} ≤ 自付 < ${upper}` : `${lower} < 自付 ≤ ${upper}`;
}

/** '1,500.00 元 + 超出 10,000.00 元部分的 60%' */
export function tierRuleText(tier: AidTier): string {
  const fixed = `${formatYuan(tier.base)} 元`;
  if (tier.rate === 0) return fixed;
  const share = `超出 ${formatYuan(tier.lower)} 元部分的 ${percentText(tier.rate)}%`;
  return tier.base === 0 ? share : `${fixed} + ${share}`;
}
