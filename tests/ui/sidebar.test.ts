// The sidebar's server side, run from the BUILT dist/Code.js on the runner's services: the
// menu opens the page the browser test exercises, and the server functions answer in the
// shapes of src/kernel/contracts/sidebarContract.ts.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { AidCheckView, SidebarReply } from '../../src/kernel/contracts/sidebarContract';
import { sidebarPage } from '../../src/ui/sidebarPage';
import { runBundle, sampleWorkbook } from '../support/offlineBundle';
import { SharedMemoryLock } from '../../runner/services/lock';
import { recordFixture, replyData } from '../support/sidebarFixtures';
import { replyErrors } from '../support/sidebarShapes';

const BUILT_PAGE = join(__dirname, '..', '..', 'build', 'sidebar.html');


describe('打开工作面板', () => {
  it('opens the sidebar on 日历同步 with the page the build made, which fetches nothing', () => {
    const run = runBundle({ workbook: sampleWorkbook() });
    run.call('onOpen');
    const items = run.services.ui.menus[0].entries.flatMap((e) => (e.kind === 'item' ? [e] : []));
    const open = items.find((e) => e.caption === '打开工作面板');
    expect(open?.functionName).toBe('menuOpenSidebar');

    run.call('menuOpenSidebar');
    const shown = run.services.ui.last('sidebar');
    expect(shown?.title).toBe('工会助手');
    expect(shown?.message).toBe(sidebarPage(readFileSync(BUILT_PAGE, 'utf8'), 'calendar'));
    const html = shown?.message ?? '';
    expect(html).toContain('<html lang="zh-CN">');
    // Everything inline: no script or style sheet from anywhere, no fonts, no images.
    expect(html).not.toMatch(/<script[^>]+src=|<link\b|@import|url\(\s*['"]?https?:/i);
    expect(html).not.toContain('/*SIDEBAR_');
    // Opening the sidebar reads and writes nothing in the workbook.
    expect(run.services.log.count('spreadsheet', 'Range.getValues')).toBe(0);
    expect(run.services.log.count('spreadsheet', 'Range.setValues')).toBe(0);
  });
});

describe('sidebarSelectRow', () => {
  it('selects the row a problem is about, on its sheet', () => {
    const run = runBundle({ workbook: sampleWorkbook() });
    const reply = run.call('sidebarSelectRow', '帮扶台账', 14);
    expect(replyErrors('sidebarSelectRow', reply)).toEqual([]);
    expect(reply).toEqual({ ok: true, data: { sheet: '帮扶台账', row: 14 } });
    expect(run.workbook.selection?.sheet).toBe('帮扶台账');
    expect(run.workbook.selection?.a1).toMatch(/^A14:[A-Z]+14$/);
    expect(run.workbook.sheets[run.workbook.activeSheet].name).toBe('帮扶台账');
  });

  it('says in Chinese when the sheet or the row is gone, and selects nothing', () => {
    const run = runBundle({ workbook: sampleWorkbook() });
    const before = run.workbook.selection;
    for (const [sheet, row, kind, text] of [
      ['帮扶台帐', 3, 'refused', '工作簿中没有名为“帮扶台帐”的工作表'],
      ['帮扶台账', 5000, 'stale', '第 5000 行已不存在'],
      ['帮扶台账', 0, 'refused', '“0”不是有效的行号'],
      ['帮扶台账', 2.5, 'refused', '“2.5”不是有效的行号'],
      ['', 3, 'refused', '没有指明要定位的工作表'],
    ] as const) {
      const reply = run.call<{ ok: boolean; error: { kind: string; message: string } }>('sidebarSelectRow', sheet, row);
      expect(replyErrors('sidebarSelectRow', reply)).toEqual([]);
      expect(reply.ok).toBe(false);
      expect(reply.error.kind).toBe(kind);
      expect(reply.error.message).toContain(text);
    }
    expect(run.workbook.selection).toEqual(before);
  });
});

describe('sidebarAidCheck', () => {
  it('checks the ledger and returns the summary and the rows needing attention, worst first', () => {
    const run = runBundle({ workbook: sampleWorkbook() });
    const reply = run.call<SidebarReply<AidCheckView>>('sidebarAidCheck');
    expect(replyErrors('sidebarAidCheck', reply)).toEqual([]);
    recordFixture('aidCheck', reply);
    if (!reply.ok) throw new Error(reply.error.message);
    const v = reply.data;
    // The same check as the menu item: the owned columns are written.
    expect(run.services.log.count('spreadsheet', 'Range.setValues')).toBeGreaterThan(0);
    const counts = v.resultCounts;
    expect(counts['一致'] + counts['不一致'] + counts['待发放'] + counts['错误']).toBe(v.rows);
    expect(v.attention).toHaveLength(v.rows - counts['一致']);
    expect(v.attention.map((r) => r.result)).toEqual([...v.attention.map((r) => r.result)].sort((a, b) => ['不一致', '错误', '待发放'].indexOf(a) - ['不一致', '错误', '待发放'].indexOf(b)));
    const zhu = v.attention.find((r) => r.applicationId === 'BF2023-013');
    expect(zhu).toMatchObject({ sheet: '帮扶台账', row: 14, name: '朱志强', result: '不一致', due: 400000, paid: 300000, difference: -100000 });
    expect(zhu?.note).toContain('少发 1,000.00 元');
    expect(v.tiers.reduce((sum, t) => sum + t.due, 0)).toBe(v.totalDue);
  });

  it('an invalid tier table comes back as a refusal listing its rows, and nothing is written', () => {
    const workbook = sampleWorkbook();
    const tiers = workbook.sheet('帮扶标准')!;
    tiers.values.set(3, 1, 8000);
    tiers.values.set(4, 2, 15000);
    const run = runBundle({ workbook });
    const reply = run.call<SidebarReply<AidCheckView>>('sidebarAidCheck');
    expect(replyErrors('sidebarAidCheck', reply)).toEqual([]);
    recordFixture('aidCheckProblems', reply);
    if (reply.ok) throw new Error('expected a refusal');
    expect(reply.error.kind).toBe('problems');
    expect(reply.error.message).toContain('核算未进行');
    expect(reply.error.problems).toContainEqual({ text: '帮扶标准!4 上限(元): 上限 15,000.00 元不大于下限 20,000.00 元', sheet: '帮扶标准', row: 4, blocking: true });
    expect(run.services.log.count('spreadsheet', 'Range.setValues')).toBe(0);
  });

  it('while another run holds the document lock, the sidebar is told so and nothing is written', () => {
    const memoryLock = new SharedMemoryLock();
    memoryLock.holders.set('document', 'another-execution');
    const run = runBundle({ workbook: sampleWorkbook(), services: { memoryLock } });
    const reply = run.call<SidebarReply<AidCheckView>>('sidebarAidCheck');
    expect(replyErrors('sidebarAidCheck', reply)).toEqual([]);
    expect(reply).toMatchObject({ ok: false, error: { kind: 'locked' } });
    expect(run.services.log.count('spreadsheet', 'Range.setValues')).toBe(0);
  });
});
