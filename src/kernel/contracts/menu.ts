/** The 工会助手 menu: one entry per action that exists (handler = an export of src/main.ts). */
export type MenuEntry = { readonly caption: string; readonly handler: string } | 'separator';

export const MENU_TITLE = '工会助手';

// Grouped the way a clerk's year runs: set up, plan and calendar, gifts and notices, aid, data.
export const MENU_ITEMS: readonly MenuEntry[] = [
  { caption: '打开工作面板', handler: 'menuOpenSidebar' },
  { caption: '初始化工作簿', handler: 'menuInitWorkbook' },
  'separator',
  { caption: '同步工作计划到日历', handler: 'menuSyncCalendar' },
  { caption: '导出日历文件 (.ics)', handler: 'menuExportIcs' },
  'separator',
  { caption: '生成节日慰问活动', handler: 'menuGenerateFestivals' },
  { caption: '预览慰问通知', handler: 'menuPreviewNotices' },
  { caption: '发送测试邮件给我', handler: 'menuSendTestNotice' },
  { caption: '审核通过', handler: 'menuApproveCampaign' },
  { caption: '发送慰问通知', handler: 'menuSendNotices' },
  { caption: '开启自动发送', handler: 'menuEnableAutoSend' },
  { caption: '关闭自动发送', handler: 'menuDisableAutoSend' },
  { caption: '发送催领通知', handler: 'menuSendReminders' },
  { caption: '打印签领单', handler: 'menuPrintSignSheets' },
  'separator',
  { caption: '核算帮扶金', handler: 'menuCheckAid' },
  'separator',
  { caption: '导入名册', handler: 'menuImportRoster' },
  { caption: '导入帮扶台账', handler: 'menuImportLedger' },
  { caption: '保护敏感工作表', handler: 'menuProtectSheets' },
];
