import { MemoryWorkbook } from '../../runner/workbook';
import { crashPoints, crashSweep, type CrashScenario, worldOf } from './crashSweep';

// The sweep is only worth something if it catches the bugs it is meant to catch. These scenarios
// drive the runner's services directly (no bundle) with deliberately careless "actions".
type App = GoogleAppsScript.Spreadsheet.SpreadsheetApp;
const app = (run: { services: { globals: Record<string, unknown> } }) => run.services.globals.SpreadsheetApp as App;
const props = (run: { services: { globals: Record<string, unknown> } }) => (run.services.globals.PropertiesService as GoogleAppsScript.Properties.PropertiesService).getDocumentProperties();

describe('the crash sweep', () => {
  it('finds a duplicated row: append first, remember that it was done afterwards', () => {
    const scenario: CrashScenario = {
      world: () => worldOf(MemoryWorkbook.create({ 发送记录: [['活动ID', '工号']] })),
      act: (run) => {
        if (props(run).getProperty('done')) return;
        app(run).getActiveSpreadsheet().getSheetByName('发送记录')!.appendRow(['2023-端午', '001']);
        props(run).setProperty('done', 'yes');
      },
    };
    const report = crashSweep(scenario);
    expect(report.failures.join('\n')).toMatch(/k=\d+ \(\S+\) after the rerun: .*发送记录.*3 rows instead of 2/);
  });

  it('finds a half-written sheet: one row per call', () => {
    const scenario: CrashScenario = {
      world: () => worldOf(MemoryWorkbook.create({ 名册: [['工号'], ['001'], ['002']] })),
      act: (run) => {
        const sheet = app(run).getActiveSpreadsheet().getSheetByName('名册')!;
        const ids = sheet.getDataRange().getValues();
        ids.slice(1).forEach((r, i) => sheet.getRange(i + 2, 2).setValue(`已处理 ${r[0]}`));
      },
    };
    expect(crashSweep(scenario).failures.join('\n')).toContain('工作表“名册”只写了一半');
  });

  it('passes an action that writes its result in one call and is idempotent', () => {
    const scenario: CrashScenario = {
      world: () => worldOf(MemoryWorkbook.create({ 名册: [['工号'], ['001'], ['002']] })),
      act: (run) => {
        const sheet = app(run).getActiveSpreadsheet().getSheetByName('名册')!;
        const ids = sheet.getDataRange().getValues();
        sheet.getRange(2, 2, 2, 1).setValues(ids.slice(1).map((r) => [`已处理 ${r[0]}`]));
      },
    };
    const report = crashSweep(scenario);
    expect(report.total).toBe(6);
    expect(report.failures).toEqual([]);
  });

  it('crashes after every write, and samples long runs of layout calls', () => {
    const calls = ['Sheet.getRange', 'Range.setValues', ...Array(9).fill('Range.setNumberFormat'), 'Range.getValues', 'Properties.setProperty', 'Utilities.formatDate'];
    expect(crashPoints(calls, true)).toEqual([1, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 14]);
    // Layout run: crash points 4…12 (after each setNumberFormat) → 4, 8, 12.
    expect(crashPoints(calls, false)).toEqual([1, 3, 4, 8, 12, 14]);
  });
});
