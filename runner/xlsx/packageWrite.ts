// A save: the package as it was read, with only the parts a command changed replaced (sheets
// with changed cells, styles it needed, workbook.xml for new sheets and recalculation) and
// every other zip entry copied byte for byte. Nothing changed → nothing to write.
import { posix } from 'node:path';
import type { MemorySheet, MemoryWorkbook } from '../workbook';
import { newEntry, writeZip } from './zipPackage';
import { addDefault, addOverride, addRelationship, relsPathOf, sheetRelId, WORKSHEET_TYPE } from './packageParts';
import { attrs, elements, escapeXml, firstElement, insertInOrder, removeAttr, setAttr } from './xml';
import { patchSheet } from './sheetPatch';
import { changedNotes, SheetBaseline } from './sheetBaseline';
import { BLANK_SHEET } from './blankPackage';
import { commentsXml, vmlXml, withLegacyDrawing } from './notesPart';
import type { SourcePackage, SourceSheet } from './packageRead';
import { dropStaleResults } from './staleResults';

const REL = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
const SHEET_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml';
const AFTER_CALC = ['oleSize', 'customWorkbookViews', 'pivotCaches', 'smartTagPr', 'smartTagTypes', 'webPublishing', 'fileRecoveryPr', 'webPublishObjects', 'extLst'];

class Edits {
  readonly parts = new Map<string, string>();
  readonly removed = new Set<string>();
  constructor(private readonly src: SourcePackage) {}
  get(name: string): string | undefined {
    return this.parts.has(name) ? this.parts.get(name) : this.removed.has(name) ? undefined : this.src.text(name);
  }
  set(name: string, xml: string): void {
    this.parts.set(name, xml);
  }
  freeName(pattern: (n: number) => string): string {
    const taken = new Set([...this.src.entries.map((e) => e.name), ...this.parts.keys()]);
    let n = 1;
    while (taken.has(pattern(n))) n++;
    return pattern(n);
  }
}

function sheetElement(workbookXml: string, relId: string) {
  return elements(workbookXml, 'sheet').find((e) => sheetRelId(attrs(e.tag)) === relId);
}

export function writePackage(wb: MemoryWorkbook, src: SourcePackage): Buffer | undefined {
  const sheetRelIds = new Map([...src.sheets].map(([sheet, s]) => [sheet, s.relId]));
  const sources = new Map(src.sheets);
  const edits = new Edits(src);
  const styles = src.styles;
  const wbPath = src.map.workbookPath;
  const wbRelsPath = relsPathOf(wbPath);
  let workbookXml = edits.get(wbPath)!;
  const before = workbookXml;
  let cellsChanged = false;
  let prevElementEnd: number | undefined;
  for (const sheet of wb.sheets) {
    let source = sources.get(sheet);
    let relId = sheetRelIds.get(sheet);
    if (!source) {
      // A sheet the command created: added to the package as the schema asks (workbook.xml,
      // its relationships, [Content_Types].xml), then filled like any other.
      const path = edits.freeName((n) => `xl/worksheets/sheet${n}.xml`);
      const rels = addRelationship(edits.get(wbRelsPath), WORKSHEET_TYPE, posix.relative(posix.dirname(wbPath), path));
      edits.set(wbRelsPath, rels.xml);
      edits.set('[Content_Types].xml', addOverride(edits.get('[Content_Types].xml')!, path, SHEET_TYPE));
      relId = rels.id;
      const sheetId = Math.max(0, ...elements(workbookXml, 'sheet').map((e) => Number(attrs(e.tag).sheetId) || 0)) + 1;
      // The element declares its own r: <workbook> may not (openpyxl declares it on each
      // <sheet>), and a redundant declaration is harmless where it does — as for <legacyDrawing>.
      const el = `<sheet xmlns:r="${REL}" name="${escapeXml(sheet.name)}" sheetId="${sheetId}" r:id="${relId}"/>`;
      const sheets = firstElement(workbookXml, 'sheets')!;
      const at = prevElementEnd ?? sheets.start + sheets.tag.length;
      workbookXml = workbookXml.slice(0, at) + el + workbookXml.slice(at);
      const content = {
        index: { xml: BLANK_SHEET, dataStart: BLANK_SHEET.indexOf('<sheetData/>'), dataEnd: BLANK_SHEET.indexOf('<sheetData/>') + 12, selfClosing: true, rows: [], colStyles: new Map<number, number>() },
        base: SheetBaseline.empty(sheet.name),
        hasComments: false,
      };
      source = { path, relId, content: () => content };
      sources.set(sheet, source);
      sheetRelIds.set(sheet, relId);
      edits.set(path, BLANK_SHEET);
    }
    // A sheet no action looked at is unchanged: its part is copied as it is.
    if (sheet.loaded) {
      const { index, base, hasComments } = source.content();
      let xml = patchSheet({ index, sheet, base, styles, sys: src.sys });
      if (xml !== undefined) cellsChanged = true;
      if (!hasComments && sheet.notes.rowCount > 0 && changedNotes(sheet, base)) xml = addNotes(edits, source.path, xml ?? index.xml, sheet);
      if (xml !== undefined) edits.set(source.path, xml);
    }
    const el = relId ? sheetElement(workbookXml, relId) : undefined;
    if (el && sheet.name !== attrs(el.tag).name) {
      workbookXml = workbookXml.slice(0, el.start) + setAttr(el.tag, 'name', sheet.name) + workbookXml.slice(el.end);
    }
    const now = relId ? sheetElement(workbookXml, relId) : undefined;
    if (now) prevElementEnd = now.end;
  }
  if (cellsChanged) dropStale(wb, sources, edits);
  workbookXml = removeDeletedSheets(wb, src, edits, workbookXml);
  const active = wb.sheets[wb.activeSheet];
  if (active && (wb.activeSheet !== src.activeSheet || !src.sheets.has(active))) {
    selectTab(wb, sources, edits);
    const relId = sheetRelIds.get(active);
    const target = sheetElement(workbookXml, relId ?? '');
    const i = target ? elements(workbookXml, 'sheet').findIndex((e) => e.start === target.start) : -1;
    const view = firstElement(workbookXml, 'workbookView');
    if (view && i >= 0) workbookXml = workbookXml.slice(0, view.start) + setAttr(view.tag, 'activeTab', String(i)) + workbookXml.slice(view.end);
  }
  if (cellsChanged) workbookXml = recalculateOnOpen(workbookXml);
  if (workbookXml !== before) edits.set(wbPath, workbookXml);
  if (styles.changed && src.map.stylesPath) edits.set(src.map.stylesPath, styles.toXml());
  if (edits.parts.size === 0 && edits.removed.size === 0) return undefined;
  const now = new Date();
  const out = src.entries.filter((e) => !edits.removed.has(e.name)).map((e) => (edits.parts.has(e.name) ? newEntry(e.name, Buffer.from(edits.parts.get(e.name)!, 'utf8'), now) : e));
  const known = new Set(src.entries.map((e) => e.name));
  for (const [name, xml] of edits.parts) if (!known.has(name)) out.push(newEntry(name, Buffer.from(xml, 'utf8'), now));
  return writeZip(out);
}

/**
 * The tab the file opens on is named twice: workbook.xml's activeTab and the sheet view's
 * tabSelected. Excel treats every tabSelected sheet as one group (an edit goes to all of them),
 * so the old tab loses the mark when the new one gets it.
 */
function selectTab(wb: MemoryWorkbook, sources: Map<MemorySheet, SourceSheet>, edits: Edits): void {
  wb.sheets.forEach((sheet, i) => {
    const path = sources.get(sheet)?.path;
    const xml = path ? edits.get(path) : undefined;
    const view = xml ? firstElement(xml, 'sheetView') : undefined;
    if (!path || !xml || !view) return;
    const selected = /\btabSelected="(1|true)"/.test(view.tag);
    if (selected === (i === wb.activeSheet)) return;
    const tag = selected ? removeAttr(view.tag, 'tabSelected') : setAttr(view.tag, 'tabSelected', '1');
    edits.set(path, xml.slice(0, view.start) + tag + xml.slice(view.start + view.tag.length));
  });
}

/** Cross-sheet formulas reading a changed sheet lose their stale cached result (staleResults.ts). */
function dropStale(wb: MemoryWorkbook, sources: Map<MemorySheet, SourceSheet>, edits: Edits): void {
  const changed = wb.sheets.filter((sheet) => edits.parts.has(sources.get(sheet)?.path ?? '')).map((sheet) => sheet.name);
  for (const sheet of wb.sheets) {
    const path = sources.get(sheet)?.path;
    if (!path) continue;
    const xml = edits.get(path);
    const others = changed.filter((name) => name !== sheet.name);
    const dropped = xml === undefined ? undefined : dropStaleResults(xml, others);
    if (dropped !== undefined) edits.set(path, dropped);
  }
}

/** The clerk's formulas (=SUM(帮扶台账!L2:L26)) are recalculated when the file is next opened. */
function recalculateOnOpen(xml: string): string {
  const calc = firstElement(xml, 'calcPr');
  if (calc) return attrs(calc.tag).fullCalcOnLoad === '1' ? xml : xml.slice(0, calc.start) + setAttr(calc.tag, 'fullCalcOnLoad', '1') + xml.slice(calc.end);
  return insertInOrder(xml, 'workbook', '<calcPr fullCalcOnLoad="1"/>', AFTER_CALC);
}

function removeDeletedSheets(wb: MemoryWorkbook, src: SourcePackage, edits: Edits, workbookXml: string): string {
  const live = new Set(wb.sheets);
  for (const [sheet, source] of src.sheets) {
    if (live.has(sheet)) continue;
    const relId = source.relId;
    const el = relId ? sheetElement(workbookXml, relId) : undefined;
    if (el) workbookXml = workbookXml.slice(0, el.start) + workbookXml.slice(el.end);
    const rels = edits.get(relsPathOf(src.map.workbookPath));
    const rel = rels && relId ? elements(rels, 'Relationship').find((e) => attrs(e.tag).Id === relId) : undefined;
    if (rels && rel) edits.set(relsPathOf(src.map.workbookPath), rels.slice(0, rel.start) + rels.slice(rel.end));
    const ct = edits.get('[Content_Types].xml')!;
    edits.set('[Content_Types].xml', ct.replace(new RegExp(`<Override PartName="/${source.path.replace(/[.]/g, '\\.')}"[^>]*/>`), ''));
    edits.parts.delete(source.path);
    if (src.entries.some((e) => e.name === source.path)) edits.removed.add(source.path);
  }
  return workbookXml;
}

function addNotes(edits: Edits, sheetPath: string, sheetXml: string, sheet: MemorySheet): string {
  const comments = edits.freeName((n) => `xl/comments${n}.xml`);
  const vml = edits.freeName((n) => `xl/drawings/vmlDrawing${n}.vml`);
  const relsPath = relsPathOf(sheetPath);
  const dir = posix.dirname(sheetPath);
  const a = addRelationship(edits.get(relsPath), `${REL}/comments`, posix.relative(dir, comments));
  const b = addRelationship(a.xml, `${REL}/vmlDrawing`, posix.relative(dir, vml));
  edits.set(relsPath, b.xml);
  edits.set(comments, commentsXml(sheet));
  edits.set(vml, vmlXml(sheet));
  let ct = addOverride(edits.get('[Content_Types].xml')!, comments, 'application/vnd.openxmlformats-officedocument.spreadsheetml.comments+xml');
  ct = addDefault(ct, 'vml', 'application/vnd.openxmlformats-officedocument.vmlDrawing');
  edits.set('[Content_Types].xml', ct);
  return withLegacyDrawing(sheetXml, b.id);
}
