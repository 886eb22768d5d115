// Reading a package part by part, for tests that compare a workbook before and after a command.
import { readFileSync } from 'node:fs';
import { entryBytes, readZip } from '../../runner/xlsx/zipPackage';

export interface Parts {
  /** Decompressed content by entry name. */
  readonly text: Map<string, string>;
  /** The entry's stored bytes (local header + compressed data). */
  readonly raw: Map<string, Buffer>;
}

export function partsOf(file: string): Parts {
  const entries = readZip(readFileSync(file));
  return {
    text: new Map(entries.map((e) => [e.name, entryBytes(e).toString('utf8')])),
    raw: new Map(entries.map((e) => [e.name, Buffer.from(e.raw)])),
  };
}

/** Every element `<name …>…</name>` (or empty) in a part, as written. */
export function elementsNamed(xml: string, name: string): string[] {
  return xml.match(new RegExp(`<${name}(?=[\\s/>])[^>]*?(?:/>|>[\\s\\S]*?</${name}>)`, 'g')) ?? [];
}

/** A cell's XML in a sheet part, e.g. cellXml(xml, 'R2'). */
export function cellXml(xml: string, ref: string): string | undefined {
  return new RegExp(`<c r="${ref}"(?:[^>]*?/>|[^>]*>[\\s\\S]*?</c>)`).exec(xml)?.[0];
}

/** The part name of a sheet, from workbook.xml and its relationships. */
export function sheetPath(parts: Parts, title: string): string {
  const wb = parts.text.get('xl/workbook.xml')!;
  const sheet = new RegExp(`<sheet [^>]*name="${title}"[^>]*/>`).exec(wb)![0];
  const id = /\bi?d="(rId[^"]+)"/.exec(sheet.replace(/^.*?:id=/, 'd='))![1];
  const rels = parts.text.get('xl/_rels/workbook.xml.rels')!;
  const rel = new RegExp(`<Relationship [^>]*Id="${id}"[^>]*/>`).exec(rels)![0];
  const target = /Target="([^"]+)"/.exec(rel)![1];
  return target.startsWith('/') ? target.slice(1) : `xl/${target}`;
}
