import { parseAmount } from '../../../src/kernel/values/parseAmount';

function fenOf(value: unknown): number {
  const r = parseAmount(value);
  if (!r.ok) throw new Error(`expected ${JSON.stringify(value)} to parse, got: ${r.reason}`);
  return r.fen;
}

describe('parseAmount: every way a clerk writes an amount', () => {
  test.each([
    ['12345.6', 1234560],
    ['12345', 1234500],
    ['12,345.60', 1234560],
    ['1,234,567.89', 123456789],
    ['¥12,345', 1234500],
    ['￥12,345', 1234500],
    ['¥ 12,345.6', 1234560],
    ['１２３４５', 1234500],
    ['１２，３４５．６', 1234560],
    ['￥１２３４５', 1234500],
    ['1.2万', 1200000],
    ['1.23456万', 1234560],
    ['10万', 10000000],
    ['3万元', 3000000],
    ['500元', 50000],
    ['  8000  ', 800000],
    ['0', 0],
    ['0.01', 1],
    ['-5', -500],
  ])('text %j is %d fen', (text, fen) => {
    expect(fenOf(text)).toBe(fen);
  });

  test.each([
    [12345.6, 1234560],
    [12345, 1234500],
    [0.1 + 0.2, 30],
    [1234.56, 123456],
    [-5, -500],
    [0, 0],
  ])('a number typed as a number, %p, is %d fen', (n, fen) => {
    expect(fenOf(n)).toBe(fen);
  });

  test('digits beyond the fen are rounded half up on the typed digits, not on floats', () => {
    expect(fenOf('0.145')).toBe(15);
    expect(fenOf(0.145)).toBe(15);
    expect(fenOf('1.005')).toBe(101);
    expect(fenOf(1.005)).toBe(101);
    expect(fenOf('0.004')).toBe(0);
    expect(fenOf('1.2345678万')).toBe(1234568);
  });

  test('negative zero comes back as plain zero', () => {
    expect(Object.is(fenOf('-0'), 0)).toBe(true);
  });

  test('a tiny number written by Sheets in exponent form is read as zero fen', () => {
    expect(fenOf(1e-7)).toBe(0);
  });
});

describe('parseAmount: what it refuses, each with a reason naming the text', () => {
  test.each([
    'abc',
    '1..2',
    '--5',
    '=SUM(A1)',
    '1 2',
    '12,34',
    '1,2345',
    '.5',
    '5.',
    '+5',
    '¥',
    '万',
    '12元5',
    '5-',
    '1e5',
    'NaN',
  ])('%j is not an amount', (text) => {
    const r = parseAmount(text);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.reason).toContain(text);
  });

  test.each(['', '   ', '\u3000\u3000'])('blank text %j is reported as empty', (text) => {
    expect(parseAmount(text)).toEqual({ ok: false, reason: '金额为空' });
  });

  test('misplaced thousands separators are explained as such', () => {
    expect(parseAmount('12,34')).toEqual({ ok: false, reason: '“12,34”的千分位逗号位置不对' });
  });

  test.each([true, null, undefined, { kind: 'wallclock', date: '2023-11-20', time: '00:00:00' }, NaN, Infinity])(
    'a cell that is not text or a number (%p) is not an amount',
    (v) => {
      expect(parseAmount(v).ok).toBe(false);
    },
  );

  test('amounts too large to hold exactly in fen are refused rather than rounded', () => {
    expect(parseAmount('99999999999999999999').ok).toBe(false);
    expect(parseAmount(1e21).ok).toBe(false);
  });
});
