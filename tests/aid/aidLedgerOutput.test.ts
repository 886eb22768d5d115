import { checkAid } from '../../src/aid/aidCheck';
import { type Cell, wallClock } from '../../src/kernel/values/cell';
import { planAidLedgerOutput, RESULT_COLOURS, withClerkColours } from '../../src/aid/aidLedgerOutput';
import { readAidLedger } from '../../src/aid/readAidLedger';
import { DEFAULT_AID_SETTINGS, member, SCHOOL_TABLE, validTiers } from '../support/aidTables';

const CLERK = ['申请编号', '年度', '工号', '姓名', '分会', '病种', '医疗总费用', '医保报销', '自付金额', '实发金额', '发放日期'];
const OWNED = ['应发金额', '差额', '核对结果', '说明'];

function plan(values: Cell[][]) {
  const ledger = readAidLedger(values);
  const check = checkAid({ tiers: validTiers(SCHOOL_TABLE), applications: ledger.applications, members: [member('1001', '王秀英')], settings: DEFAULT_AID_SETTINGS });
  return planAidLedgerOutput(ledger.table, check.rows, ledger.outputOnlyRows);
}

describe('what 核算帮扶金 writes to 帮扶台账', () => {
  const paid = ['A1', 2023, '1001', '王秀英', '', '', '', '', 15000, 2500, wallClock('2023-11-20')];
  const unpaid = ['A2', 2024, '1001', '王秀英', '', '', '', '', 8000, '', ''];

  test('the owned columns are appended when missing, filled in one block, rows coloured by result', () => {
    const out = plan([CLERK, paid, unpaid]);
    expect(out.values.headerWrite).toEqual({ row: 1, column: 12, values: [OWNED] });
    expect(out.values.writes).toHaveLength(1);
    const [write] = out.values.writes;
    expect(write).toMatchObject({ row: 2, column: 12 });
    expect(write.values.map((r) => r.slice(0, 3))).toEqual([[2500, 0, '一致'], [1000, '', '待发放']]);
    expect(out.backgrounds).toEqual({ row: 2, column: 1, colours: [new Array(15).fill(RESULT_COLOURS.一致), new Array(15).fill(RESULT_COLOURS.待发放)] });
  });

  test('when every owned cell already holds its value, nothing is written; colours are set again', () => {
    const first = plan([CLERK, paid, unpaid]);
    const rows = first.values.writes[0].values;
    const out = plan([[...CLERK, ...OWNED], [...paid, ...rows[0]], [...unpaid, ...rows[1]]]);
    expect(out.values).toEqual({ headerWrite: null, writes: [] });
    expect(out.backgrounds.colours).toHaveLength(2);
  });

  test('a row whose clerk cells were cleared loses its old output and colour', () => {
    const out = plan([[...CLERK, ...OWNED], [...paid, 0, 0, '', ''], ['', '', '', '', '', '', '', '', '', '', '', 1000, 0, '一致', '旧说明']]);
    expect(out.values.writes[0].values[1]).toEqual(['', '', '', '']);
    expect(out.backgrounds.colours[1].every((c) => c === null)).toBe(true);
  });

  test('columns the clerk moved are found by header; clerk cells are never in a write', () => {
    const header = ['说明', ...CLERK, '核对结果', '备注', '应发金额', '差额'];
    const out = plan([header, ['', ...paid, '', '手写备注', '', '']]);
    expect(out.values.writes.map((w) => w.column)).toEqual([1, 13, 15]);
    const written = out.values.writes.flatMap((w) => w.values[0]);
    expect(written).not.toContain('手写备注');
    expect(written).toEqual([expect.stringContaining('按帮扶标准第 3 行'), '一致', 2500, 0]);
  });
});

describe('row colours of 核算帮扶金', () => {
  test('colour the ledger’s columns only; the clerk’s own column between them keeps her colours', () => {
    const header = [...CLERK.slice(0, 5), '备注', ...CLERK.slice(5), ...OWNED, '办公室说明'];
    const row = ['A1', 2023, '1001', '王秀英', '', '手写', '', '', '', 15000, 2500, wallClock('2023-11-20')];
    const out = plan([header, row]);
    const colours = out.backgrounds.colours[0];
    expect(colours).toHaveLength(16);
    expect(colours[5]).toBeUndefined();
    expect(colours.filter((c) => c === RESULT_COLOURS.一致)).toHaveLength(15);
    const current = [Array.from({ length: 16 }, (_, i) => (i === 5 ? '#ffff00' : '#ffffff'))];
    const wanted = withClerkColours(out.backgrounds.colours, current)[0];
    expect(wanted[5]).toBe('#ffff00');
    expect(wanted[0]).toBe(RESULT_COLOURS.一致);
  });
});
