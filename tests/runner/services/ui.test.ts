import { MemoryWorkbook } from '../../../runner/workbook';
import { createOfflineServices } from '../../../runner/services';
import type { UiRequest } from '../../../runner/services/ui';

function ui(responder?: (r: UiRequest) => { button: 'OK' | 'YES' | 'NO' | 'CANCEL' | 'CLOSE'; text?: string }) {
  const s = createOfflineServices({ workbook: MemoryWorkbook.create({ 表: [['x']] }), responder });
  const app = s.globals.SpreadsheetApp as GoogleAppsScript.Spreadsheet.SpreadsheetApp;
  return { s, u: app.getUi() };
}

test('the menu built in onOpen is recorded with its items', () => {
  const { s, u } = ui();
  u.createMenu('工会助手').addItem('初始化工作簿', 'initWorkbook').addSeparator()
    .addSubMenu(u.createMenu('导入').addItem('导入名册', 'importRoster')).addToUi();
  expect(s.ui.menus).toEqual([{ title: '工会助手', entries: [
    { kind: 'item', caption: '初始化工作簿', functionName: 'initWorkbook' },
    { kind: 'separator' },
    { kind: 'submenu', menu: { title: '导入', entries: [{ kind: 'item', caption: '导入名册', functionName: 'importRoster' }] } },
  ] }]);
  expect(s.log.count('ui', 'Menu.addItem')).toBe(2);
});

test('alerts are answered by default with OK / YES and kept in shown', () => {
  const { s, u } = ui();
  expect(u.alert('已完成')).toBe(u.Button.OK);
  const answer = u.alert('确认发送', '将发送 12 封邮件，继续吗？', u.ButtonSet.YES_NO);
  expect(answer).toBe(u.Button.YES);
  expect(String(answer)).toBe('YES');
  // Enums are objects on Google, not strings: comparing with a literal must fail here too.
  expect((answer as unknown) === 'YES').toBe(false);
  expect(s.ui.shown).toEqual([
    { kind: 'alert', title: '', message: '已完成', answer: { button: 'OK' } },
    { kind: 'alert', title: '确认发送', message: '将发送 12 封邮件，继续吗？', answer: { button: 'YES' } },
  ]);
});

test('a scripted responder answers prompts; by default prompts are cancelled', () => {
  const { u } = ui((r) => (r.kind === 'prompt' ? { button: 'OK', text: '2023-端午' } : { button: 'NO' }));
  const p = u.prompt('活动ID', '请输入活动ID', u.ButtonSet.OK_CANCEL);
  expect(p.getSelectedButton()).toBe(u.Button.OK);
  expect(p.getResponseText()).toBe('2023-端午');
  expect(u.alert('继续？', u.ButtonSet.YES_NO)).toBe(u.Button.NO);
  const d = ui().u.prompt('请输入', ui().u.ButtonSet.OK_CANCEL);
  expect(d.getSelectedButton()).toBe(u.Button.CANCEL);
});

test('a responder choosing a button the dialog lacks is a test error', () => {
  const { u } = ui(() => ({ button: 'YES' }));
  expect(() => u.alert('只有确定')).toThrow(/只有 OK\/CLOSE/);
});

test('sidebars, dialogs and toasts are recorded; onMessage sees them as they happen', () => {
  const { s, u } = ui();
  const seen: string[] = [];
  s.ui.onMessage = (m) => seen.push(`${m.kind}:${m.title}`);
  const html = (s.globals.HtmlService as GoogleAppsScript.HTML.HtmlService).createHtmlOutput('<p>预览</p>').setTitle('慰问通知预览');
  u.showSidebar(html);
  u.showModalDialog((s.globals.HtmlService as GoogleAppsScript.HTML.HtmlService).createHtmlOutput('<a>下载</a>'), '导出日历');
  (s.globals.SpreadsheetApp as GoogleAppsScript.Spreadsheet.SpreadsheetApp).getActiveSpreadsheet().toast('已保存', '工会助手');
  expect(seen).toEqual(['sidebar:慰问通知预览', 'modal:导出日历', 'toast:工会助手']);
  expect(s.ui.last('sidebar')!.message).toBe('<p>预览</p>');
});
