import ExcelJS from 'exceljs';
import ICAL from 'ical.js';
import { copyFileSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { main } from '../../../runner/cli';
import type { CalendarFile } from '../../../runner/services/calendar';

function run(argv: string[]): Promise<{ code: number; out: string }> {
  const lines: string[] = [];
  return main(argv, (l) => lines.push(l)).then((code) => ({ code, out: lines.join('\n') }));
}

const readCalendar = (path: string) => JSON.parse(readFileSync(path, 'utf8')) as CalendarFile;

/** The clerk edits the workbook in Excel between runs. */
async function edit(path: string, change: (wb: ExcelJS.Workbook) => void): Promise<void> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(path);
  change(wb);
  await wb.xlsx.writeFile(path);
}

function rowWhere(ws: ExcelJS.Worksheet, column: number, value: string): number {
  let found = 0;
  ws.eachRow((row, n) => { if (row.getCell(column).value === value) found = n; });
  return found;
}

let sample: string;
beforeAll(async () => {
  sample = join(mkdtempSync(join(tmpdir(), 'uniondesk-sample-')), 'sample.xlsx');
  await run(['init', sample, '--sample']);
});

describe('npx uniondesk sync / export-ics', () => {
  let dir: string;
  let book: string;
  beforeEach(async () => {
    dir = mkdtempSync(join(tmpdir(), 'uniondesk-sync-'));
    book = join(dir, '工会.xlsx');
    copyFileSync(sample, book);
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  it('creates calendar.json beside the workbook, writes the .ics, and a second run changes nothing', async () => {
    const first = await run(['sync', book, '--ics', join(dir, 'plan.ics')]);
    expect(first.code).toBe(0);
    expect(first.out).toContain('新建 36 项');
    const calendar = readCalendar(join(dir, 'calendar.json'));
    expect(calendar.calendars[0].events).toHaveLength(36);
    const ics = readFileSync(join(dir, 'plan.ics'), 'utf8');
    expect(new ICAL.Component(ICAL.parse(ics)).getAllSubcomponents('vevent')).toHaveLength(36);

    const second = await run(['sync', book]);
    expect(second.code).toBe(0);
    expect(second.out).toContain('新建 0 项，更新 0 项，删除 0 项，未变 36 项');
    expect(readCalendar(join(dir, 'calendar.json'))).toEqual(calendar);
  });

  it('keeps a hand-made calendar file’s own events and needs --yes to delete', async () => {
    const cal = join(dir, 'shared.json');
    writeFileSync(cal, JSON.stringify({ calendars: [{ id: 'union@group.calendar.google.com', name: '工会', timeZone: 'Asia/Shanghai', events: [
      { id: 'own@google.com', title: '部门例会', description: '', location: '', allDay: true, start: '2023-05-10', end: '2023-05-11', tags: {} },
    ] }] }));
    await edit(book, (wb) => {
      const ws = wb.getWorksheet('设置')!;
      ws.getRow(rowWhere(ws, 1, '共享日历ID')).getCell(2).value = 'union@group.calendar.google.com';
    });
    expect((await run(['sync', book, '--calendar', cal])).code).toBe(0);
    await edit(book, (wb) => {
      const ws = wb.getWorksheet('工作计划')!;
      ws.spliceRows(rowWhere(ws, 2, '教职工烹饪比赛'), 1);
    });

    const held = await run(['sync', book, '--calendar', cal]);
    expect(held.out).toContain('删除（需确认，本次未执行）');
    expect(readCalendar(cal).calendars[0].events).toHaveLength(1 + 36);
    const applied = await run(['sync', book, '--calendar', cal, '--yes']);
    expect(applied.out).toContain('删除 1 项');
    const events = readCalendar(cal).calendars[0].events;
    expect(events).toHaveLength(1 + 35);
    expect(events[0]).toEqual(expect.objectContaining({ id: 'own@google.com', title: '部门例会' }));
  });

  it('--dry-run writes neither the calendar nor the workbook', async () => {
    const before = readFileSync(book);
    const out = await run(['sync', book, '--dry-run']);
    expect(out.code).toBe(0);
    expect(out.out).toContain('预览（未作任何改动）');
    expect(existsSync(join(dir, 'calendar.json'))).toBe(false);
    expect(readFileSync(book).equals(before)).toBe(true);
  });

  it('exits 1 when rows are skipped for their problems, naming sheet, row and column', async () => {
    await edit(book, (wb) => { wb.getWorksheet('工作计划')!.getRow(3).getCell(2).value = ''; });
    const out = await run(['sync', book]);
    expect(out.code).toBe(1);
    expect(out.out).toContain('工作计划!3 工作内容: 工作内容为空');
  });

  it('export-ics writes the file; without -o it is a usage error', async () => {
    const out = await run(['export-ics', book, '-o', join(dir, 'x.ics')]);
    expect(out.code).toBe(0);
    expect(readFileSync(join(dir, 'x.ics'), 'utf8')).toMatch(/^BEGIN:VCALENDAR\r\n/);
    expect((await run(['export-ics', book])).code).toBe(2);
  });
});
