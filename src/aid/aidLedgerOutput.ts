import type { AidRowCheck, CheckResult } from './aidCheck';
import type { Fen } from '../kernel/values/fen';
import type { Cell } from '../kernel/values/cell';
import { type OwnedWritePlan, planOwnedWrites } from '../kernel/sheets/ownedWrites';
import { AID_LEDGER_COLUMNS as L, AID_LEDGER_SPEC } from '../kernel/sheets/schema';
import type { Table } from '../kernel/sheets/table';

/** Row colours: green all good, yellow waiting for payment, red needs the clerk. */
export const RESULT_COLOURS: Readonly<Record<CheckResult, string>> = {
  一致: '#d9ead3',
  待发放: '#fff2cc',
  不一致: '#f4cccc',
  错误: '#f4cccc',
};

export interface AidLedgerOutput {
  /** The owned columns; no writes at all when every owned cell already holds its value. */
  readonly values: OwnedWritePlan;
  /** One setBackgrounds() block over the data rows, as wide as the header row. */
  readonly backgrounds: { readonly row: number; readonly column: number; readonly colours: (string | null)[][] };
}

/**
 * What 核算帮扶金 writes to 帮扶台账. Money goes in as yuan numbers (the column is formatted
 * #,##0.00, and clerks sum it); rows that hold only old output are cleared and uncoloured.
 */
export function planAidLedgerOutput(table: Table, checks: readonly AidRowCheck[], outputOnlyRows: readonly number[]): AidLedgerOutput {
  const updates = new Map<number, Record<string, Cell>>();
  for (const c of checks) {
    updates.set(c.row, {
      [L.due]: yuanCell(c.due),
      [L.difference]: yuanCell(c.difference),
      [L.result]: c.result,
      [L.explanation]: c.explanation,
    });
  }
  for (const row of outputOnlyRows) updates.set(row, { [L.due]: '', [L.difference]: '', [L.result]: '', [L.explanation]: '' });

  const plan = planOwnedWrites(AID_LEDGER_SPEC, table, updates);

  const width = Math.max(lastHeader(table.headers), ...plan.writes.map((w) => w.column + w.values[0].length - 1), (plan.headerWrite?.column ?? 0) + (plan.headerWrite?.values[0].length ?? 0) - 1);
  const lastRow = Math.max(table.lastRow, ...updates.keys());
  const colourOf = new Map(checks.map((c) => [c.row, RESULT_COLOURS[c.result]]));
  const colours: (string | null)[][] = [];
  for (let r = 2; r <= lastRow; r++) colours.push(new Array<string | null>(width).fill(colourOf.get(r) ?? null));
  return { values: plan, backgrounds: { row: 2, column: 1, colours } };
}

function yuanCell(amount: Fen | null): Cell {
  return amount === null ? '' : amount / 100;
}


/** 1-based column of the last non-blank header. */
function lastHeader(headers: readonly string[]): number {
  for (let i = headers.length - 1; i >= 0; i--) if (headers[i] !== '') return i + 1;
  return 0;
}
