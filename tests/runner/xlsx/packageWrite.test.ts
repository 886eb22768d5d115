// A sheet the tool adds to the clerk's own workbook must be declared in workbook.xml in a way
// every reader accepts. openpyxl declares the relationships namespace on each <sheet> element,
// not on <workbook>: a new <sheet r:id="…"> without its own declaration made workbook.xml
// invalid XML ("Namespace prefix r for id on sheet is not defined"), and LibreOffice, Excel and
// openpyxl refused to open the file after init (or the first pick-up) created 领取登记.
import { copyFileSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { main } from '../../../runner/cli';
import { elementsNamed, partsOf } from '../xlsxParts';

const REL = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';

/** The prefixes bound to the relationships namespace on a start tag. */
function relPrefixesOn(tag: string): string[] {
  return [...tag.matchAll(/xmlns:(\w+)="([^"]*)"/g)].filter((m) => m[2] === REL).map((m) => m[1]);
}

it('init on a workbook written by openpyxl adds 领取登记 and 领取统计 with their namespace in scope', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'ud-newsheet-'));
  const book = join(dir, '工会.xlsx');
  copyFileSync(join(__dirname, '..', '..', 'fixtures', 'xlsx', 'openpyxl.xlsx'), book);
  expect(await main(['init', book], () => undefined)).toBe(0);

  const workbookXml = partsOf(book).text.get('xl/workbook.xml')!;
  const root = /<(?:\w+:)?workbook\b[^>]*>/.exec(workbookXml)![0];
  const sheets = elementsNamed(workbookXml, 'sheet');
  expect(sheets.map((s) => /name="([^"]*)"/.exec(s)![1])).toEqual(expect.arrayContaining(['领取登记', '领取统计']));
  for (const sheet of sheets) {
    const prefix = /\s(\w+):id="/.exec(sheet)![1];
    expect({ sheet, declared: [...relPrefixesOn(root), ...relPrefixesOn(sheet)].includes(prefix) }).toEqual({ sheet, declared: true });
  }
});
