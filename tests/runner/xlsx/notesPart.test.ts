// A note added to a sheet another program wrote: openpyxl writes <worksheet> without declaring the
// relationships prefix (it declares xmlns:r only where it uses it), so the <legacyDrawing r:id>
// that ties the notes to the sheet must bring its own declaration or Excel and LibreOffice refuse
// the whole file.
import { SaxesParser } from 'saxes';
import { withLegacyDrawing } from '../../../runner/xlsx/notesPart';

const MAIN = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';
const REL = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';

/** Parses with namespaces on, as Excel and LibreOffice do; returns the r:id attributes' namespaces. */
function relIdNamespaces(xml: string): string[] {
  const parser = new SaxesParser({ xmlns: true });
  const found: string[] = [];
  parser.on('opentag', (tag) => {
    for (const a of Object.values(tag.attributes)) if (typeof a !== 'string' && a.local === 'id' && a.prefix) found.push(a.uri);
  });
  parser.write(xml).close();
  return found;
}

describe('notes on a sheet written by another program', () => {
  it('an openpyxl sheet (no xmlns:r on <worksheet>) stays well-formed XML with the note link in the relationships namespace', () => {
    const openpyxl = `<worksheet xmlns="${MAIN}"><sheetData/><pageMargins left="0.75" right="0.75" top="1" bottom="1" header="0.5" footer="0.5"/></worksheet>`;
    expect(relIdNamespaces(withLegacyDrawing(openpyxl, 'rId3'))).toEqual([REL]);
  });

  it('an Excel sheet that declares xmlns:r on <worksheet> keeps working the same way', () => {
    const excel = `<worksheet xmlns="${MAIN}" xmlns:r="${REL}"><sheetData/></worksheet>`;
    expect(relIdNamespaces(withLegacyDrawing(excel, 'rId1'))).toEqual([REL]);
  });
});
