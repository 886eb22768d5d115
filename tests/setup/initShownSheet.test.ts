// Which tab the clerk lands on, and what the tool-made columns look like, through the built bundle
// on the runner's SpreadsheetApp (the calls counted as Google would bill them).
import { ALL_SHEETS, SHEET } from '../../src/kernel/sheets/schema';
import { answering as answer, runBundle } from '../support/offlineBundle';
import { CAMPAIGN, id, office, reminderWorkbook, type Result } from '../pickup/pickupWorkbook';
import { MemoryWorkbook } from '../../runner/workbook';

const shown = (wb: MemoryWorkbook) => wb.sheets[wb.activeSheet].name;
const wrapColumns = ALL_SHEETS.flatMap((s) => s.columns.filter((c) => c.wrap));

describe('初始化工作簿 brings the right sheet to the front', () => {
  it('a new workbook opens on 设置, to be filled in first, at one extra call per wrapped column and two for the tab', () => {
    const run = runBundle({ responder: answer('NO') });
    run.call('menuInitWorkbook');
    expect(shown(run.workbook)).toBe(SHEET.settings);
    const calls = run.services.log.snapshot('spreadsheet');
    expect(calls['Range.setWrap']).toBe(wrapColumns.length);
    expect(calls['Spreadsheet.getActiveSheet']).toBe(1);
    expect(calls['Spreadsheet.setActiveSheet']).toBe(1);
    expect(run.services.log.count('spreadsheet')).toBe(469);
  });

  it('the sample plan’s dates read as dates, its 09:00–11:30 walk with its times (one call per date column)', () => {
    const run = runBundle({ responder: answer('YES') });
    run.call('menuInitWorkbook');
    const calls = run.services.log.count('spreadsheet');
    const plan = run.workbook.sheet(SHEET.plan)!;
    const app = run.services.globals.SpreadsheetApp as GoogleAppsScript.Spreadsheet.SpreadsheetApp;
    const shownPlan = app.getActiveSpreadsheet().getSheetByName(SHEET.plan)!.getDataRange().getDisplayValues();
    const at = (text: string) => shownPlan.find((r) => r[1].includes(text))!.slice(3, 5);
    expect(at('“三八节”系列活动')).toEqual(['2023-03-08', '2023-03-10']);
    expect(at('健步走')).toEqual(['2023-04-28 09:00', '2023-04-28 11:30']);
    // A row the clerk adds later takes the column's date format.
    expect(plan.formatAt(500, 4)).toBe('yyyy-mm-dd');
    expect(run.services.log.count('spreadsheet', 'Range.setNumberFormats')).toBe(2);
    expect(calls).toBe(473);
  });

  it('an upgrade that only adds 领取登记 and 领取统计 leaves the clerk on her tab', () => {
    const first = runBundle({ responder: answer('YES') });
    first.call('menuInitWorkbook');
    const wb = first.workbook;
    for (const name of [SHEET.pickupLog, SHEET.pickupSummary]) wb.sheets.splice(wb.sheets.findIndex((s) => s.name === name), 1);
    wb.setSelection(SHEET.roster, 'B7');
    const again = runBundle({ workbook: wb, responder: answer('YES') });
    again.call('menuInitWorkbook');
    expect(wb.sheet(SHEET.pickupLog)).toBeDefined();
    expect(shown(wb)).toBe(SHEET.roster);
  });

  it('a second run that changes nothing does not touch the tab', () => {
    const run = runBundle({ responder: answer('NO') });
    run.call('menuInitWorkbook');
    run.workbook.setSelection(SHEET.campaigns, 'A1');
    const again = runBundle({ workbook: run.workbook, responder: answer('NO') });
    again.call('menuInitWorkbook');
    expect(shown(run.workbook)).toBe(SHEET.campaigns);
    expect(again.services.log.count('spreadsheet', 'Spreadsheet.setActiveSheet')).toBe(0);
  });
});

describe('the first pick-up creates 领取登记 and 领取统计', () => {
  it('and the clerk stays on the sheet she was working in', () => {
    const wb = reminderWorkbook(6);
    wb.setSelection('慰问活动', 'A2');
    const next = office(wb);
    expect(next().run.call<Result>('apiSendNotices', { campaignId: CAMPAIGN }).status).toBe('done');
    const counter = next().run;
    expect(counter.call<Result>('apiRecordPickups', { campaignId: CAMPAIGN, memberIds: [id(1)] }).status).toBe('done');
    expect(wb.sheet(SHEET.pickupLog)!.dump()).toHaveLength(2);
    expect(wb.sheet(SHEET.pickupSummary)).toBeDefined();
    expect(shown(wb)).toBe('慰问活动');
  });
});
