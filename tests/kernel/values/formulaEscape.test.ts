import { escapeFormula } from '../../../src/kernel/values/formulaEscape';

describe('a value from a cell is written back as text, never as a formula', () => {
  it.each(['=HYPERLINK("http://x","点我")', '+123', '-1+2', '@SUM(A1)'])('%s gets a leading apostrophe', (v) => {
    expect(escapeFormula(v)).toBe(`'${v}`);
  });

  it('leaves ordinary text, numbers and empty cells alone', () => {
    expect(escapeFormula('王秀英')).toBe('王秀英');
    expect(escapeFormula('')).toBe('');
    expect(escapeFormula(-5)).toBe(-5);
    expect(escapeFormula("it's")).toBe("it's");
  });
});
