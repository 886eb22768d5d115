import { CallLog } from '../../../runner/services/callLog';
import { offline } from '../../../runner/services/offline';

test('counts by group and name, snapshot and reset', () => {
  const log = new CallLog();
  log.record('spreadsheet', 'Range.getValues');
  log.record('spreadsheet', 'Range.getValues');
  log.record('mail', 'MailApp.sendEmail');
  expect(log.count()).toBe(3);
  expect(log.count('spreadsheet')).toBe(2);
  expect(log.count(undefined, 'MailApp.sendEmail')).toBe(1);
  expect(log.snapshot()).toEqual({ 'MailApp.sendEmail': 1, 'Range.getValues': 2 });
  expect(log.snapshot('mail')).toEqual({ 'MailApp.sendEmail': 1 });
  log.reset();
  expect(log.count()).toBe(0);
});

test('failAt: the k-th call and every later one fail, as in a killed execution', () => {
  const log = new CallLog();
  log.failAt = 2;
  log.record('a', 'X.one');
  expect(() => log.record('a', 'X.two')).toThrow('注入故障：第 2 次服务调用 X.two');
  expect(() => log.record('a', 'X.three')).toThrow('注入故障：第 2 次服务调用 X.three');
  expect(log.count()).toBe(1);
});

test('failWhen picks the call to fail by name', () => {
  const log = new CallLog();
  log.failWhen = (_g, name) => name === 'MailApp.sendEmail';
  log.record('spreadsheet', 'Range.getValues');
  expect(() => log.record('mail', 'MailApp.sendEmail')).toThrow('注入故障：第 2 次服务调用 MailApp.sendEmail');
});

test('offline(): counts calls, chains through the proxy, and answers probes with undefined', () => {
  const log = new CallLog();
  class Impl { n = 0; inc(): this { this.n++; return this; } get(): number { return this.n; } }
  const p = offline<{ inc(): { inc(): unknown }; get(): number; missing(): void; then?: unknown }>(new Impl(), 'g', 'Thing', log);
  p.inc().inc();
  expect(p.get()).toBe(2);
  expect(log.snapshot()).toEqual({ 'Thing.get': 1, 'Thing.inc': 2 });
  expect(() => p.missing()).toThrow('Thing.missing 离线运行器不支持 (not supported offline)');
  expect(p.then).toBeUndefined();
});
