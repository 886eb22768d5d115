import { escapeFormula } from '../values/formulaEscape';
import { type BlockWrite, placeOwnedHeaders } from './ownedWrites';
import type { Cell } from '../values/cell';
import type { SheetSpec } from './schema';
import type { Table } from './table';

export interface AppendPlan {
  /** Owned headers the records use but the sheet lacks, appended to row 1 (at most one write). */
  readonly headerWrite: BlockWrite | null;
  /** The new rows, laid out under the sheet's own headers, for one append. */
  readonly rows: Cell[][];
}

/**
 * Lays out records (header → value) as rows of a table found by header: columns in the clerk's
 * order, extra columns left blank, strings formula-escaped. A record may name an owned column the
 * sheet lacks (it is appended); any other missing column is a caller's bug, as readTable has
 * already reported it to the clerk.
 */
export function planAppend(spec: SheetSpec, table: Table, records: readonly Readonly<Record<string, Cell>>[]): AppendPlan {
  const owned = new Set(spec.columns.filter((c) => c.owned).map((c) => c.header));
  const missing: string[] = [];
  for (const record of records) {
    for (const [h, v] of Object.entries(record)) {
      if (table.columns.has(h) || v === '' || missing.includes(h)) continue;
      if (!owned.has(h)) throw new Error(`${spec.name}: no column ${h}`);
      missing.push(h);
    }
  }
  const { columns, headerWrite } = placeOwnedHeaders(table, missing);
  const width = Math.max(table.headers.length, ...[...columns.values()].map((i) => i + 1));
  const rows = records.map((record) => {
    const row: Cell[] = new Array(width).fill('');
    for (const [h, v] of Object.entries(record)) {
      const i = columns.get(h);
      if (i !== undefined) row[i] = escapeFormula(v) as Cell;
    }
    return row;
  });
  return { headerWrite, rows };
}
