import { amountCell } from '../../../src/kernel/values/amountCell';
import { wallClock } from '../../../src/kernel/values/cell';

const at = { sheet: '帮扶台账', row: 7, column: '自付金额' };

describe('a money cell of the clerk\'s data', () => {
  test('blank is no amount and no problem', () => {
    expect(amountCell('', at)).toEqual({ fen: null, problem: null });
    expect(amountCell('  ', at)).toEqual({ fen: null, problem: null });
    expect(amountCell(undefined, at)).toEqual({ fen: null, problem: null });
  });

  test('an amount in any accepted form is fen', () => {
    expect(amountCell('¥12,345.6', at)).toEqual({ fen: 1234560, problem: null });
    expect(amountCell(0, at)).toEqual({ fen: 0, problem: null });
  });

  test('a negative self-paid amount is refused, naming the cell', () => {
    expect(amountCell('-500', at)).toEqual({ fen: null, problem: { ...at, message: '金额不能为负数（-500.00 元）' } });
    expect(amountCell(-0.5, at).problem?.message).toBe('金额不能为负数（-0.50 元）');
  });

  test('text that is not an amount, or a date in a money column, is refused', () => {
    expect(amountCell('=SUM(A1)', at)).toEqual({ fen: null, problem: { ...at, message: '“=SUM(A1)”不是有效的金额' } });
    expect(amountCell(wallClock('2023-11-20'), at).problem?.message).toBe('不是有效的金额');
  });
});
