import { clipText } from './text/clipText';

// A problem found in the clerk's data, always located so the clerk can find and fix it.
export interface Problem {
  readonly sheet: string;
  /** 1-based sheet row; absent for a whole-sheet problem. */
  readonly row?: number;
  /** Header name of the column. */
  readonly column?: string;
  readonly message: string;
  /** Warnings are shown but do not block an action. */
  readonly severity?: 'error' | 'warning';
}

/** `sheet!row column: reason`, as docs/architecture.md fixes it. */
export function formatProblem(p: Problem): string {
  const where = p.row !== undefined ? `${p.sheet}!${p.row}` : p.sheet;
  const col = p.column ? ` ${p.column}` : '';
  return `${where}${col}: ${clipQuotes(p.message)}`;
}

const QUOTED = /“([^”]*)”/g;
/** Longer than any ID, address or amount a clerk types; a pasted paragraph is longer. */
const LONGEST_SHOWN = 120;
const KEEP = 40;

/**
 * A reason quotes the cell it is about (“…”); a 10,000-character cell would bury the reason, so
 * long quotes keep their start and their length. Counted in code points, so 𠮷 and emoji stay whole.
 */
function clipQuotes(message: string): string {
  return message.replace(QUOTED, (whole, inner: string) => {
    const length = [...inner].length;
    return length <= LONGEST_SHOWN ? whole : `“${clipText(inner, KEEP)}”（共 ${length} 个字符）`;
  });
}

export function isBlocking(p: Problem): boolean {
  return p.severity !== 'warning';
}
