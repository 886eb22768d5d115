// The clerk's own workbook — written by openpyxl, by LibreOffice, exported from Google Sheets,
// saved by WPS with cell images — goes through every writing command. Everything she made stays:
// parts the command had no reason to change are byte-identical, and in the sheets it wrote, her
// merges, conditional formats, hyperlinks, filters, print settings, protection and her own
// cells are the XML they were. (Fixtures: tests/fixtures/xlsx/make_corpus.py.)
import { copyFileSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { main } from '../../runner/cli';
import { loadXlsx } from '../../runner/xlsxStore';
import { cellXml, elementsNamed, partsOf, sheetPath, type Parts } from './xlsxParts';

const FIXTURES = join(__dirname, '..', 'fixtures', 'xlsx');

function run(argv: string[]): Promise<{ code: number; out: string }> {
  const lines: string[] = [];
  return main(argv, (l) => lines.push(l)).then((code) => ({ code, out: lines.join('\n') }));
}

/** Parts a command may rewrite besides the sheets it writes to. */
const PACKAGE_PARTS = new Set(['xl/workbook.xml', 'xl/styles.xml', '[Content_Types].xml', 'xl/_rels/workbook.xml.rels']);
/** What the clerk made inside a sheet, around the cells. */
const SHEET_FEATURES = ['mergeCells', 'conditionalFormatting', 'hyperlinks', 'autoFilter', 'printOptions', 'pageMargins', 'pageSetup', 'headerFooter', 'sheetProtection', 'drawing', 'legacyDrawing', 'tableParts', 'extLst', 'sheetPr'];

function expectKept(before: Parts, after: Parts): string[] {
  const changed: string[] = [];
  for (const [name, text] of before.text) {
    expect(after.text.has(name) ? name : `${name} is gone`).toBe(name);
    if (after.text.get(name) === text) {
      // Unchanged content is the very same stored bytes, not a re-compression.
      expect(after.raw.get(name)!.equals(before.raw.get(name)!) ? name : `${name} re-encoded`).toBe(name);
      continue;
    }
    changed.push(name);
    if (PACKAGE_PARTS.has(name)) continue;
    expect(name).toMatch(/^xl\/worksheets\/sheet\d+\.xml$/);
    for (const feature of SHEET_FEATURES) {
      for (const xml of elementsNamed(text, feature)) expect(after.text.get(name)).toContain(xml);
    }
  }
  return changed;
}

// approve records a new 审核时间 each time it is run (the bundle's choice), so its rerun writes
// that one sheet again; every other command has nothing left to do the second time.
// Sending is slow (one .eml and one journal flush per member), so notices and run-due go through
// two of the four workbooks each; the rest of the story goes through all four.
const STORY: { argv: (book: string, dir: string) => string[]; code?: number; rerunWrites?: string; only?: string[] }[] = [
  { argv: (b) => ['init', b] },
  { argv: (b) => ['festivals', b, '--year', '2025'] },
  { argv: (b, d) => ['sync', b, '--calendar', join(d, 'calendar.json'), '--yes'] },
  { argv: (b) => ['import', b, join(__dirname, '..', 'fixtures', 'newMember.csv'), '--into', '会员名册', '--yes'] },
  { argv: (b) => ['check-aid', b], code: 1 },
  { argv: (b) => ['approve', b, '--campaign', '2023-中秋', '--as', 'chair@example.edu.cn'], rerunWrites: '慰问活动' },
  { argv: (b, d) => ['notices', b, '--campaign', '2023-端午', '--send', '--as', 'clerk@example.edu.cn', '--outbox', join(d, 'outbox')], only: ['openpyxl', 'wps'] },
  { argv: (b, d) => ['run-due', b, '--as', 'clerk@example.edu.cn', '--outbox', join(d, 'cron')], only: ['libreoffice', 'google'] },
];

describe.each(['openpyxl', 'libreoffice', 'google', 'wps'])('a workbook written by %s', (fixture) => {
  const dir = mkdtempSync(join(tmpdir(), `ud-corpus-${fixture}-`));
  const book = join(dir, '工会.xlsx');
  copyFileSync(join(FIXTURES, `${fixture}.xlsx`), book);
  const original = partsOf(book);

  const story = STORY.filter((s) => !s.only || s.only.includes(fixture));
  it.each(story.map((s) => [s.argv('工会.xlsx', '')[0], s] as const))('%s keeps every feature; run again, it leaves the file byte-identical', async (_name, step) => {
    const before = partsOf(book);
    const first = await run(step.argv(book, dir));
    expect([0, step.code ?? 0]).toContain(first.code);
    expectKept(before, partsOf(book));
    const bytes = readFileSync(book);
    const mid = partsOf(book);
    const again = await run(step.argv(book, dir));
    expect([0, step.code ?? 0]).toContain(again.code);
    if (step.rerunWrites) {
      const changed = expectKept(mid, partsOf(book)).filter((n) => !n.startsWith('xl/workbook.xml'));
      // (Nothing at all when the rerun falls in the same second.)
      expect([[], [sheetPath(mid, step.rerunWrites)]]).toContainEqual(changed);
    } else {
      expect(readFileSync(book).equals(bytes)).toBe(true);
    }
  });

  it('at the end: her cells and features are as she made them, owned cells hold the results', async () => {
    const after = partsOf(book);
    const changed = expectKept(original, after);
    expect(changed.length).toBeLessThan(original.text.size);
    const roster = sheetPath(after, '会员名册');
    const ledger = sheetPath(after, '帮扶台账');
    const summary = sheetPath(after, '汇总');
    for (const [sheet, ref] of [[roster, 'L2'], [ledger, 'R1'], [summary, 'A2']] as const) {
      expect(cellXml(after.text.get(sheet)!, ref)).toBe(cellXml(original.text.get(sheet)!, ref));
    }
    // Her totals over 帮扶台账 keep formula and style but lose the stale cached result, so
    // LibreOffice and Gnumeric (which do not honour fullCalcOnLoad by default) calculate them.
    for (const ref of ['B2', 'B3']) {
      const stale = cellXml(original.text.get(summary)!, ref)!.replace(/<v>[^<]*<\/v>/, '').replace(/\st="[^"]*"/, '');
      expect(cellXml(after.text.get(summary)!, ref)).toBe(stale);
    }
    if (fixture === 'wps') expect(cellXml(after.text.get(roster)!, 'M2')).toContain('DISPIMG');
    // Her totals are recalculated when she opens the file.
    expect(after.text.get('xl/workbook.xml')).toMatch(/<calcPr[^>]*fullCalcOnLoad="1"/);
    const { workbook } = await loadXlsx(book);
    const rows = workbook.sheet('会员名册')!.dump();
    expect(rows.some((r) => r[0] === '009001' && r[1] === '新同事')).toBe(true);
    const aid = workbook.sheet('帮扶台账')!.dump();
    const result = aid[0].indexOf('核对结果');
    expect(aid.slice(1).every((r) => r[result] !== '')).toBe(true);
    const log = workbook.sheet('发送记录')!.dump();
    const sent = story.some((s) => s.argv('', '')[0] === 'notices') ? '2023-端午' : '2023-中秋';
    expect(log.filter((r) => r[1] === sent).length).toBeGreaterThanOrEqual(56);
    expect(workbook.sheet('汇总')!.formulas.get(2, 2)).toBe('=SUM(帮扶台账!L2:L26)');
    expect(workbook.sheet('帮扶台账')!.values.get(2, 18)).toBe('本表由办公室每月核对');
  });

  // check-aid colours the ledger's own columns only: her column R, headed in R1, keeps its look.
  it('check-aid leaves the clerk’s own column beside the ledger uncoloured', () => {
    const ledger = sheetPath(original, '帮扶台账');
    expect(cellXml(partsOf(book).text.get(ledger)!, 'R2')).toBe(cellXml(original.text.get(ledger)!, 'R2'));
  });
});
