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

/** `sheet!row column: reason`, as DESIGN.md fixes it. */
export function formatProblem(p: Problem): string {
  const where = p.row !== undefined ? `${p.sheet}!${p.row}` : p.sheet;
  const col = p.column ? ` ${p.column}` : '';
  return `${where}${col}: ${p.message}`;
}

export function isBlocking(p: Problem): boolean {
  return p.severity !== 'warning';
}
