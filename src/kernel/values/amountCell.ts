import type { Cell } from './cell';
import { isBlank } from './cell';
import { type Fen, formatYuan } from './fen';
import { parseAmount } from './parseAmount';
import type { Problem } from '../problem';

export interface CellPlace {
  readonly sheet: string;
  readonly row: number;
  readonly column: string;
}

export type AmountCell = { readonly fen: Fen | null; readonly problem: null } | { readonly fen: null; readonly problem: Problem };

/**
 * A money cell of the clerk's data: blank → null, an amount of zero or more → fen, anything else
 * (text that is no amount, a negative amount) → a problem naming the cell. Costs, payments and
 * tier bounds are never negative, so a minus sign is a typo to show, not a value to use.
 */
export function amountCell(value: Cell | undefined, at: CellPlace): AmountCell {
  if (isBlank(value)) return { fen: null, problem: null };
  const parsed = parseAmount(value);
  if (!parsed.ok) return { fen: null, problem: { ...at, message: parsed.reason } };
  if (parsed.fen < 0) return { fen: null, problem: { ...at, message: `金额不能为负数（${formatYuan(parsed.fen)} 元）` } };
  return { fen: parsed.fen, problem: null };
}
