import { CallLog } from '../../../runner/services/callLog';
import { createHtmlService } from '../../../runner/services/html';

test('templates evaluate printing (escaped and raw) and code scriptlets', () => {
  const log = new CallLog();
  const h = createHtmlService(log);
  const t = h.createTemplate('<ul><? for (const n of names) { ?><li><?= n ?></li><? } ?></ul><?!= raw ?>');
  (t as unknown as Record<string, unknown>).names = ['张三', '<b>'];
  (t as unknown as Record<string, unknown>).raw = '<hr>';
  expect(t.evaluate().getContent()).toBe('<ul><li>张三</li><li>&lt;b&gt;</li></ul><hr>');
  expect(log.count('html', 'HtmlTemplate.evaluate')).toBe(1);
});

test('createHtmlOutputFromFile is not available offline', () => {
  const h = createHtmlService(new CallLog()) as unknown as { createHtmlOutputFromFile(f: string): unknown };
  expect(() => h.createHtmlOutputFromFile('Sidebar')).toThrow('HtmlService.createHtmlOutputFromFile 离线运行器不支持 (not supported offline)');
});
