// The clerk made her workbook with `init`, then edited and saved it in LibreOffice Calc, which
// rewrites every style (its own numFmt ids, escaped date codes, a new styles.xml). Later runs of
// export-ics, check-aid and pickup must keep what LibreOffice wrote — formats, wrap, widths, the
// tab it opens on — and must not add a style per run. Fixture: tests/fixtures/xlsx/make_lo_resaved.sh.
import ExcelJS from 'exceljs';
import { copyFileSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { main } from '../../../runner/cli';
import { partsOf } from '../xlsxParts';

const FIXTURE = join(__dirname, '..', '..', 'fixtures', 'xlsx', 'lo-resaved.xlsx');

async function run(argv: string[]): Promise<number> {
  return main(argv, () => undefined);
}

/** Every cell's format, wrap and font, and every column's width, sheet by sheet. */
async function looks(path: string): Promise<Record<string, unknown>> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(path);
  const seen: Record<string, unknown> = {};
  wb.eachSheet((ws) => {
    const cells: Record<string, unknown> = {};
    ws.eachRow({ includeEmpty: true }, (row) => row.eachCell({ includeEmpty: true }, (cell) => {
      cells[cell.address] = [cell.numFmt ?? '', Boolean(cell.alignment?.wrapText), cell.font?.bold ?? false];
    }));
    const widths = (ws.columns ?? []).map((c) => c.width ?? null);
    seen[ws.name] = { cells, widths };
  });
  return seen;
}

function styleCounts(path: string): { cellXfs: number; fonts: number; fills: number; numFmts: number; activeTab: string } {
  const text = partsOf(path).text;
  const styles = text.get('xl/styles.xml')!;
  const count = (tag: string) => Number(new RegExp(`<${tag} count="(\\d+)"`).exec(styles)?.[1] ?? 0);
  return {
    cellXfs: count('cellXfs'), fonts: count('fonts'), fills: count('fills'), numFmts: count('numFmts'),
    activeTab: /<workbookView[^>]*activeTab="(\d+)"/.exec(text.get('xl/workbook.xml')!)?.[1] ?? '0',
  };
}

/** Entries of a styles.xml list written twice, byte for byte (Excel keeps them; they only grow the file). */
function repeated(path: string, list: string, item: string): string[] {
  const styles = partsOf(path).text.get('xl/styles.xml')!;
  const body = new RegExp(`<${list}[^>]*>([\\s\\S]*?)</${list}>`).exec(styles)?.[1] ?? '';
  const items: string[] = body.match(new RegExp(`<${item}\\b[^>]*?(?:/>|>[\\s\\S]*?</${item}>)`, 'g')) ?? [];
  return items.filter((x, i) => items.indexOf(x) !== i);
}

describe('a workbook made by init and re-saved by LibreOffice', () => {
  it('export-ics, check-aid and pickup keep its looks and add no style run after run', async () => {
    const book = join(mkdtempSync(join(tmpdir(), 'ud-lo-resaved-')), '工会.xlsx');
    copyFileSync(FIXTURE, book);
    const before = await looks(book);
    const counts = styleCounts(book);
    const dir = join(book, '..');

    expect(await run(['export-ics', book, '-o', join(dir, '1.ics')])).toBe(0);
    await run(['check-aid', book]);
    await run(['pickup', book, '--campaign', '2023-端午', '--summary']);
    const once = styleCounts(book);
    // A second round writes the same cells again: reusing the styles of the first.
    expect(await run(['export-ics', book, '-o', join(dir, '2.ics')])).toBe(0);
    await run(['check-aid', book]);
    await run(['pickup', book, '--campaign', '2023-端午', '--summary']);
    expect(styleCounts(book)).toEqual(once);
    expect(once.activeTab).toBe(counts.activeTab);
    // check-aid colours its rows: new styles are expected, the same style twice is not (before the
    // fix: 54 cellXfs of which 22 repeats, one per LibreOffice column style deriving the same look).
    expect(once.cellXfs).toBeGreaterThan(counts.cellXfs);
    // (LibreOffice itself writes its Arial 10 font four times: those repeats are its own.)
    for (const [list, item] of [['cellXfs', 'xf'], ['fonts', 'font'], ['fills', 'fill']]) {
      expect({ list, repeated: repeated(book, list, item) }).toEqual({ list, repeated: repeated(FIXTURE, list, item) });
    }

    const after = (await looks(book)) as Record<string, { cells: Record<string, unknown>; widths: unknown[] }>;
    for (const [sheet, was] of Object.entries(before as Record<string, { cells: Record<string, unknown>; widths: unknown[] }>)) {
      expect({ sheet, widths: after[sheet].widths }).toEqual({ sheet, widths: was.widths });
      for (const [address, look] of Object.entries(was.cells)) {
        expect({ sheet, address, look: after[sheet].cells[address] }).toEqual({ sheet, address, look });
      }
    }
  }, 60_000);
});
