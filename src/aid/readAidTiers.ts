import { type AidTierTable, parseAidTiers } from './aidTiers';
import { cellText } from '../kernel/values/cell';
import type { Cell } from '../kernel/values/cell';
import { AID_TIER_COLUMNS as C, AID_TIERS_SPEC } from '../kernel/sheets/schema';
import { cellAt, readTable } from '../kernel/sheets/table';

/** 帮扶标准 from its getValues(): header problems first, then the table's own. */
/**
 * `formats` is the sheet's getNumberFormats() (one call for the table), so a 比例 cell formatted
 * as percent is read as Excel shows it; without it a number is the percentage itself.
 */
export function readAidTiers(values: readonly (readonly Cell[])[] | null, formats?: readonly (readonly string[])[]): AidTierTable {
  const { table, problems } = readTable(AID_TIERS_SPEC, values, [C.lower, C.upper, C.base, C.percent]);
  if (problems.length > 0) return { tiers: [], problems };
  return parseAidTiers(table.rows.map((r) => ({
    row: r.row,
    lower: cellAt(table, r, C.lower),
    upper: cellAt(table, r, C.upper),
    base: cellAt(table, r, C.base),
    percent: cellAt(table, r, C.percent),
    percentFormat: formats?.[r.row - 1]?.[table.columns.get(C.percent) ?? -1],
    note: cellText(cellAt(table, r, C.note)),
  })));
}
