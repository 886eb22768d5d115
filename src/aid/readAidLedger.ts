import type { AidApplication } from './aidApplication';
import { amountCell } from '../kernel/values/amountCell';
import { toHalfWidth } from '../kernel/values/decimalText';
import type { Fen } from '../kernel/values/fen';
import type { IsoDate } from '../kernel/dates/isoDate';
import type { Problem } from '../kernel/problem';
import { type Cell, cellText, isBlank } from '../kernel/values/cell';
import { readDateCell } from '../kernel/values/readDateCell';
import { AID_LEDGER_COLUMNS as L, AID_LEDGER_SPEC, SHEET } from '../kernel/sheets/schema';
import { cellAt, readTable, type Table, type TableRow } from '../kernel/sheets/table';

export interface AidLedgerRead {
  readonly table: Table;
  readonly applications: readonly AidApplication[];
  /** Rows holding only tool-owned output (the clerk cleared the row): their output is stale. */
  readonly outputOnlyRows: readonly number[];
  /** Sheet-level problems (missing sheet or headers); row problems sit on each application. */
  readonly problems: readonly Problem[];
}

/** Columns the check cannot do without; 分会, 病种 and the cost columns may be absent. */
const REQUIRED = [L.applicationId, L.year, L.memberId, L.name, L.selfPaid, L.paid];

export function readAidLedger(values: readonly (readonly Cell[])[] | null): AidLedgerRead {
  const { table, problems } = readTable(AID_LEDGER_SPEC, values, REQUIRED);
  if (problems.length > 0) return { table, applications: [], outputOnlyRows: [], problems };
  const clerkColumns = [...table.columns].filter(([h]) => !OWNED.has(h)).map(([, i]) => i);
  const applications: AidApplication[] = [];
  const outputOnlyRows: number[] = [];
  for (const r of table.rows) {
    if (clerkColumns.every((i) => isBlank(r.cells[i]))) outputOnlyRows.push(r.row);
    else applications.push(readRow(table, r));
  }
  return { table, applications, outputOnlyRows, problems };
}

const OWNED = new Set(AID_LEDGER_SPEC.columns.filter((c) => c.owned).map((c) => c.header));

function readRow(table: Table, r: TableRow): AidApplication {
  const problems: Problem[] = [];
  const at = (column: string) => ({ sheet: SHEET.aidLedger, row: r.row, column });
  const money = (column: string): Fen | null => {
    const cell = amountCell(cellAt(table, r, column), at(column));
    if (cell.problem) problems.push(cell.problem);
    return cell.fen;
  };
  const fields: Record<string, Cell> = {};
  table.columns.forEach((i, header) => { fields[header] = r.cells[i] ?? ''; });
  return {
    row: r.row,
    applicationId: cellText(cellAt(table, r, L.applicationId)),
    year: readYear(cellAt(table, r, L.year), at(L.year), problems),
    memberId: cellText(cellAt(table, r, L.memberId)),
    name: cellText(cellAt(table, r, L.name)),
    totalCost: money(L.totalCost),
    insurancePaid: money(L.insurancePaid),
    selfPaid: money(L.selfPaid),
    paid: money(L.paid),
    paidDate: readDate(cellAt(table, r, L.paidDate), at(L.paidDate), problems),
    fields,
    problems,
  };
}

function readYear(value: Cell, at: { sheet: string; row: number; column: string }, problems: Problem[]): number | null {
  if (isBlank(value)) return null;
  const m = /^(\d{4})\s*年?$/.exec(toHalfWidth(cellText(value)));
  if (m) return Number(m[1]);
  problems.push({ ...at, message: `“${cellText(value)}”不是有效的年度，请填写如 2023` });
  return null;
}

function readDate(value: Cell, at: { sheet: string; row: number; column: string }, problems: Problem[]): IsoDate | null {
  const read = readDateCell(value);
  if (read.ok) return read.value?.date ?? null;
  problems.push({ ...at, message: read.reason });
  return null;
}
