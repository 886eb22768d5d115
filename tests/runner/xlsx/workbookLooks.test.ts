// What a clerk sees when she opens the workbook in Excel, WPS or LibreOffice: the tab it opens on,
// dates without a midnight time, long text wrapped, 比例 and money shown as typed. Read back from
// the written files, with ExcelJS (another program's reader) and from the package XML.
import ExcelJS from 'exceljs';
import { copyFileSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { main } from '../../../runner/cli';
import { loadXlsx } from '../../../runner/xlsxStore';
import { partsOf, sheetPath } from '../xlsxParts';

const FIXTURES = join(__dirname, '..', '..', 'fixtures', 'xlsx');
const tmp = () => mkdtempSync(join(tmpdir(), 'uniondesk-looks-'));

async function run(argv: string[]): Promise<number> {
  return main(argv, () => undefined);
}

async function open(path: string): Promise<ExcelJS.Workbook> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(path);
  return wb;
}

/** The tab the file opens on, and every tab marked selected (Excel groups several). */
function openingTab(path: string): { active: string; selected: string[] } {
  const parts = partsOf(path);
  const wbXml = parts.text.get('xl/workbook.xml')!;
  const names = [...wbXml.matchAll(/<sheet [^>]*name="([^"]+)"/g)].map((m) => m[1]);
  const activeTab = Number(/<workbookView[^>]*activeTab="(\d+)"/.exec(wbXml)?.[1] ?? 0);
  const selected = names.filter((n) => /<sheetView[^>]*tabSelected="(1|true)"/.test(parts.text.get(sheetPath(parts, n))!));
  return { active: names[activeTab], selected };
}

/** The column of a header in row 1. */
function column(ws: ExcelJS.Worksheet, header: string): number {
  let found = 0;
  ws.getRow(1).eachCell((cell, col) => {
    if (cell.value === header) found = col;
  });
  if (!found) throw new Error(`no column ${header} in ${ws.name}`);
  return found;
}

function rowWith(ws: ExcelJS.Worksheet, header: string, text: string): ExcelJS.Row {
  const col = column(ws, header);
  for (let r = 2; r <= ws.rowCount; r++) if (String(ws.getRow(r).getCell(col).value ?? '').includes(text)) return ws.getRow(r);
  throw new Error(`no row with ${text}`);
}

describe('a workbook made by `init`', () => {
  const dir = tmp();
  const book = join(dir, '工会.xlsx');
  let wb: ExcelJS.Workbook;
  beforeAll(async () => {
    expect(await run(['init', book])).toBe(0);
    wb = await open(book);
  });

  it('opens on 设置, the sheet to fill in first, and only that tab is selected', () => {
    expect(openingTab(book)).toEqual({ active: '设置', selected: ['设置'] });
  });

  it('formats dates without a time and date-times with one, as whole-column styles', () => {
    const plan = wb.getWorksheet('工作计划')!;
    expect(plan.getColumn(column(plan, '开始日期')).numFmt).toBe('yyyy-mm-dd');
    expect(plan.getColumn(column(plan, '结束日期')).numFmt).toBe('yyyy-mm-dd');
    const campaigns = wb.getWorksheet('慰问活动')!;
    expect(campaigns.getColumn(column(campaigns, '领取截止')).numFmt).toBe('yyyy-mm-dd');
    expect(campaigns.getColumn(column(campaigns, '计划发送时间')).numFmt).toBe('yyyy-mm-dd hh:mm');
  });

  it('wraps long text within a sensible width, and leaves short columns unwrapped', () => {
    const templates = wb.getWorksheet('邮件模板')!;
    const body = templates.getColumn(column(templates, '正文'));
    expect(body.alignment?.wrapText).toBe(true);
    expect(body.width).toBeGreaterThan(50);
    expect(templates.getRow(2).getCell(column(templates, '正文')).alignment?.wrapText).toBe(true);
    const plan = wb.getWorksheet('工作计划')!;
    expect(plan.getColumn(column(plan, '工作内容')).alignment?.wrapText).toBe(true);
    expect(plan.getColumn(column(plan, '负责部门')).alignment?.wrapText).toBeFalsy();
    const ledger = wb.getWorksheet('帮扶台账')!;
    expect(ledger.getColumn(column(ledger, '说明')).alignment?.wrapText).toBe(true);
  });

  it('shows 比例(%) without a dangling decimal point and money with two decimals', () => {
    const tiers = wb.getWorksheet('帮扶标准')!;
    expect(tiers.getColumn(column(tiers, '比例(%)')).numFmt).toBe('0.0###');
    expect(tiers.getColumn(column(tiers, '帮扶金额(元)')).numFmt).toBe('#,##0.00');
  });
});

describe('the demo workbook (`npm start`)', () => {
  const dir = tmp();
  const book = join(dir, '工会工作簿-示例.xlsx');
  let wb: ExcelJS.Workbook;
  beforeAll(async () => {
    expect(await run(['demo', '--out', dir])).toBe(0);
    wb = await open(book);
  }, 60_000);

  it('opens on 工作计划', () => {
    expect(openingTab(book)).toEqual({ active: '工作计划', selected: ['工作计划'] });
  });

  it('shows an all-day plan date as a date, and a timed one with its time', () => {
    const plan = wb.getWorksheet('工作计划')!;
    const start = column(plan, '开始日期');
    const allDay = rowWith(plan, '工作内容', '“三八节”系列活动').getCell(start);
    expect(allDay.numFmt).toBe('yyyy-mm-dd');
    expect(allDay.value).toEqual(new Date(Date.UTC(2023, 2, 8)));
    const timed = rowWith(plan, '工作内容', '健步走').getCell(start);
    expect(timed.numFmt).toBe('yyyy-mm-dd hh:mm');
    expect(timed.value).toEqual(new Date(Date.UTC(2023, 3, 28, 9, 0)));
  });

  it('wraps every template body and long 工作内容', () => {
    const templates = wb.getWorksheet('邮件模板')!;
    const body = column(templates, '正文');
    for (let r = 2; r <= templates.actualRowCount; r++) expect(templates.getRow(r).getCell(body).alignment?.wrapText).toBe(true);
    const plan = wb.getWorksheet('工作计划')!;
    const long = rowWith(plan, '工作内容', '修订《工会财务管理办法》');
    expect(long.getCell(column(plan, '工作内容')).alignment?.wrapText).toBe(true);
    // LibreOffice shows a row at its stored height: the two lines of this one need 30 points.
    expect(long.height).toBe(30);
    expect(rowWith(plan, '工作内容', '制定年度工作要点').height).toBeUndefined();
    const first = templates.getRow(2);
    const lines = String(first.getCell(body).value).split('\n').length;
    expect(first.height).toBeGreaterThanOrEqual(lines * 15);
  });

  it('keeps the festival campaigns’ send times as date-times and their pick-up days as dates', () => {
    const campaigns = wb.getWorksheet('慰问活动')!;
    const row = rowWith(campaigns, '活动ID', '2023-端午');
    expect(row.getCell(column(campaigns, '计划发送时间')).numFmt).toBe('yyyy-mm-dd hh:mm');
    expect(row.getCell(column(campaigns, '领取开始')).numFmt).toBe('yyyy-mm-dd');
  });
});

describe('a workbook LibreOffice wrote, opened on the clerk’s own tab', () => {
  const dir = tmp();
  const book = join(dir, 'libreoffice.xlsx');
  beforeAll(() => copyFileSync(join(FIXTURES, 'libreoffice.xlsx'), book));

  it('init adds the missing sheets, formatted, and leaves her on the tab she chose', async () => {
    const before = openingTab(book);
    expect(before.active).toBe('导入区');
    expect(await run(['init', book])).toBe(0);
    expect(openingTab(book)).toEqual(before);
    const wb = await open(book);
    const log = wb.getWorksheet('领取登记')!;
    expect(log.getColumn(column(log, '时间')).numFmt).toBe('yyyy-mm-dd hh:mm');
    expect(log.getColumn(column(log, '备注')).alignment?.wrapText).toBe(true);
  });

  it('the runner reads a wrapped cell the clerk made as wrapped', async () => {
    const { workbook } = await loadXlsx(join(FIXTURES, 'openpyxl.xlsx'));
    const ledger = workbook.sheet('帮扶台账')!;
    expect(ledger.wrapAt(2, 18)).toBe(true);
    expect(ledger.wrapAt(2, 1)).toBe(false);
  });
});
