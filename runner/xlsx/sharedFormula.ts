// A shared formula (<f t="shared" si="0" ref="D2:D9">E2*2</f>) is written once; the other cells
// of its range carry only si. Each gets the master's text moved by its offset, relative
// references only, as Excel does (ECMA-376 Part 1, 18.3.1.40).
import { columnToLetters, lettersToColumn } from '../a1';

const REF = /('(?:[^']|'')*'|"(?:[^"]|"")*")|(\$?)([A-Z]{1,3})(\$?)(\d+)(?![\w(])/g;

export function shiftFormula(formula: string, rows: number, cols: number): string {
  if (rows === 0 && cols === 0) return formula;
  return formula.replace(REF, (m, quoted: string | undefined, absC: string, letters: string, absR: string, digits: string, at: number) => {
    if (quoted) return m;
    const before = formula[at - 1];
    if (before && /[\w.]/.test(before)) return m;
    const col = absC ? letters : columnToLetters(lettersToColumn(letters) + cols);
    const row = absR ? digits : String(Number(digits) + rows);
    return `${absC}${col}${absR}${row}`;
  });
}
