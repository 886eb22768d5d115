// `npx uniondesk export-ics` (the built dist/Code.js on an .xlsx) over several runs: what the
// exports remember lives in the state file beside the workbook, so a renamed union and a deleted
// row leave a re-importing calendar with exactly the rows that remain.
import ExcelJS from 'exceljs';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { main } from '../../../runner/cli';
import { CalendarClient } from '../../support/icsClient';

async function run(argv: string[]): Promise<{ code: number; out: string }> {
  const lines: string[] = [];
  const code = await main(argv, (l) => lines.push(l));
  return { code, out: lines.join('\n') };
}

describe('npx uniondesk export-ics, run after run', () => {
  let dir: string;
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('rename 单位名称 and delete a row in Excel: the re-imported calendar holds exactly the 35 left', async () => {
    dir = mkdtempSync(join(tmpdir(), 'uniondesk-ics-'));
    const book = join(dir, '工会.xlsx');
    expect((await run(['init', book, '--sample'])).code).toBe(0);
    const phone = new CalendarClient('node-ical');
    const first = await run(['export-ics', book, '-o', join(dir, '1.ics')]);
    expect(first.code).toBe(0);
    expect(phone.import(readFileSync(join(dir, '1.ics'), 'utf8')).added).toBe(36);
    const state = JSON.parse(readFileSync(join(dir, '工会.state.json'), 'utf8')) as { documentProperties: Record<string, string> };
    expect(Object.keys(state.documentProperties)).toEqual(expect.arrayContaining(['UnionDesk.ics', 'UnionDesk.ics.2023']));

    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(book);
    wb.getWorksheet('设置')!.eachRow((row) => { if (row.getCell(1).value === '单位名称') row.getCell(2).value = '四川农业大学工会'; });
    const plan = wb.getWorksheet('工作计划')!;
    let gone = 0;
    plan.eachRow((row, n) => { if (row.getCell(2).value === '开展暑期教职工疗休养活动') gone = n; });
    plan.spliceRows(gone, 1);
    await wb.xlsx.writeFile(book);

    const second = await run(['export-ics', book, '-o', join(dir, '2.ics')]);
    expect(second.code).toBe(0);
    expect(second.out).toContain('另含 1 个已删除计划的取消标记');
    expect(phone.import(readFileSync(join(dir, '2.ics'), 'utf8'))).toEqual({ added: 0, changed: 35, removed: 1 });
    expect(phone.events()).toHaveLength(35);
    expect(phone.summaries()).not.toContain('开展暑期教职工疗休养活动');
  });
});
