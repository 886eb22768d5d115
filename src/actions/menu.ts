/** The 工会助手 menu: one entry per action that exists (handler = an export of src/main.ts). */
export type MenuEntry = { readonly caption: string; readonly handler: string } | 'separator';

export const MENU_TITLE = '工会助手';

export const MENU_ITEMS: readonly MenuEntry[] = [
  { caption: '打开工作面板', handler: 'menuOpenSidebar' },
  { caption: '初始化工作簿', handler: 'menuInitWorkbook' },
  { caption: '生成节日慰问活动', handler: 'menuGenerateFestivals' },
  { caption: '导入名册', handler: 'menuImportRoster' },
  { caption: '导入帮扶台账', handler: 'menuImportLedger' },
  { caption: '核算帮扶金', handler: 'menuCheckAid' },
];
