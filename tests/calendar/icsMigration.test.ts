// The clerk's story on the BUILT dist/Code.js: her phone imported the .ics an earlier UnionDesk
// wrote (tests/fixtures/ics/cd7c1ef-sample.ics, made by make_old_export.sh); she upgrades,
// exports, renames 单位名称, deletes a row, adds one, exports again — and each time re-imports the
// file into the same calendar, read by two independent parsers.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { ActionResult } from '../../src/kernel/contracts/actionResult';
import type { IcsExport } from '../../src/calendar/exportIcs';
import { StateStore } from '../../runner/stateFile';
import type { MemoryWorkbook } from '../../runner/workbook';
import { runBundle, sampleWorkbook } from '../support/offlineBundle';
import { CalendarClient, type IcsParser, readEvents } from '../support/icsClient';

const OLD_EXPORT = readFileSync(join(__dirname, '..', 'fixtures', 'ics', 'cd7c1ef-sample.ics'), 'utf8');

function exportIcs(workbook: MemoryWorkbook, store: StateStore): IcsExport {
  // Real time, as on the clerk's computer: the old file's SEQUENCE is the minute it was written.
  const result = runBundle({ workbook, services: { store, clock: null } }).call<ActionResult<IcsExport>>('apiExportIcs');
  expect(result.status).toBe('done');
  return result.data!;
}

function setSetting(workbook: MemoryWorkbook, item: string, value: string): void {
  const sheet = workbook.sheet('设置')!;
  const row = sheet.dump().findIndex((r) => r[0] === item) + 1;
  sheet.values.set(row, 2, value);
}

function planRowOf(workbook: MemoryWorkbook, content: string): number {
  return workbook.sheet('工作计划')!.dump().findIndex((r) => r[1] === content) + 1;
}

describe.each<IcsParser>(['ical.js', 'node-ical'])('导出日历文件 after an upgrade, re-imported into one calendar (%s)', (parser) => {
  const workbook = sampleWorkbook();
  const store = new StateStore(null);
  const phone = new CalendarClient(parser);
  const titles = workbook.sheet('工作计划')!.dump().slice(1).map((r) => String(r[1]));

  it('the old file gave the phone 36 events', () => {
    expect(phone.import(OLD_EXPORT)).toEqual({ added: 36, changed: 0, removed: 0 });
  });

  it('the first export after the upgrade updates those 36 events instead of adding 36 more', () => {
    const first = exportIcs(workbook, store);
    expect(first.cancelled).toBe(0);
    expect(new Set(first.uids)).toEqual(new Set(readEvents(OLD_EXPORT, parser).map((e) => e.uid)));
    expect(phone.import(first.content)).toEqual({ added: 0, changed: 36, removed: 0 });
    expect(phone.summaries()).toEqual([...titles].sort());
  });

  it('after renaming 单位名称 and deleting a row: exactly the 35 remaining events, no duplicates', () => {
    setSetting(workbook, '单位名称', '四川农业大学工会');
    workbook.sheet('工作计划')!.grids().forEach((g) => g.deleteRows(planRowOf(workbook, '开展暑期教职工疗休养活动'), 1));
    const second = exportIcs(workbook, store);
    expect(second.cancelled).toBe(1);
    expect(phone.import(second.content)).toEqual({ added: 0, changed: 35, removed: 1 });
    expect(phone.summaries()).toEqual(titles.filter((t) => t !== '开展暑期教职工疗休养活动').sort());
    expect(new Set(phone.events().map((e) => e.uid)).size).toBe(35);
  });

  it('a row added later gets a UID of the random namespace; deleted again, it leaves the phone too', () => {
    const sheet = workbook.sheet('工作计划')!;
    const row = sheet.lastRow() + 1;
    sheet.values.set(row, 1, '十二月');
    sheet.values.set(row, 2, '工会财务审计准备');
    const third = exportIcs(workbook, store);
    const added = third.uids.at(-1)!;
    expect(added).toMatch(/^2023-0037-[0-9a-f]{16}@uniondesk$/);
    expect(phone.import(third.content)).toEqual({ added: 1, changed: 35, removed: 0 });
    sheet.grids().forEach((g) => g.deleteRows(row, 1));
    const fourth = exportIcs(workbook, store);
    expect(fourth.cancelled).toBe(2);
    expect(phone.import(fourth.content)).toEqual({ added: 0, changed: 35, removed: 1 });
    expect(phone.events()).toHaveLength(35);
    expect(phone.events().map((e) => e.uid)).not.toContain(added);
  });

  it('a phone that only ever saw the old file also ends with the 35', () => {
    const late = new CalendarClient(parser);
    late.import(OLD_EXPORT);
    late.import(exportIcs(workbook, store).content);
    expect(late.summaries()).toEqual(phone.summaries());
  });
});

describe('导出日历文件: what both parsers read, and the union as ORGANIZER', () => {
  const workbook = sampleWorkbook();
  const store = new StateStore(null);
  exportIcs(workbook, store);
  workbook.sheet('工作计划')!.grids().forEach((g) => g.deleteRows(planRowOf(workbook, '开展暑期教职工疗休养活动'), 1));
  const text = exportIcs(workbook, store).content;

  it('reads the same events with ical.js and node-ical, each with ORGANIZER 设置!发件邮箱', () => {
    const a = readEvents(text, 'ical.js');
    expect(a).toHaveLength(36);
    expect(readEvents(text, 'node-ical')).toEqual(a);
    expect(new Set(a.map((e) => e.organizer))).toEqual(new Set(['mailto:union@example.edu.cn']));
    expect(a.filter((e) => e.status === 'CANCELLED').map((e) => e.summary)).toEqual([expect.stringMatching(/^已删除的工作计划（计划编号 2023-\d{4}）$/)]);
    expect(text).toContain('\r\nMETHOD:PUBLISH\r\n');
  });

  it('falls back to 回复地址, and drops METHOD when there is no address at all', () => {
    setSetting(workbook, '发件邮箱', '');
    expect(readEvents(exportIcs(workbook, store).content, 'ical.js')[0].organizer).toBe('mailto:union@example.edu.cn');
    setSetting(workbook, '回复地址', '');
    const bare = exportIcs(workbook, store).content;
    expect(bare).not.toMatch(/METHOD|ORGANIZER/);
    expect(readEvents(bare, 'node-ical')).toHaveLength(36);
  });
});

describe('导出日历文件 with a damaged record', () => {
  it('stops with one Chinese message and writes nothing, not even a new row’s 计划编号', () => {
    const workbook = sampleWorkbook();
    const store = new StateStore(null);
    store.state.documentProperties['UnionDesk.ics'] = '{"v":1,"ns":';
    const sheet = workbook.sheet('工作计划')!;
    sheet.values.set(sheet.lastRow() + 1, 2, '工会财务审计准备');
    const run = runBundle({ workbook, services: { store } });
    const result = run.call<ActionResult<IcsExport>>('apiExportIcs');
    expect(result.status).toBe('problems');
    expect(result.message).toContain('日历导出记录（文档属性 UnionDesk.ics）已损坏');
    expect(result.problems).toEqual([]);
    expect(run.services.log.count('spreadsheet', 'Range.setValues')).toBe(0);
    expect(store.state.documentProperties['UnionDesk.ics']).toBe('{"v":1,"ns":');
  });
});
