// Money is integer fen (1 元 = 100 fen) everywhere inside; no floating-point sums.
export type Fen = number & { readonly __fen?: never };

export function fen(n: number): Fen {
  if (!Number.isSafeInteger(n)) throw new RangeError(`not an integer fen amount: ${n}`);
  return n as Fen;
}

/** '12,345.60' */
export function formatYuan(amount: Fen): string {
  const sign = amount < 0 ? '-' : '';
  const abs = Math.abs(amount);
  const yuan = Math.floor(abs / 100).toString().replace(/\B(?=(\d{3})+(?!\d))/g, ',');
  return `${sign}${yuan}.${String(abs % 100).padStart(2, '0')}`;
}
