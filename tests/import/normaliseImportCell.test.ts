import { comparable, normaliseImportCell } from '../../src/import/normaliseImportCell';
import { AID_LEDGER_SPEC, ROSTER_SPEC } from '../../src/kernel/sheets/schema';
import { wallClock } from '../../src/kernel/values/cell';

const col = (header: string) => [...ROSTER_SPEC.columns, ...AID_LEDGER_SPEC.columns].find((c) => c.header === header)!;

describe('imported values take the form their column stores', () => {
  test.each([['男', '男'], ['M', '男'], ['m', '男'], ['male', '男'], ['Male', '男'], ['男性', '男'], ['女', '女'], ['F', '女'], ['female', '女'], ['Ｆ', '女']])(
    '性别 %s → %s', (v, g) => expect(normaliseImportCell(col('性别'), v)).toEqual({ ok: true, value: g }));

  test('性别 codes are not guessed', () => {
    const r = normaliseImportCell(col('性别'), 1);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.reason).toContain('应为 男/女');
  });

  test('会员状态 as HR systems write it', () => {
    expect(normaliseImportCell(col('会员状态'), '在职')).toEqual({ ok: true, value: '在册' });
    expect(normaliseImportCell(col('会员状态'), '退休')).toEqual({ ok: true, value: '退休' });
    expect(normaliseImportCell(col('会员状态'), '停薪留职').ok).toBe(false);
  });

  test('dates become date cells; a year-month stays the text YYYY-MM, never the 1st', () => {
    expect(normaliseImportCell(col('出生日期'), '1985/3/7')).toEqual({ ok: true, value: wallClock('1985-03-07') });
    expect(normaliseImportCell(col('出生日期'), wallClock('1985-03-07', '08:00:00'))).toEqual({ ok: true, value: wallClock('1985-03-07') });
    for (const ym of [198503, '1985.03', 1985.03, '1985年3月', '1985-3']) expect(normaliseImportCell(col('出生日期'), ym)).toEqual({ ok: true, value: '1985-03' });
  });

  test('手机 is normalised once: +86, spaces and dashes go', () => {
    for (const p of ['+86 139 1010 4729', ' 139 1010 4729 ', '139-1010-4729', '0086 13910104729', 13910104729]) {
      expect(normaliseImportCell(col('手机'), p)).toEqual({ ok: true, value: '13910104729' });
    }
  });

  test('money becomes yuan numbers, 年度 a number', () => {
    expect(normaliseImportCell(col('自付金额'), '¥12,345.60')).toEqual({ ok: true, value: 12345.6 });
    expect(normaliseImportCell(col('自付金额'), '1.2万')).toEqual({ ok: true, value: 12000 });
    expect(normaliseImportCell(col('自付金额'), '很多').ok).toBe(false);
    expect(normaliseImportCell(col('年度'), '2023年')).toEqual({ ok: true, value: 2023 });
    expect(normaliseImportCell(col('年度'), '二〇二三').ok).toBe(false);
  });

  test('text columns keep identifiers as text; blank stays blank', () => {
    expect(normaliseImportCell(col('工号'), 1024)).toEqual({ ok: true, value: '1024' });
    expect(normaliseImportCell(col('手机'), 13812345678)).toEqual({ ok: true, value: '13812345678' });
    expect(normaliseImportCell(col('手机'), '1.38E+10').ok).toBe(false);
    expect(normaliseImportCell(col('邮箱'), '  ')).toEqual({ ok: true, value: '' });
  });

  test('comparison sees through the spelling', () => {
    expect(comparable(col('工号'), 1024)).toBe(comparable(col('工号'), '1024'));
    expect(comparable(col('自付金额'), 1000)).toBe(comparable(col('自付金额'), '¥1,000.00'));
    expect(comparable(col('出生日期'), wallClock('1985-03-07'))).toBe(comparable(col('出生日期'), '19850307'));
    expect(comparable(col('性别'), '男')).toBe(comparable(col('性别'), 'M'));
    expect(comparable(col('姓名'), '张三')).not.toBe(comparable(col('姓名'), '张叁'));
  });
});
