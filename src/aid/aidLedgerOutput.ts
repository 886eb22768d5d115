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
  /**
   * One setBackgrounds() block over the data rows, as far as the ledger's last column; undefined
   * marks a column of the clerk's own (e.g. her 备注 beside the ledger), whose colours stay hers.
   */
  readonly backgrounds: { readonly row: number; readonly column: number; readonly colours: (string | null | undefined)[][] };
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

  const ours = ledgerColumns(table.headers, plan.headerWrite);
  const width = Math.max(0, ...ours);
  const lastRow = Math.max(table.lastRow, ...updates.keys());
  const colourOf = new Map(checks.map((c) => [c.row, RESULT_COLOURS[c.result]]));
  const colours: (string | null | undefined)[][] = [];
  for (let r = 2; r <= lastRow; r++) colours.push(Array.from({ length: width }, (_, i) => (ours.has(i + 1) ? colourOf.get(r) ?? null : undefined)));
  return { values: plan, backgrounds: { row: 2, column: 1, colours } };
}

/** The planned colours with the clerk's own columns as they are now ('#ffffff' = no fill). */
export function withClerkColours(planned: readonly (readonly (string | null | undefined)[])[], current: readonly (readonly string[])[]): (string | null)[][] {
  return planned.map((row, i) => row.map((c, j) => {
    if (c !== undefined) return c;
    const now = current[i]?.[j];
    return now === undefined || now.toLowerCase() === '#ffffff' ? null : now;
  }));
}

/** 1-based columns of the ledger's own headers, those appended by this run included. */
function ledgerColumns(headers: readonly string[], headerWrite: { column: number; values: Cell[][] } | null): Set<number> {
  const names = new Set(AID_LEDGER_SPEC.columns.map((c) => c.header));
  const out = new Set<number>();
  headers.forEach((h, i) => {
    if (names.has(h)) out.add(i + 1);
  });
  headerWrite?.values[0].forEach((_, i) => out.add(headerWrite.column + i));
  return out;
}

function yuanCell(amount: Fen | null): Cell {
  return amount === null ? '' : amount / 100;
}

