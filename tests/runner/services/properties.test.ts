import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { MemoryWorkbook } from '../../../runner/workbook';
import { createOfflineServices } from '../../../runner/services';
import { readState } from '../../../runner/stateFile';

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'ud-props-'));
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

function props(statePath: string | null, user = 'clerk@example.edu.cn') {
  const s = createOfflineServices({ workbook: MemoryWorkbook.create(), statePath, user });
  return { s, P: s.globals.PropertiesService as GoogleAppsScript.Properties.PropertiesService };
}

test('document properties: values are strings, missing keys null, reads are copies', () => {
  const { P } = props(null);
  const doc = P.getDocumentProperties();
  doc.setProperty('count', 3 as unknown as string).setProperties({ a: '1', b: 'true' });
  expect(doc.getProperty('count')).toBe('3');
  expect(doc.getProperty('nope')).toBeNull();
  const all = doc.getProperties();
  all.a = 'changed';
  expect(doc.getProperty('a')).toBe('1');
  expect(doc.getKeys().sort()).toEqual(['a', 'b', 'count']);
  doc.setProperties({ only: 'x' }, true);
  expect(doc.getKeys()).toEqual(['only']);
  doc.deleteProperty('only');
  expect(doc.getProperties()).toEqual({});
});

test('each change is written to the state file, and a later run sees it', () => {
  const file = path.join(dir, 'a.xlsx.state.json');
  const first = props(file);
  first.P.getDocumentProperties().setProperty('journal:2023-端午:00123', '发送中');
  expect(readState(file).documentProperties).toEqual({ 'journal:2023-端午:00123': '发送中' });
  first.P.getDocumentProperties().setProperty('journal:2023-端午:00123', '已发送');
  expect(first.s.store.writes).toBe(2);
  const second = props(file);
  expect(second.P.getDocumentProperties().getProperty('journal:2023-端午:00123')).toBe('已发送');
  expect(fs.readdirSync(dir).filter((f) => f.endsWith('.tmp'))).toEqual([]);
});

test('user properties are per user; script and document stores are separate', () => {
  const file = path.join(dir, 'b.state.json');
  props(file, 'a@x.cn').P.getUserProperties().setProperty('k', 'A');
  props(file, 'b@x.cn').P.getUserProperties().setProperty('k', 'B');
  const { P } = props(file, 'a@x.cn');
  expect(P.getUserProperties().getProperty('k')).toBe('A');
  expect(P.getScriptProperties().getProperty('k')).toBeNull();
});

test('Apps Script quotas: 9 KB per value, 500 KB per store', () => {
  const doc = props(null).P.getDocumentProperties();
  expect(() => doc.setProperty('big', 'x'.repeat(9 * 1024 + 1))).toThrow('Argument too large: value');
  for (let i = 0; i < 56; i++) doc.setProperty(`k${i}`, 'y'.repeat(9000));
  expect(() => doc.setProperty('k56', 'y'.repeat(9000))).toThrow(/exceeded the property storage quota/);
  expect(doc.getProperty('k56')).toBeNull();
});

test('a corrupt state file is reported in Chinese', () => {
  const file = path.join(dir, 'bad.state.json');
  fs.writeFileSync(file, '{oops');
  expect(() => props(file)).toThrow(/状态文件 .* 已损坏/);
});
