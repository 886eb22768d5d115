import { ALL_SHEETS, SHEET } from '../../src/kernel/sheets/schema';
import { answering as answer, runBundle } from '../support/offlineBundle';

describe('初始化工作簿 on an empty spreadsheet', () => {
  it('creates every sheet with bold, frozen headers and nothing else when the clerk says no to samples', () => {
    const run = runBundle({ responder: answer('NO') });
    run.call('menuInitWorkbook');
    expect(run.workbook.sheets.map((s) => s.name)).toEqual(ALL_SHEETS.map((s) => s.name));
    for (const spec of ALL_SHEETS) {
      const sheet = run.workbook.sheet(spec.name)!;
      if (spec.columns.length === 0) continue;
      expect(sheet.dump()[0]).toEqual(spec.columns.map((c) => c.header));
      expect(sheet.frozenRows).toBe(1);
      expect(sheet.bold.get(1, 1)).toBe(true);
    }
    // 工号 and 手机 stay text; dates get a date format; lists get validation.
    const roster = run.workbook.sheet(SHEET.roster)!;
    expect(roster.formatAt(2, 1)).toBe('@');
    expect(roster.formatAt(500, 8)).toBe('@');
    expect(roster.formatAt(2, 4)).toBe('yyyy-mm-dd');
    expect(roster.validations.get(2, 10)?.values).toEqual(['在册', '退休', '离校']);
    // Only the default mail templates and settings carry rows.
    expect(run.workbook.sheet(SHEET.plan)!.dump()).toHaveLength(1);
    expect(run.workbook.sheet(SHEET.templates)!.dump().length).toBeGreaterThan(6);
    const settings = run.workbook.sheet(SHEET.settings)!.dump();
    expect(settings).toContainEqual(['计划起始月份', 2]);
    const shown = run.services.ui.shown.map((m) => m.message).join('\n');
    expect(shown).toContain('已创建工作表：设置、工作计划');
  });

  it('changes nothing the second time', () => {
    const run = runBundle({ responder: answer('YES') });
    run.call('menuInitWorkbook');
    const before = run.workbook.sheets.map((s) => [s.name, JSON.stringify(s.dump())]);
    const writesBefore = run.services.log.count('spreadsheet', 'Range.setValues');
    run.call('menuInitWorkbook');
    expect(run.workbook.sheets.map((s) => [s.name, JSON.stringify(s.dump())])).toEqual(before);
    expect(run.services.log.count('spreadsheet', 'Range.setValues')).toBe(writesBefore);
    expect(run.services.ui.shown.at(-1)!.message).toContain('所有工作表均已存在，无需改动');
  });

  it('does nothing when the clerk cancels', () => {
    const run = runBundle({ responder: answer('CANCEL') });
    run.call('menuInitWorkbook');
    expect(run.workbook.sheets).toHaveLength(0);
  });

  it('never changes a sheet that already holds data, and fills an empty one', () => {
    const run = runBundle({ responder: answer('YES') });
    run.workbook.addSheet('会员名册').values.set(1, 1, '我的名册');
    run.workbook.addSheet('工作计划');
    run.call('menuInitWorkbook');
    expect(run.workbook.sheet('会员名册')!.dump()).toEqual([['我的名册']]);
    expect(run.workbook.sheet('工作计划')!.dump()).toHaveLength(37);
  });
});

describe('初始化工作簿 with the sample data', () => {
  const run = runBundle({ responder: answer('YES') });
  run.call('menuInitWorkbook');
  const rows = (name: string) => run.workbook.sheet(name)!.dump();

  it('loads the seed’s 36-row plan with 计划编号 2023-0001…2023-0036', () => {
    const plan = rows(SHEET.plan);
    expect(plan).toHaveLength(37);
    const id = plan[0].indexOf('计划编号');
    expect(plan[1][id]).toBe('2023-0001');
    expect(plan[36][id]).toBe('2023-0036');
    expect(plan[36][1]).toBe('青年教职工单身联谊活动');
  });

  it('keeps 工号 as text with its leading zeros and birthdays as dates', () => {
    const roster = rows(SHEET.roster);
    expect(roster.length).toBeGreaterThanOrEqual(61);
    expect(roster[1][0]).toBe('001000');
    expect(typeof roster[1][7]).toBe('string');
    expect(Object.prototype.toString.call(roster[1][3])).toBe('[object Date]');
    expect(run.workbook.sheet(SHEET.roster)!.dump().slice(1).map((r) => r[3]).filter((d) => d instanceof Date)).toHaveLength(64);
  });

  it('has campaigns with the docs/architecture.md ID scheme', () => {
    const ids = rows(SHEET.campaigns).slice(1).map((r) => r[0]);
    expect(ids).toEqual(expect.arrayContaining(['2023-三八', '2023-端午', '2023-中秋', '2023-生日Q4']));
  });

  it('labels the tier table as an example and has about 20 ledger rows', () => {
    expect(rows(SHEET.aidTiers)[1][4]).toContain('示例');
    expect(rows(SHEET.aidLedger).length - 1).toBeGreaterThanOrEqual(20);
  });
});
