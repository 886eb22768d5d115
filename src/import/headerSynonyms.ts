import type { Problem } from '../kernel/problem';
import type { SheetSpec } from '../kernel/sheets/schema';
import { type Cell, cellText } from '../kernel/values/cell';
import { columnLetter } from '../kernel/sheets/table';
import { headerKey, namesFor } from '../kernel/values/headerNames';

// The header and value synonym tables live with the value readers, one table for every feature.
export { HEADER_SYNONYMS, headerKey, namesFor } from '../kernel/values/headerNames';
export { VALUE_SYNONYMS } from '../kernel/values/closedList';

export interface MappedColumn {
  /** The schema header. */
  readonly header: string;
  /** 0-based column of the source. */
  readonly index: number;
  /** The header as the source wrote it. */
  readonly source: string;
}

export interface IgnoredColumn {
  readonly index: number;
  readonly source: string;
  readonly reason: string;
}

export interface HeaderMapping {
  /** In the order of the spec's columns. */
  readonly mapped: readonly MappedColumn[];
  readonly ignored: readonly IgnoredColumn[];
  readonly problems: readonly Problem[];
}

/**
 * Maps a source header row onto `spec`. Unknown columns are listed, never guessed; columns the
 * tool computes itself (owned) are listed as ignored too. Two source columns naming the same
 * schema header is an error naming both, since either could be the right one.
 */
export function mapHeaders(spec: SheetSpec, headerRow: readonly Cell[], sourceName: string, headerRowNumber = 1): HeaderMapping {
  const lookup = synonymLookup(spec);
  const found = new Map<string, MappedColumn>();
  const ignored: IgnoredColumn[] = [];
  const problems: Problem[] = [];
  headerRow.forEach((cell, index) => {
    const source = cellText(cell).replace(/[\r\n]+/g, ' ').trim();
    if (source === '') return;
    const target = lookup.get(headerKey(source));
    if (target === undefined) {
      ignored.push({ index, source, reason: '无法识别的列' });
      return;
    }
    if (target.owned) {
      ignored.push({ index, source, reason: '由工具计算，不导入' });
      return;
    }
    const first = found.get(target.header);
    if (first) {
      problems.push({
        sheet: sourceName,
        row: headerRowNumber,
        column: source,
        message: `“${first.source}”（${columnLetter(first.index + 1)} 列）和“${source}”（${columnLetter(index + 1)} 列）都对应“${target.header}”，请删除或改名其中一列`,
      });
      return;
    }
    found.set(target.header, { header: target.header, index, source });
  });
  const mapped = spec.columns.map((c) => found.get(c.header)).filter((m): m is MappedColumn => m !== undefined);
  return { mapped, ignored, problems };
}

function synonymLookup(spec: SheetSpec): Map<string, { header: string; owned: boolean }> {
  const lookup = new Map<string, { header: string; owned: boolean }>();
  for (const c of spec.columns) {
    for (const name of namesFor(c.header)) lookup.set(headerKey(name), { header: c.header, owned: c.owned === true });
  }
  return lookup;
}
