import { runBundle } from './support/offlineBundle';

describe('opening the spreadsheet', () => {
  it('adds the 工会助手 menu with the actions that exist, and does nothing else', () => {
    const run = runBundle();
    run.call('onOpen');
    const menus = run.services.ui.menus;
    expect(menus).toHaveLength(1);
    expect(menus[0].title).toBe('工会助手');
    const captions = menus[0].entries.flatMap((e) => (e.kind === 'item' ? [e.caption] : []));
    expect(captions).toContain('初始化工作簿');
    // Every menu item points at a function the bundle really exports.
    for (const e of menus[0].entries) {
      if (e.kind === 'item') expect(run.exports()).toContain(e.functionName);
    }
    expect(run.workbook.sheets).toHaveLength(0);
    expect(run.services.log.count('spreadsheet', 'Sheet.getRange')).toBe(0);
    expect(run.services.log.count('properties')).toBe(0);
  });
});
