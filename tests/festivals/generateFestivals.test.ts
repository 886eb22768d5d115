import { SharedMemoryLock } from '../../runner/services/lock';
import { MemoryWorkbook } from '../../runner/workbook';
import { SHEET } from '../../src/kernel/sheets/schema';
import type { ActionResult } from '../../src/kernel/contracts/actionResult';
import type { FestivalsData } from '../../src/festivals/generateFestivals';
import { runBundle, sampleWorkbook } from '../support/offlineBundle';

import type { UiRequest } from '../../runner/services/ui';

/** The clerk answers the confirmation with `button` and closes the report with OK. */
const answer = (button: 'YES' | 'NO') => (req: UiRequest) => ({ button: req.buttons.startsWith('YES') ? button : 'OK' } as const);

function campaignsOf(run: ReturnType<typeof runBundle>) {
  const [header, ...rows] = run.workbook.sheet(SHEET.campaigns)!.dump();
  return rows.map((r) => Object.fromEntries(header.map((h, i) => [String(h), r[i]])));
}

describe('生成节日慰问活动 on the sample workbook (plan year 2023)', () => {
  it('previews, and on YES adds the five missing campaigns with working-day windows, leaving the sample’s four alone', () => {
    const run = runBundle({ workbook: sampleWorkbook(), responder: answer('YES') });
    const before = campaignsOf(run);
    run.call('menuGenerateFestivals');

    const [confirm, report] = run.services.ui.shown;
    expect(confirm.message).toContain('将在“慰问活动”中添加 5 项活动');
    expect(confirm.message).toContain('2024-春节  2024年春节慰问品发放：2024年1月31日至2024年2月9日领取，2024年1月30日 09:00 发送通知');
    expect(confirm.message).toContain('已存在、不会改动：2023-三八、2023-端午、2023-生日Q4、2023-中秋');
    expect(report.message).toContain('已在“慰问活动”中添加 2023 年度的 5 项活动');

    const after = campaignsOf(run);
    expect(after.slice(0, before.length)).toEqual(before);
    const added = after.slice(before.length);
    const d = (iso: string, time?: string) => run.workbook.date(iso, time);
    expect(added.map((c) => [c['活动ID'], c['类型'], c['生日季度'], c['模板'], c['领取开始'], c['领取截止'], c['计划发送时间']])).toEqual([
      ['2023-生日Q2', '生日', 2, '生日', d('2023-03-16'), d('2023-03-31'), d('2023-03-15', '09:00:00')],
      ['2023-生日Q3', '生日', 3, '生日', d('2023-06-16'), d('2023-06-30'), d('2023-06-15', '09:00:00')],
      ['2024-生日Q1', '生日', 1, '生日', d('2023-12-18'), d('2023-12-29'), d('2023-12-15', '09:00:00')],
      // 元旦 2024 was a Monday: the window closes on the Friday before the long weekend.
      ['2024-元旦', '元旦', '', '元旦', d('2023-12-22'), d('2023-12-29'), d('2023-12-21', '09:00:00')],
      ['2024-春节', '春节', '', '春节', d('2024-01-31'), d('2024-02-09'), d('2024-01-30', '09:00:00')],
    ]);
    expect(added.every((c) => c['状态'] === '' && c['对象性别'] === '')).toBe(true);
  });

  it('reads each sheet once and appends in one write', () => {
    const run = runBundle({ workbook: sampleWorkbook(), responder: answer('YES') });
    run.services.log.reset();
    run.call('menuGenerateFestivals');
    expect(run.services.log.count('spreadsheet', 'Range.getValues')).toBe(3); // 设置, 慰问活动, 节假日
    expect(run.services.log.count('spreadsheet', 'Range.setValues')).toBe(1);
  });

  it('adds nothing the second time, and says so without writing', () => {
    const run = runBundle({ workbook: sampleWorkbook(), responder: answer('YES') });
    run.call('menuGenerateFestivals');
    const rows = JSON.stringify(run.workbook.sheet(SHEET.campaigns)!.dump());
    const writes = run.services.log.count('spreadsheet', 'Range.setValues');
    const second = run.call<ActionResult<FestivalsData>>('apiGenerateFestivals', {});
    expect(second.status).toBe('done');
    expect(second.data!.campaigns).toEqual([]);
    expect(second.message).toContain('都已在“慰问活动”中（9 项），没有需要添加的');
    expect(JSON.stringify(run.workbook.sheet(SHEET.campaigns)!.dump())).toBe(rows);
    expect(run.services.log.count('spreadsheet', 'Range.setValues')).toBe(writes);
  });

  it('changes nothing when the clerk answers NO', () => {
    const run = runBundle({ workbook: sampleWorkbook(), responder: answer('NO') });
    const rows = JSON.stringify(run.workbook.sheet(SHEET.campaigns)!.dump());
    run.call('menuGenerateFestivals');
    expect(JSON.stringify(run.workbook.sheet(SHEET.campaigns)!.dump())).toBe(rows);
    expect(run.services.ui.shown).toHaveLength(1);
  });

  it('is refused while another run holds the document lock', () => {
    const memoryLock = new SharedMemoryLock();
    memoryLock.holders.set('document', 'someone-else');
    const run = runBundle({ workbook: sampleWorkbook(), services: { memoryLock } });
    const result = run.call<ActionResult>('apiGenerateFestivals', {});
    expect(result.status).toBe('locked');
    expect(run.services.log.count('spreadsheet', 'Range.getValues')).toBe(0);
  });
});

describe('生成节日慰问活动 for other years', () => {
  it('uses the clerk’s 节假日 entries before the official schedule', () => {
    const wb = sampleWorkbook();
    const run = runBundle({ workbook: wb });
    const holidays = wb.sheet(SHEET.holidays)!;
    holidays.values.set(2, 1, wb.date('2025-05-30'));
    holidays.values.set(2, 2, '休');
    holidays.values.set(2, 3, '工会放假');
    const result = run.call<ActionResult<FestivalsData>>('apiGenerateFestivals', { year: 2025 });
    expect(result.data!.campaigns.find((c) => c.活动ID === '2025-端午')).toMatchObject({ 领取开始: '2025-05-21', 领取截止: '2025-05-29' });
  });

  it('notes the campaigns of a year without an official schedule', () => {
    const run = runBundle({ workbook: sampleWorkbook() });
    const result = run.call<ActionResult<FestivalsData>>('apiGenerateFestivals', { year: 2030 });
    expect(result.status).toBe('done');
    expect(result.message).toContain('注意：');
    const added = campaignsOf(run).filter((c) => /^203[01]-/.test(String(c['活动ID'])));
    expect(added).toHaveLength(9);
    for (const c of added) expect(c['说明']).toMatch(/^203[01]年的官方节假日安排尚未内置.*请核对/);
  });

  it('appends the 说明 column to an older 慰问活动 sheet that lacks it, in one more write', () => {
    const headers = ['活动ID', '活动名称', '类型', '对象性别', '生日季度', '分会', '标签', '模板', '领取地点', '领取开始', '领取截止', '计划发送时间', '状态'];
    const wb = MemoryWorkbook.create({ [SHEET.settings]: [['项目', '值'], ['计划年度', 2030]], [SHEET.campaigns]: [headers] });
    const run = runBundle({ workbook: wb });
    run.call('apiGenerateFestivals', {});
    const dump = wb.sheet(SHEET.campaigns)!.dump();
    expect(dump[0]).toEqual([...headers, '说明']);
    expect(dump).toHaveLength(10);
    expect(String(dump[1][13])).toContain('2030年的官方节假日安排尚未内置');
    expect(run.services.log.count('spreadsheet', 'Range.setValues')).toBe(2);
  });

  it('previews without writing on a dry run', () => {
    const run = runBundle({ workbook: sampleWorkbook() });
    const rows = JSON.stringify(run.workbook.sheet(SHEET.campaigns)!.dump());
    const result = run.call<ActionResult<FestivalsData>>('apiGenerateFestivals', { year: 2025, dryRun: true });
    expect(result.status).toBe('cancelled');
    expect(result.data!.campaigns).toHaveLength(9);
    expect(result.message).toContain('未添加任何活动');
    expect(JSON.stringify(run.workbook.sheet(SHEET.campaigns)!.dump())).toBe(rows);
  });

  it('names the bad 节假日 row and writes nothing', () => {
    const wb = sampleWorkbook();
    const run = runBundle({ workbook: wb });
    const holidays = wb.sheet(SHEET.holidays)!;
    holidays.values.set(2, 1, '2025-13-01');
    holidays.values.set(2, 2, '休');
    holidays.values.set(3, 1, wb.date('2025-05-30'));
    holidays.values.set(3, 2, '放');
    const rows = JSON.stringify(wb.sheet(SHEET.campaigns)!.dump());
    const result = run.call<ActionResult>('apiGenerateFestivals', { year: 2025 });
    expect(result.status).toBe('problems');
    expect(result.problems).toEqual([
      { sheet: '节假日', row: 2, column: '日期', message: expect.any(String) },
      { sheet: '节假日', row: 3, column: '类型', message: '应为“休”（放假）或“班”（上班），现为“放”' },
    ]);
    expect(JSON.stringify(wb.sheet(SHEET.campaigns)!.dump())).toBe(rows);
  });

  it('stops on a bad 领取窗口天数 but not on a setting it does not use', () => {
    const wb = sampleWorkbook();
    const settings = wb.sheet(SHEET.settings)!;
    const rowOf = (key: string) => settings.dump().findIndex((r) => r[0] === key) + 1;
    settings.values.set(rowOf('档位边界'), 2, '随便');
    const run = runBundle({ workbook: wb });
    expect(run.call<ActionResult>('apiGenerateFestivals', { year: 2025, dryRun: true }).status).toBe('cancelled');
    settings.values.set(rowOf('领取窗口天数'), 2, '十天');
    const result = run.call<ActionResult>('apiGenerateFestivals', { year: 2025 });
    expect(result.status).toBe('problems');
    expect(result.problems).toEqual([{ sheet: '设置', row: rowOf('领取窗口天数'), column: '值', message: expect.stringMatching(/^领取窗口天数：“十天”不是/) }]);
  });

  it('refuses a year outside the lunar table', () => {
    const run = runBundle({ workbook: sampleWorkbook() });
    const result = run.call<ActionResult>('apiGenerateFestivals', { year: 2101 });
    expect(result.status).toBe('problems');
    expect(result.problems).toEqual([{ sheet: '设置', column: '值', message: expect.stringContaining('只能生成 2000–2100 年的活动') }]);
  });
});
