import type { Cell } from '../kernel/values/cell';
import { planOwnedWrites } from '../kernel/sheets/ownedWrites';
import type { SheetSpec } from '../kernel/sheets/schema';
import type { Table } from '../kernel/sheets/table';
import type { Workbook } from './workbook';

/** Writes tool-owned columns: nothing when nothing changed, else a fixed number of setValues. */
export function writeOwnedColumns(workbook: Workbook, spec: SheetSpec, table: Table, updates: ReadonlyMap<number, Readonly<Record<string, Cell>>>): void {
  if (updates.size === 0) return;
  const plan = planOwnedWrites(spec, table, updates);
  if (plan.headerWrite) workbook.write(spec.name, plan.headerWrite);
  for (const w of plan.writes) workbook.write(spec.name, w);
}

