// The one write of an import: a rectangle over every changed cell and every appended row.
import { type Cell, isBlank } from '../kernel/values/cell';
import type { BlockWrite } from '../kernel/sheets/ownedWrites';
import type { SheetSpec } from '../kernel/sheets/schema';
import type { Table } from '../kernel/sheets/table';
import { escapeFormula } from '../kernel/values/formulaEscape';
import { keepAsText } from './keepAsText';
import type { TextRange } from '../kernel/services/workbook';

/**
 * One rectangle: from the first to the last touched row and column. Headers the sheet lacks are
 * appended to row 1 (which puts row 1 in the rectangle); new rows go after the last row.
 */
export function planWrite(
  spec: SheetSpec,
  table: Table,
  values: readonly (readonly Cell[])[],
  cellWrites: ReadonlyMap<number, ReadonlyMap<string, Cell>>,
  appended: readonly ReadonlyMap<string, Cell>[],
): { write: BlockWrite | null; textRanges: TextRange[] } {
  if (cellWrites.size === 0 && appended.length === 0) return { write: null, textRanges: [] };
  const columns = new Map(table.columns);
  const newHeaders = new Map<number, string>();
  let next = table.headers.reduce((last, h, i) => (h !== '' ? i : last), -1) + 1;
  const carried = new Set<string>();
  for (const v of appended) for (const [h, c] of v) if (!isBlank(c)) carried.add(h);
  for (const v of cellWrites.values()) for (const h of v.keys()) carried.add(h);
  for (const c of spec.columns) {
    if (carried.has(c.header) && !columns.has(c.header)) {
      columns.set(c.header, next);
      newHeaders.set(next++, c.header);
    }
  }

  // What each touched row gets, as sheet row (1-based) → header → value; then the rectangle.
  const firstNewRow = Math.max(table.lastRow, 1) + 1;
  const rowWrites = (row: number): ReadonlyMap<string, Cell> | undefined =>
    row >= firstNewRow ? appended[row - firstNewRow] : cellWrites.get(row);
  let top = newHeaders.size ? 1 : Infinity;
  let bottom = newHeaders.size ? 1 : 0;
  const used = new Set<string>(newHeaders.values());
  for (const [row, v] of cellWrites) {
    top = Math.min(top, row);
    bottom = Math.max(bottom, row);
    for (const h of v.keys()) used.add(h);
  }
  if (appended.length) {
    top = Math.min(top, firstNewRow);
    bottom = firstNewRow + appended.length - 1;
    for (const h of carried) used.add(h);
  }
  const usedColumns = [...used].map((h) => columns.get(h)!);
  const left = Math.min(...usedColumns);
  const right = Math.max(...usedColumns);
  const headerAt = new Map([...columns].filter(([, i]) => i >= left && i <= right).map(([h, i]) => [i, h]));

  // The schema's text columns are formatted '@' before the write (textRanges), where a string stays
  // the text it is: only formulas are escaped there. Any other column (dates, money, the clerk's own
  // 身份证号) parses strings, so digit-like text keeps its apostrophe — rewritten clerk cells
  // included, since getValues() returned them without theirs.
  const textColumns = spec.columns.filter((c) => c.kind === 'text').map((c) => columns.get(c.header)).filter((i): i is number => i !== undefined && i >= left && i <= right);
  const plainText = new Set(textColumns);
  const block: Cell[][] = [];
  for (let row = top; row <= bottom; row++) {
    const writes = rowWrites(row);
    const existing = values[row - 1];
    const line: Cell[] = [];
    for (let col = left; col <= right; col++) {
      const header = headerAt.get(col);
      const given = row === 1 ? newHeaders.get(col) : header !== undefined ? writes?.get(header) : undefined;
      const v = given !== undefined && !isBlank(given) ? given : existing?.[col] ?? '';
      line.push((row > 1 && plainText.has(col) ? escapeFormula(v) : keepAsText(v)) as Cell);
    }
    block.push(line);
  }
  const bodyTop = Math.max(top, 2);
  const textRanges: TextRange[] = [];
  if (bodyTop <= bottom) {
    for (const i of textColumns.sort((a, b) => a - b)) {
      const last = textRanges[textRanges.length - 1];
      if (last && last.column + last.columns === i + 1) textRanges[textRanges.length - 1] = { ...last, columns: last.columns + 1 };
      else textRanges.push({ row: bodyTop, column: i + 1, rows: bottom - bodyTop + 1, columns: 1 });
    }
  }
  return { write: { row: top, column: left + 1, values: block }, textRanges };
}
