import type { Cell } from '../values/cell';
import { planOwnedWrites } from './ownedWrites';
import type { SheetSpec } from './schema';
import type { Table } from './table';
import type { Workbook } from '../services/workbook';

/** Writes tool-owned columns: nothing when nothing changed, else a fixed number of setValues. */
export function writeOwnedColumns(workbook: Workbook, spec: SheetSpec, table: Table, updates: ReadonlyMap<number, Readonly<Record<string, Cell>>>): void {
  if (updates.size === 0) return;
  const plan = planOwnedWrites(spec, table, updates);
  if (plan.headerWrite) workbook.write(spec.name, plan.headerWrite);
  for (const w of plan.writes) workbook.write(spec.name, w);
}

