import { MemoryWorkbook } from '../../runner/workbook';
import { ROSTER_SPEC, SHEET } from '../../src/kernel/sheets/schema';
import { runBundle } from '../support/offlineBundle';
import type { ActionResult } from '../../src/kernel/contracts/actionResult';
import type { ImportData } from '../../src/import/importIntoSheet';

const HEADERS = ROSTER_SPEC.columns.map((c) => c.header);

function hrExport(count: number, emailOf: (i: number) => string = (i) => `t${i}@example.edu.cn`): unknown[][] {
  const rows: unknown[][] = [['职工号', '姓名', '性别', '出生年月', '所在分会', 'Email', '手机号码']];
  for (let i = 0; i < count; i++) {
    rows.push([String(100000 + i).padStart(7, '0'), `职工${i}`, i % 2 ? 'M' : 'F', `${1960 + (i % 40)}${String((i % 12) + 1).padStart(2, '0')}${String((i % 28) + 1).padStart(2, '0')}`,
      `第${i % 30}分会`, emailOf(i), 13800000000 + i]);
  }
  return rows;
}

describe('apiImport: the offline CLI and the sidebar hand over the rows', () => {
  it('imports 10,000 members with one spreadsheet read and one write', () => {
    const workbook = MemoryWorkbook.create({ [SHEET.roster]: [HEADERS] });
    const run = runBundle({ workbook });
    const result = run.call<ActionResult<ImportData>>('apiImport', { into: '会员名册', rows: hrExport(10_000), source: '人事处.xlsx', apply: true });
    expect(result.status).toBe('done');
    expect(result.data).toMatchObject({ added: 10_000, changed: 0, written: true });
    expect(run.services.log.count('spreadsheet', 'Range.getValues')).toBe(1);
    expect(run.services.log.count('spreadsheet', 'Range.setValues')).toBe(1);
    const rows = workbook.sheet(SHEET.roster)!.dump();
    expect(rows).toHaveLength(10_001);
    // A sheet the clerk made by hand has no text format: the import sets '@' on the text columns it
    // writes (a fixed number of calls), so 工号 keeps its leading zero and 手机 stays text.
    expect(rows[10_000].slice(0, 3)).toEqual(['0109999', '职工9999', '男']);
    expect(rows[10_000][7]).toBe('13800009999');
    expect(run.services.log.count('spreadsheet', 'Range.setNumberFormat')).toBe(2);

    // A month later: the same export with 100 new e-mail addresses.
    const again = runBundle({ workbook });
    const second = again.call<ActionResult<ImportData>>('apiImport', {
      into: '会员名册', rows: hrExport(10_000, (i) => (i % 100 === 0 ? `new${i}@example.edu.cn` : `t${i}@example.edu.cn`)), apply: true,
    });
    expect(second.data).toMatchObject({ added: 0, changed: 100, unchanged: 9_900, written: true });
    expect(again.services.log.count('spreadsheet', 'Range.getValues')).toBe(1);
    expect(again.services.log.count('spreadsheet', 'Range.setValues')).toBe(1);
    expect(workbook.sheet(SHEET.roster)!.dump()[9_901][6]).toBe('new9900@example.edu.cn');
  });

  it('previews without writing unless asked to apply', () => {
    const workbook = MemoryWorkbook.create({ [SHEET.roster]: [HEADERS] });
    const run = runBundle({ workbook });
    const result = run.call<ActionResult<ImportData>>('apiImport', { into: '会员名册', rows: hrExport(3), apply: false });
    expect(result.message).toContain('新增 3 人');
    expect(result.message).toContain('（仅预览，未写入）');
    expect(result.data!.written).toBe(false);
    expect(workbook.sheet(SHEET.roster)!.dump()).toEqual([HEADERS]);
    expect(run.services.log.count('spreadsheet', 'Range.setValues')).toBe(0);
  });

  it('reads 导入区 when no rows are given, and refuses an unknown target', () => {
    const workbook = MemoryWorkbook.create({ [SHEET.roster]: [HEADERS], [SHEET.importArea]: [['工号', '姓名'], ['1', '甲']] });
    const run = runBundle({ workbook });
    expect(run.call<ActionResult<ImportData>>('apiImport', { into: '会员名册', apply: true }).data!.added).toBe(1);
    const bad = run.call<ActionResult>('apiImport', { into: '工作计划', rows: [], apply: true });
    expect(bad.status).toBe('problems');
    expect(bad.message).toBe('只能导入到 会员名册 或 帮扶台账，不能导入到“工作计划”。');
  });

  it('errors come back located, with status problems, and nothing is written', () => {
    const workbook = MemoryWorkbook.create({ [SHEET.roster]: [HEADERS] });
    const run = runBundle({ workbook });
    const result = run.call<ActionResult>('apiImport', { into: '会员名册', rows: [['工号', '姓名', '生日'], ['1', '周一', '1985']], source: 'a.csv', apply: true });
    expect(result.status).toBe('problems');
    expect(result.problems).toEqual([{ sheet: 'a.csv', row: 2, column: '生日', message: '“1985”只有年份，缺少月和日' }]);
    expect(workbook.sheet(SHEET.roster)!.dump()).toEqual([HEADERS]);
  });
});
