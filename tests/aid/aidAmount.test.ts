import fc from 'fast-check';
import { findTier, quoteAid, tierAid, tierContains } from '../../src/aid/aidAmount';
import { type AidTier, parseAidTiers, type TierBoundary } from '../../src/aid/aidTiers';
import type { Fen } from '../../src/kernel/values/fen';
import { CITY_UNION_TABLE, SCHOOL_TABLE, type TierLine, tierCells, UNIVERSITY_TABLE, validTiers, yuan } from '../support/aidTables';

const BOUNDARIES: TierBoundary[] = ['lower', 'upper'];

describe('every tier boundary, under both 档位边界 settings', () => {
  // Where each probe around a tier must land, stated once per setting:
  //   含下限 (lower): 下限 ≤ x < 上限     含上限 (upper): 下限 < x ≤ 上限
  // 'prev' / 'next' = the neighbouring tier (or none: below the table / above a closed top).
  const EXPECTED: Record<TierBoundary, Record<string, 'prev' | 'this' | 'next'>> = {
    lower: { 'lower - 0.01': 'prev', lower: 'this', 'upper - 0.01': 'this', upper: 'next', 'upper + 0.01': 'next' },
    upper: { 'lower - 0.01': 'prev', lower: 'prev', 'upper - 0.01': 'this', upper: 'this', 'upper + 0.01': 'next' },
  };
  const tables: [string, TierLine[]][] = [['school', SCHOOL_TABLE], ['city union', CITY_UNION_TABLE], ['university', UNIVERSITY_TABLE]];
  const cases: [string, TierBoundary, number, string, number, 'prev' | 'this' | 'next'][] = [];
  for (const [name, table] of tables) {
    const tiers = validTiers(table);
    for (const boundary of BOUNDARIES) {
      tiers.forEach((tier, i) => {
        const probes: [string, number][] = [['lower - 0.01', tier.lower - 1], ['lower', tier.lower]];
        if (tier.upper !== null) probes.push(['upper - 0.01', tier.upper - 1], ['upper', tier.upper], ['upper + 0.01', tier.upper + 1]);
        for (const [label, x] of probes) cases.push([name, boundary, i, label, x, EXPECTED[boundary][label]]);
      });
    }
  }

  test.each(cases)('%s table, %s: tier %d at %s (%d fen) falls in %s', (name, boundary, i, _label, x, where) => {
    const tiers = validTiers(tables.find(([n]) => n === name)![1]);
    const expected = where === 'this' ? tiers[i] : where === 'prev' ? (tiers[i - 1] ?? null) : (tiers[i + 1] ?? null);
    expect(findTier(tiers, x as Fen, boundary)).toBe(expected);
    const quote = quoteAid(tiers, x as Fen, boundary);
    expect(quote.tier).toBe(expected);
    expect(quote.amount).toBe(expected ? tierAid(expected, x as Fen) : 0);
  });
});

describe('amounts of the real-world rules', () => {
  const city = validTiers(CITY_UNION_TABLE);
  test.each([
    [10000, 0],
    [10000.01, 1500],
    [20000, 1500],
    [20000.01, 3000],
    [30000, 3000],
    [50000, 6000],
    [100000, 15000],
    [100000.01, 50000],
    [2000000, 50000],
  ])('city union (含上限): self-paid %d 元 gets %d 元', (x, aid) => {
    expect(quoteAid(city, yuan(x), 'upper').amount).toBe(yuan(aid));
  });

  const university = validTiers(UNIVERSITY_TABLE);
  test.each([
    [4999.99, 0],
    [5000, 0],
    [5000.01, 0.01],
    [6000, 600],
    [12345.67, 4407.4],
    [55000, 30000],
    [80000, 45000],
  ])('university (60%% above 5000, before the yearly cap): self-paid %d 元 gets %d 元', (x, aid) => {
    expect(quoteAid(university, yuan(x), 'lower').amount).toBe(yuan(aid));
  });

  test('school table: fixed part plus a share of what lies above 下限', () => {
    const school = validTiers(SCHOOL_TABLE);
    expect(quoteAid(school, yuan(15000), 'lower').amount).toBe(yuan(2500));
    expect(quoteAid(school, yuan(60000), 'lower').amount).toBe(yuan(10500));
  });
});

describe('percentages are rounded half up to the fen, in integers', () => {
  const tier = (percent: number | string): AidTier => validTiers([[0, '', 0, percent]])[0];
  test.each([
    ['12.5% of 0.04 元 is 0.5 fen, rounded up', 12.5, 4, 1],
    ['12.5% of 0.03 元 is 0.375 fen, rounded down', 12.5, 3, 0],
    ['12.5% of 0.12 元 is 1.5 fen, rounded up', 12.5, 12, 2],
    ['0.5% of 1 元 is exactly half a fen, rounded up', 0.5, 100, 1],
    ['0.5% of 0.99 元 is 0.495 fen, rounded down', 0.5, 99, 0],
    ['60% of 0.01 元 is 0.6 fen', 60, 1, 1],
    ['33.3333% of 100 元', 33.3333, 10000, 3333],
    ['15% of 1.10 元 is 16.5 fen (16.499… in floats)', 15, 110, 17],
  ])('%s', (_story, percent, x, fen) => {
    expect(tierAid(tier(percent), x as Fen)).toBe(fen);
  });

  test('amounts far beyond 2^53 fen·millionths stay exact', () => {
    expect(tierAid(tier(33.3333), yuan(1e9))).toBe(333_333_000_00);
    // 987,654,321,987 × 0.123457 = 121,932,839,629.549… (Python Decimal), half up → …630
    expect(tierAid(tier('12.3457'), 987_654_321_987 as Fen)).toBe(121_932_839_630);
  });
});

describe('property: with a valid table every amount maps to exactly one tier or to 0', () => {
  const boundary = fc.constantFrom<TierBoundary>('lower', 'upper');

  // Arbitrary small tables: most are invalid; those the validator accepts must never let one
  // amount fall in two tiers, and the quote must agree with a brute-force count.
  const line = fc.tuple(fc.integer({ min: 0, max: 50 }), fc.option(fc.integer({ min: 0, max: 60 }), { nil: undefined }), fc.integer({ min: 0, max: 9 }), fc.integer({ min: 0, max: 100 }));
  const arbitraryTable = fc.array(line, { minLength: 1, maxLength: 5 }).map((ls) => ls.map(([lo, up, base, pct]): TierLine => [lo * 1000, up === undefined ? '' : up * 1000, base * 100, pct]));

  test('validated arbitrary tables never place an amount in two tiers', () => {
    fc.assert(fc.property(arbitraryTable, boundary, fc.array(fc.integer({ min: -100, max: 7_000_000 }), { minLength: 20, maxLength: 20 }), (table, b, amounts) => {
      const { tiers, problems } = parseAidTiers(tierCells(table));
      if (problems.some((p) => p.severity !== 'warning')) return true;
      return amounts.every((x) => {
        const holders = tiers.filter((t) => tierContains(t, x as Fen, b));
        const { tier, amount } = quoteAid(tiers, x as Fen, b);
        return holders.length <= 1 && tier === (holders[0] ?? null) && (tier === null ? amount === 0 : amount >= tier.base);
      });
    }), { numRuns: 500 });
  });

  // Contiguous tables built from sorted cut points (some tiers dropped to make gaps) are
  // always accepted, and every amount from the lowest 下限 up, outside the gaps, has one tier.
  const contiguous = fc.uniqueArray(fc.integer({ min: 0, max: 10_000_000 }), { minLength: 2, maxLength: 11 })
    .chain((cuts) => fc.tuple(fc.constant(cuts.sort((a, b) => a - b)), fc.array(fc.boolean(), { minLength: cuts.length, maxLength: cuts.length }), fc.boolean()));

  test('contiguous tables are valid and cover every amount from the lowest 下限 up', () => {
    fc.assert(fc.property(contiguous, boundary, fc.array(fc.integer({ min: 0, max: 11_000_000 }), { minLength: 30, maxLength: 30 }), ([cuts, keep, openTop], b, amounts) => {
      const lines: TierLine[] = [];
      for (let i = 0; i + 1 < cuts.length; i++) {
        if (!keep[i] && i > 0) continue;
        const last = i + 2 === cuts.length;
        lines.push([`${cuts[i] / 100}`, last && openTop ? '' : `${cuts[i + 1] / 100}`, `${i}`, '']);
      }
      const { tiers, problems } = parseAidTiers(tierCells(lines));
      const gaps = problems.some((p) => p.message.includes('空档'));
      return problems.every((p) => p.severity === 'warning') && amounts.every((x) => {
        const holders = tiers.filter((t) => tierContains(t, x as Fen, b));
        const quote = quoteAid(tiers, x as Fen, b);
        const covered = gaps || quote.tier !== null || (quote as { why: string }).why !== 'gap';
        return holders.length <= 1 && quote.tier === (holders[0] ?? null) && covered;
      });
    }), { numRuns: 300 });
  });
});
