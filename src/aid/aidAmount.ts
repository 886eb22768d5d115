import type { AidTier, TierBoundary } from './aidTiers';
import { RATE_SCALE } from './aidTiers';
import type { Fen } from '../kernel/values/fen';

/** What a self-paid amount earns under a validated tier table. */
export type AidQuote =
  | { readonly tier: AidTier; readonly amount: Fen }
  | { readonly tier: null; readonly amount: Fen; readonly why: 'below' | 'gap' | 'above' };

export function tierContains(tier: AidTier, x: Fen, boundary: TierBoundary): boolean {
  if (boundary === 'lower') return tier.lower <= x && (tier.upper === null || x < tier.upper);
  return tier.lower < x && (tier.upper === null || x <= tier.upper);
}

/** The tier holding x, or null. `tiers` must be sorted by 下限 and free of overlaps. */
export function findTier(tiers: readonly AidTier[], x: Fen, boundary: TierBoundary): AidTier | null {
  for (const tier of tiers) if (tierContains(tier, x, boundary)) return tier;
  return null;
}

/**
 * 帮扶金额 + 比例 × (x − 下限), the percentage part rounded half up to the fen, in integers:
 * Number arithmetic while the product stays below 2^53 (exact there: % and the division of a
 * multiple are exact), BigInt beyond (fen × millionths passes 2^53 from about 90 million 元).
 */
export function tierAid(tier: AidTier, x: Fen): Fen {
  const over = Math.max(0, x - tier.lower);
  const product = over * tier.rate + RATE_SCALE / 2;
  if (Number.isSafeInteger(product)) return (tier.base + (product - (product % RATE_SCALE)) / RATE_SCALE) as Fen;
  const scale = BigInt(RATE_SCALE);
  const share = (BigInt(over) * BigInt(tier.rate) + scale / BigInt(2)) / scale;
  return (tier.base + Number(share)) as Fen;
}

export function quoteAid(tiers: readonly AidTier[], x: Fen, boundary: TierBoundary): AidQuote {
  const tier = findTier(tiers, x, boundary);
  if (tier) return { tier, amount: tierAid(tier, x) };
  const zero = 0 as Fen;
  const first = tiers[0];
  if (!first || x < first.lower || (x === first.lower && boundary === 'upper')) return { tier: null, amount: zero, why: 'below' };
  const top = tiers[tiers.length - 1];
  if (top.upper !== null && (x > top.upper || (x === top.upper && boundary === 'lower'))) return { tier: null, amount: zero, why: 'above' };
  return { tier: null, amount: zero, why: 'gap' };
}
