/** A1 notation ⇄ coordinates (1-based). */
export interface Area {
  row: number;
  column: number;
  numRows: number;
  numColumns: number;
}

export function columnToLetters(column: number): string {
  let s = '';
  for (let n = column; n > 0; n = Math.floor((n - 1) / 26)) s = String.fromCharCode(65 + ((n - 1) % 26)) + s;
  return s;
}

export function lettersToColumn(letters: string): number {
  let n = 0;
  for (const ch of letters.toUpperCase()) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n;
}

export function toA1(a: Area): string {
  const start = `${columnToLetters(a.column)}${a.row}`;
  if (a.numRows === 1 && a.numColumns === 1) return start;
  return `${start}:${columnToLetters(a.column + a.numColumns - 1)}${a.row + a.numRows - 1}`;
}

const REF = /^\$?([A-Za-z]*)\$?(\d*)$/;

/**
 * Parses 'B2', 'A1:C3', 'A:C' (whole columns), '2:5' (whole rows), '$A$1'. Returns null for
 * anything else. A sheet prefix ('Sheet!A1') is split off by the caller.
 */
export function parseA1(a1: string, maxRows: number, maxColumns: number): Area | null {
  const parts = a1.trim().split(':');
  if (parts.length > 2) return null;
  const refs = parts.map((p) => REF.exec(p.trim()));
  if (refs.some((m) => !m || (m[1] === '' && m[2] === ''))) return null;
  const [a, b] = [refs[0]!, refs[refs.length - 1]!];
  if (parts.length === 1 && (a[1] === '' || a[2] === '')) return null;
  const c1 = a[1] ? lettersToColumn(a[1]) : 1;
  const c2 = b[1] ? lettersToColumn(b[1]) : maxColumns;
  const r1 = a[2] ? Number(a[2]) : 1;
  const r2 = b[2] ? Number(b[2]) : maxRows;
  const row = Math.min(r1, r2);
  const column = Math.min(c1, c2);
  return { row, column, numRows: Math.abs(r2 - r1) + 1, numColumns: Math.abs(c2 - c1) + 1 };
}

/** Splits "'工作 计划'!A1:B2" into sheet name and range part. */
export function splitSheetName(a1: string): { sheet: string | null; ref: string } {
  const i = a1.lastIndexOf('!');
  if (i < 0) return { sheet: null, ref: a1 };
  let sheet = a1.slice(0, i);
  if (sheet.startsWith("'") && sheet.endsWith("'")) sheet = sheet.slice(1, -1).replace(/''/g, "'");
  return { sheet, ref: a1.slice(i + 1) };
}
