import { runBundle } from './support/offlineBundle';

describe('opening the spreadsheet', () => {
  it('adds the 工会助手 menu with the actions that exist, and does nothing else', () => {
    const run = runBundle();
    run.call('onOpen');
    const menus = run.services.ui.menus;
    expect(menus).toHaveLength(1);
    expect(menus[0].title).toBe('工会助手');
    const captions = menus[0].entries.flatMap((e) => (e.kind === 'item' ? [e.caption] : []));
    // Every action of docs/architecture.md's menu table is there.
    expect(captions).toEqual(expect.arrayContaining([
      '初始化工作簿', '同步工作计划到日历', '导出日历文件 (.ics)', '生成节日慰问活动', '预览慰问通知', '发送测试邮件给我',
      '审核通过', '发送慰问通知', '开启自动发送', '关闭自动发送', '核算帮扶金', '导入名册', '导入帮扶台账', '保护敏感工作表',
    ]));
    expect(menus[0].entries.filter((e) => e.kind === 'separator').length).toBeGreaterThan(0);
    // Every menu item points at a function the bundle really exports.
    for (const e of menus[0].entries) {
      if (e.kind === 'item') expect(run.exports()).toContain(e.functionName);
    }
    expect(run.workbook.sheets).toHaveLength(0);
    expect(run.services.log.count('spreadsheet', 'Sheet.getRange')).toBe(0);
    expect(run.services.log.count('properties')).toBe(0);
  });
});
