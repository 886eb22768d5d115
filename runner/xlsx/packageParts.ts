// The package's map: which part holds which sheet (workbook.xml + its relationships), and the
// helpers that add a part properly (relationship, content type).
import { posix } from 'node:path';
import { attrs, elements, escapeXml, firstElement, insertInOrder } from './xml';

export interface SheetEntry {
  readonly name: string;
  readonly sheetId: number;
  readonly relId: string;
  /** Part name inside the zip, e.g. xl/worksheets/sheet1.xml; '' for a chart sheet or dialog. */
  readonly path: string;
  readonly hidden: boolean;
}

export interface WorkbookMap {
  readonly workbookPath: string;
  readonly sheets: SheetEntry[];
  readonly activeTab: number;
  readonly date1904: boolean;
  readonly sharedStringsPath?: string;
  readonly stylesPath?: string;
}

export const WORKSHEET_TYPE = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet';
const OFFICE_DOCUMENT = /\/officeDocument$/;

export function relsPathOf(part: string): string {
  return posix.join(posix.dirname(part), '_rels', `${posix.basename(part)}.rels`);
}

export interface Relationship {
  readonly id: string;
  readonly type: string;
  readonly target: string;
  readonly external: boolean;
}

export function relationships(relsXml: string | undefined, part: string): Relationship[] {
  if (!relsXml) return [];
  return elements(relsXml, 'Relationship').map((e) => {
    const a = attrs(e.tag);
    const external = a.TargetMode === 'External';
    const target = external ? a.Target : a.Target.startsWith('/') ? a.Target.slice(1) : posix.normalize(posix.join(posix.dirname(part), a.Target));
    return { id: a.Id, type: a.Type ?? '', target, external };
  });
}

/** A <sheet>'s relationship id, whatever prefix the writer bound to the relationships namespace. */
export function sheetRelId(a: Record<string, string>): string {
  return a['r:id'] ?? Object.entries(a).find(([k]) => k.endsWith(':id'))?.[1] ?? '';
}

export function readWorkbookMap(text: (name: string) => string | undefined): WorkbookMap {
  const root = relationships(text('_rels/.rels'), '');
  const workbookPath = root.find((r) => OFFICE_DOCUMENT.test(r.type))?.target ?? 'xl/workbook.xml';
  const xml = text(workbookPath);
  if (xml === undefined) throw new Error(`缺少 ${workbookPath}，这不是 Excel 工作簿`);
  const rels = relationships(text(relsPathOf(workbookPath)), workbookPath);
  const byId = new Map(rels.map((r) => [r.id, r]));
  const sheets = elements(xml, 'sheet').map((e) => {
    const a = attrs(e.tag);
    const rel = byId.get(sheetRelId(a));
    return {
      name: a.name,
      sheetId: Number(a.sheetId),
      relId: rel?.id ?? '',
      path: rel && rel.type === WORKSHEET_TYPE ? rel.target : rel && /\/worksheet$/.test(rel.type) ? rel.target : '',
      hidden: a.state === 'hidden' || a.state === 'veryHidden',
    };
  });
  const view = firstElement(xml, 'workbookView');
  const pr = firstElement(xml, 'workbookPr');
  return {
    workbookPath,
    sheets,
    activeTab: Number(view ? attrs(view.tag).activeTab ?? 0 : 0),
    date1904: pr ? /^(1|true)$/.test(attrs(pr.tag).date1904 ?? '') : false,
    sharedStringsPath: rels.find((r) => /\/sharedStrings$/.test(r.type))?.target,
    stylesPath: rels.find((r) => /\/styles$/.test(r.type))?.target,
  };
}

/** A relationship added to a .rels part (created when missing); returns the new id. */
export function addRelationship(relsXml: string | undefined, type: string, target: string): { xml: string; id: string } {
  const base = relsXml ?? '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"></Relationships>';
  const used = new Set(elements(base, 'Relationship').map((e) => attrs(e.tag).Id));
  let n = used.size + 1;
  while (used.has(`rId${n}`)) n++;
  const id = `rId${n}`;
  const rel = `<Relationship Id="${id}" Type="${type}" Target="${escapeXml(target)}"/>`;
  const xml = base.replace(/<Relationships([^>]*)\/>/, '<Relationships$1></Relationships>');
  return { xml: insertInOrder(xml, 'Relationships', rel, []), id };
}

export function addOverride(contentTypes: string, partName: string, contentType: string): string {
  if (contentTypes.includes(`PartName="/${partName}"`)) return contentTypes;
  return insertInOrder(contentTypes, 'Types', `<Override PartName="/${escapeXml(partName)}" ContentType="${contentType}"/>`, []);
}

export function addDefault(contentTypes: string, extension: string, contentType: string): string {
  if (new RegExp(`Extension="${extension}"`, 'i').test(contentTypes)) return contentTypes;
  return insertInOrder(contentTypes, 'Types', `<Default Extension="${extension}" ContentType="${contentType}"/>`, ['Override']);
}
