import { escapeFormula } from '../values/formulaEscape';
import type { SheetSpec } from './schema';
import { type Cell, isWallClock } from '../values/cell';
import type { Table } from './table';

/** One setValues() at (row, column), 1-based. */
export interface BlockWrite {
  readonly row: number;
  readonly column: number;
  readonly values: Cell[][];
}

export interface OwnedWritePlan {
  /** Missing owned headers appended to row 1 (at most one write). */
  readonly headerWrite: BlockWrite | null;
  /** One write per run of adjacent owned columns, covering every data row. */
  readonly writes: readonly BlockWrite[];
}

/**
 * Plans the writes of the tool-owned columns: a fixed number of setValues() whatever the row
 * count, clerk columns never touched. `updates` maps a sheet row to new owned values; rows not
 * in it keep what they had. Every string is formula-escaped, including the ones re-written
 * unchanged (getValues() returns text cells without their protective apostrophe).
 */
export function planOwnedWrites(
  spec: SheetSpec,
  table: Table,
  updates: ReadonlyMap<number, Readonly<Record<string, Cell>>>,
): OwnedWritePlan {
  const owned = new Set(spec.columns.filter((c) => c.owned).map((c) => c.header));
  const touched: string[] = [];
  for (const values of updates.values()) {
    for (const h of Object.keys(values)) {
      if (!owned.has(h)) throw new Error(`${spec.name}: ${h} is not a tool-owned column`);
      if (!touched.includes(h)) touched.push(h);
    }
  }
  touched.sort((a, b) => specIndex(spec, a) - specIndex(spec, b));
  const { columns, headerWrite } = placeOwnedHeaders(table, touched);

  const lastRow = Math.max(table.lastRow, ...updates.keys());
  if (lastRow < 2 || touched.length === 0) return { headerWrite, writes: [] };
  const existing = new Map(table.rows.map((r) => [r.row, r.cells]));
  // A rerun over unchanged data writes nothing at all.
  if (headerWrite === null && [...updates].every(([row, values]) => Object.entries(values).every(([h, v]) => sameCell(existing.get(row)?.[columns.get(h)!] ?? '', v)))) {
    return { headerWrite, writes: [] };
  }

  const indices = touched.map((h) => columns.get(h)!).sort((a, b) => a - b);
  const runs: number[][] = [];
  for (const i of indices) {
    const run = runs[runs.length - 1];
    if (run && run[run.length - 1] === i - 1) run.push(i);
    else runs.push([i]);
  }
  const headerAt = new Map([...columns].map(([h, i]) => [i, h]));
  const writes = runs.map((run): BlockWrite => {
    const values: Cell[][] = [];
    for (let r = 2; r <= lastRow; r++) {
      const update = updates.get(r);
      const cells = existing.get(r);
      values.push(run.map((i) => {
        const h = headerAt.get(i)!;
        const v = update && h in update ? update[h] : (cells?.[i] ?? '');
        return escapeFormula(v) as Cell;
      }));
    }
    return { row: 2, column: run[0] + 1, values };
  });
  return { headerWrite, writes };
}

/**
 * Where each of `headers` lives: its column when the sheet has it, else a new column after the
 * last header, in the given order (one header write for all of them).
 */
export function placeOwnedHeaders(table: Table, headers: readonly string[]): { columns: Map<string, number>; headerWrite: BlockWrite | null } {
  const columns = new Map(table.columns);
  const appended: string[] = [];
  let next = lastHeaderColumn(table.headers) + 1;
  for (const h of headers) {
    if (!columns.has(h)) {
      columns.set(h, next++);
      appended.push(h);
    }
  }
  const headerWrite = appended.length ? { row: 1, column: columns.get(appended[0])! + 1, values: [appended] } : null;
  return { columns, headerWrite };
}

function sameCell(a: Cell, b: Cell): boolean {
  return isWallClock(a) && isWallClock(b) ? a.date === b.date && a.time === b.time : a === b;
}

function specIndex(spec: SheetSpec, header: string): number {
  return spec.columns.findIndex((c) => c.header === header);
}

function lastHeaderColumn(headers: readonly string[]): number {
  for (let i = headers.length - 1; i >= 0; i--) if (headers[i] !== '') return i;
  return -1;
}
