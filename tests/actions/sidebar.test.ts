// The sidebar's server side, run from the BUILT dist/Code.js on the runner's services: the
// menu opens the page the browser test exercises, and the server functions answer in the
// shapes of src/ui/sidebarContract.ts.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { sidebarPage } from '../../src/ui/sidebarPage';
import { runBundle, sampleWorkbook } from '../support/offlineBundle';
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
