// Notes on a sheet that had none: a comments part, and the legacy VML drawing Excel needs to
// show them (ECMA-376 Part 1, 18.7; the VML shape per note is what Excel itself writes).
import type { MemorySheet } from '../workbook';
import { columnToLetters } from '../a1';
import { escapeXml, insertInOrder } from './xml';

const HEAD = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n';

export function commentsXml(sheet: MemorySheet): string {
  const list = [...sheet.notes.entries()].map(([r, c, text]) =>
    `<comment ref="${columnToLetters(c)}${r}" authorId="0"><text><t xml:space="preserve">${escapeXml(text)}</t></text></comment>`);
  return `${HEAD}<comments xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><authors><author>UnionDesk</author></authors><commentList>${list.join('')}</commentList></comments>`;
}

export function vmlXml(sheet: MemorySheet): string {
  const shapes = [...sheet.notes.entries()].map(([r, c], i) =>
    `<v:shape id="_x0000_s${1025 + i}" type="#_x0000_t202" style="position:absolute;margin-left:59.25pt;margin-top:1.5pt;width:108pt;height:59.25pt;z-index:${i + 1};visibility:hidden" fillcolor="#ffffe1" o:insetmode="auto"><v:fill color2="#ffffe1"/><v:shadow on="t" color="black" obscured="t"/><v:path o:connecttype="none"/><v:textbox style="mso-direction-alt:auto"><div style="text-align:left"></div></v:textbox><x:ClientData ObjectType="Note"><x:MoveWithCells/><x:SizeWithCells/><x:AutoFill>False</x:AutoFill><x:Row>${r - 1}</x:Row><x:Column>${c - 1}</x:Column></x:ClientData></v:shape>`);
  return `<xml xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office" xmlns:x="urn:schemas-microsoft-com:office:excel"><o:shapelayout v:ext="edit"><o:idmap v:ext="edit" data="1"/></o:shapelayout><v:shapetype id="_x0000_t202" coordsize="21600,21600" o:spt="202" path="m,l,21600r21600,l21600,xe"><v:stroke joinstyle="miter"/><v:path gradientshapeok="t" o:connecttype="rect"/></v:shapetype>${shapes.join('')}</xml>`;
}

/** The sheet part pointing at its VML drawing (the comments part is found by relationship). */
/**
 * The link carries its own xmlns:r: openpyxl declares the prefix only on the elements that use it,
 * not on <worksheet>, and an unbound prefix makes Excel and LibreOffice refuse the file.
 */
export function withLegacyDrawing(sheetXml: string, relId: string): string {
  return insertInOrder(sheetXml, 'worksheet', `<legacyDrawing xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships" r:id="${relId}"/>`, ['legacyDrawingHF', 'picture', 'oleObjects', 'controls', 'webPublishItems', 'tableParts', 'extLst']);
}
