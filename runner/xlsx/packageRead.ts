// An .xlsx package read into the fake's MemoryWorkbook, keeping the package itself (every zip
// entry's raw bytes) and each sheet's baseline so a save can write back only what changed.
import { MemorySheet, MemoryWorkbook } from '../workbook';
import { entryBytes, readZip, type ZipEntry } from './zipPackage';
import { readWorkbookMap, relationships, relsPathOf, type WorkbookMap } from './packageParts';
import { Styles } from './styles';
import { attrs, elements, runText } from './xml';
import { readSheet, type SheetIndex } from './sheetRead';
import { SheetBaseline } from './sheetBaseline';
import type { DateSystem } from './cellXml';

export interface SheetContent {
  readonly index: SheetIndex;
  readonly base: SheetBaseline;
  readonly hasComments: boolean;
}

export interface SourceSheet {
  readonly path: string;
  readonly relId: string;
  /** The parsed part (parsed on first use, with the model sheet). */
  content(): SheetContent;
}

export interface SourcePackage {
  readonly entries: ZipEntry[];
  readonly map: WorkbookMap;
  readonly sys: DateSystem;
  readonly activeSheet: number;
  readonly sheets: Map<MemorySheet, SourceSheet>;
  text(name: string): string | undefined;
  /** Styles are parsed once per package (the read) and extended by the save. */
  readonly styles: Styles;
}

export function packageTexts(entries: readonly ZipEntry[]): (name: string) => string | undefined {
  const byName = new Map(entries.map((e) => [e.name, e]));
  const cache = new Map<string, string>();
  return (name) => {
    const hit = cache.get(name);
    if (hit !== undefined) return hit;
    const e = byName.get(name);
    if (!e) return undefined;
    const s = entryBytes(e).toString('utf8').replace(/^\uFEFF/, '');
    cache.set(name, s);
    return s;
  };
}

function sharedStrings(xml: string | undefined): string[] {
  if (!xml) return [];
  return elements(xml, 'si').map((si) => runText(si.inner));
}

function notesOf(text: (n: string) => string | undefined, sheetPath: string): Map<string, string> | undefined {
  const rel = relationships(text(relsPathOf(sheetPath)), sheetPath).find((r) => /\/comments$/.test(r.type));
  const xml = rel && text(rel.target);
  if (!xml) return undefined;
  const notes = new Map<string, string>();
  for (const c of elements(xml, 'comment')) {
    const body = runText(c.inner);
    if (body) notes.set(attrs(c.tag).ref, body);
  }
  return notes;
}

export interface ReadOptions {
  readonly timeZone?: string;
  readonly name?: string;
  /** Read only the first worksheet (an import reads nothing else). */
  readonly firstSheetOnly?: boolean;
}

export function readPackage(buf: Buffer, opts: ReadOptions, warn: (m: string) => void): { workbook: MemoryWorkbook; source: SourcePackage } {
  return readEntries(readZip(buf), opts, warn);
}

export function readEntries(entries: ZipEntry[], opts: ReadOptions, warn: (m: string) => void): { workbook: MemoryWorkbook; source: SourcePackage } {
  const text = packageTexts(entries);
  const map: WorkbookMap = readWorkbookMap(text);
  const wb = new MemoryWorkbook();
  if (opts.timeZone) wb.timeZone = opts.timeZone;
  if (opts.name) wb.name = opts.name;
  const sys: DateSystem = { timeZone: wb.timeZone, date1904: map.date1904 };
  const styles = new Styles(map.stylesPath ? text(map.stylesPath) : undefined);
  let strings: string[] | undefined;
  const shared = () => (strings ??= sharedStrings(map.sharedStringsPath ? text(map.sharedStringsPath) : undefined));
  const sheets = new Map<MemorySheet, SourceSheet>();
  let activeSheet = 0;
  map.sheets.forEach((entry, i) => {
    const xml = entry.path ? text(entry.path) : undefined;
    if (xml === undefined) return; // a chart sheet or a dialog: kept in the file, not a grid
    if (opts.firstSheetOnly && wb.sheets.length > 0) return;
    if (i === map.activeTab) activeSheet = wb.sheets.length;
    const sheet = wb.addSheet(entry.name);
    let content: SheetContent | undefined;
    sheet.deferLoad(() => {
      const notes = notesOf(text, entry.path);
      const index = readSheet(xml, sheet, { ...sys, shared: shared(), styles, notes: notes ?? new Map(), warn });
      content = { index, base: new SheetBaseline(sheet), hasComments: notes !== undefined };
    });
    const content_ = (): SheetContent => {
      if (!content) void sheet.values; // parses the sheet
      return content!;
    };
    sheets.set(sheet, { path: entry.path, relId: entry.relId, content: content_ });
  });
  if (wb.sheets.length === 0) wb.addSheet('工作表1');
  wb.activeSheet = activeSheet;
  return { workbook: wb, source: { entries, map, sys, activeSheet, sheets, text, styles } };
}
