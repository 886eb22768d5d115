// A small RFC 4180 reader rather than a CSV library: what is needed is exactly quotes, doubled
// quotes, embedded separators and line breaks, and every field kept as the text it is (general
// CSV libraries — and ExcelJS's CSV reader — turn '001024' into 1024 and dates into instants).

export class CsvError extends Error {}

/**
 * Rows of text fields. The separator is a comma, or a tab when the first line has more tabs
 * than commas (Excel's "Unicode text"). Excel's ="001024" (how exports protect leading zeros)
 * becomes 001024. Blank trailing lines are dropped.
 */
export function parseCsv(text: string): string[][] {
  const firstLine = text.slice(0, text.search(/\r|\n|$/));
  const sep = (firstLine.match(/\t/g)?.length ?? 0) > (firstLine.match(/,/g)?.length ?? 0) ? '\t' : ',';
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  let line = 1;
  let quoteLine = 0;
  const endField = () => {
    const m = /^="(.*)"$/s.exec(field);
    row.push(m ? m[1] : field);
    field = '';
  };
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (quoted) {
      if (c === '"') {
        if (text[i + 1] === '"') {
          field += '"';
          i++;
        } else quoted = false;
      } else {
        if (c === '\n' || (c === '\r' && text[i + 1] !== '\n')) line++;
        field += c;
      }
    } else if (c === '"' && field === '') {
      quoted = true;
      quoteLine = line;
    } else if (c === '"' && field === '=') {
      // ="001024": keep the quotes for endField to unwrap.
      field += c;
      const close = text.indexOf('"', i + 1);
      if (close < 0) throw new CsvError(`第 ${line} 行的引号没有配对`);
      field += text.slice(i + 1, close + 1);
      i = close;
    } else if (c === sep) {
      endField();
    } else if (c === '\r' || c === '\n') {
      if (c === '\r' && text[i + 1] === '\n') i++;
      endField();
      rows.push(row);
      row = [];
      line++;
    } else {
      field += c;
    }
  }
  if (quoted) throw new CsvError(`第 ${quoteLine} 行开始的引号没有配对，文件可能不完整`);
  if (field !== '' || row.length > 0) {
    endField();
    rows.push(row);
  }
  while (rows.length && rows[rows.length - 1].every((f) => f.trim() === '')) rows.pop();
  return rows;
}
