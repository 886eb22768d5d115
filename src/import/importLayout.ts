// Where the table is in an export: personnel systems put a title row above the header, split a
// header over two rows under a merged group header (联系方式 over 手机号码 and 电子邮箱), and
// add 合计/制表人 lines below the data. The header row is found, never assumed.
import { type Cell, cellText, isBlank } from '../kernel/values/cell';
import { mapHeaders } from './headerSynonyms';
import type { SheetSpec } from '../kernel/sheets/schema';

/** How far down the source a header row is looked for. */
export const HEADER_SEARCH_ROWS = 10;

export interface LayoutTarget {
  readonly spec: SheetSpec;
  readonly key: string;
}

export type Layout =
  | { readonly found: true; readonly headerRows: readonly number[]; readonly header: readonly Cell[]; readonly dataFrom: number }
  | { readonly found: false; readonly wrongTarget?: LayoutTarget; readonly row?: number; readonly looked: readonly string[] };

/**
 * The header of `rows` for `target`: the first of the first rows naming its key column, combined
 * with a second header row below it (or a group header row above it) where the two rows share
 * the names. `headerRows` are 1-based; data starts at index `dataFrom`. A row naming another
 * target's key first is that target's data (`wrongTarget`). Not found: `looked` describes each
 * row looked at, for the message.
 */
export function findLayout(target: LayoutTarget, others: readonly LayoutTarget[], rows: readonly (readonly Cell[])[], sourceName: string): Layout {
  const names = (spec: SheetSpec, row: readonly Cell[]) => mapHeaders(spec, row, sourceName).mapped;
  const limit = Math.min(rows.length, HEADER_SEARCH_ROWS);
  for (let i = 0; i < limit; i++) {
    const row = rows[i];
    // A ledger carries 工号 too: its own key is what tells it from a roster.
    const other = others.find((t) => !target.spec.columns.some((c) => c.header === t.key) && names(t.spec, row).some((m) => m.header === t.key));
    if (other) return { found: false, wrongTarget: other, row: i + 1, looked: [] };
    if (!names(target.spec, row).some((m) => m.header === target.key)) continue;
    const maps = (cell: Cell | undefined) => !isBlank(cell ?? '') && names(target.spec, [cell ?? '']).length > 0;
    const below = rows[i + 1] ?? [];
    const keyColumn = names(target.spec, row).find((m) => m.header === target.key)!.index;
    if (below.some(maps) && (isBlank(below[keyColumn] ?? '') || maps(below[keyColumn]))) {
      return { found: true, headerRows: [i + 1, i + 2], header: combine(row, below, maps), dataFrom: i + 2 };
    }
    const above = i > 0 ? rows[i - 1] : [];
    if (above.some((c, j) => maps(c) && isBlank(row[j] ?? ''))) {
      return { found: true, headerRows: [i, i + 1], header: combine(above, row, maps), dataFrom: i + 1 };
    }
    return { found: true, headerRows: [i + 1], header: row, dataFrom: i + 1 };
  }
  return { found: false, looked: rows.slice(0, limit).map((r, i) => `第 ${i + 1} 行${describeRow(r)}`) };
}

/**
 * One name per column from two header rows: the lower row's name where it is known, else the
 * group name and the lower name together (联系方式 + 手机), else the upper row's (a name merged
 * down over both rows sits in the upper one). A merged group header is text in its first cell
 * only, so it carries to the blank cells on its right.
 */
function combine(upper: readonly Cell[], lower: readonly Cell[], maps: (c: Cell) => boolean): Cell[] {
  const width = Math.max(upper.length, lower.length);
  const out: Cell[] = [];
  let group = '';
  for (let c = 0; c < width; c++) {
    const u = cellText(upper[c] ?? '');
    const l = cellText(lower[c] ?? '');
    if (u !== '') group = u;
    if (l === '') out.push(u);
    else if (maps(l)) out.push(l);
    else if (maps(group + l)) out.push(group + l);
    else out.push(maps(u) ? u : l);
  }
  return out;
}

function describeRow(row: readonly Cell[]): string {
  // A merged cell read from .xlsx repeats its text in every cell it covers: name it once.
  const cells = row.map((c) => cellText(c)).filter((t, i, all) => t !== '' && t !== all[i - 1]);
  if (cells.length === 0) return '（空行）';
  return `“${cells.slice(0, 4).join(' | ')}${cells.length > 4 ? ' | …' : ''}”`;
}

// Lines a clerk or a system adds under the data: totals, who made the table, notes.
const FOOTER_WORDS = /^(合\s*计|小\s*计|总\s*计|共\s*计|总\s*数|制\s*表|填\s*表|审\s*核|说\s*明|注\s*[:：])/;

/**
 * Why a row below the header is not data but a footer, or null. A row with a real key is always
 * data (its 备注 may well say 说明…); a footer names itself (合计：6人, 制表人：王芳) in its key
 * column or anywhere in a row without a key, or holds nothing but numbers (a totals row).
 */
export function footerReason(row: readonly Cell[], keyColumn: number): string | null {
  const key = cellText(row[keyColumn] ?? '');
  const texts = row.map((c) => cellText(c)).filter((t) => t !== '');
  const named = texts.find((t) => FOOTER_WORDS.test(t));
  if (key !== '' && !FOOTER_WORDS.test(key)) return null;
  if (named) return named.length > 20 ? `${named.slice(0, 20)}…` : named;
  if (texts.length > 0 && row.every((c) => isBlank(c) || typeof c === 'number' || /^[¥￥]?[\d,.]+元?$/.test(cellText(c)))) return '只有数字的合计行';
  return null;
}
