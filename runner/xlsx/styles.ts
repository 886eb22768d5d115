// styles.xml: what a cell's style index means (number format, bold, solid fill), and new
// styles derived from a cell's own one when a command changes its format, weight or colour, so
// borders, fonts and alignment the clerk chose stay.
import { attrs, elements, escapeXml, insertInOrder, setAttr, removeAttr, type XmlElement } from './xml';

/** Excel's built-in number formats (ECMA-376 Part 1, 18.8.30); 27–36 and 50–58 are East Asian dates. */
const BUILTIN: Record<number, string> = {
  0: 'General', 1: '0', 2: '0.00', 3: '#,##0', 4: '#,##0.00', 9: '0%', 10: '0.00%', 11: '0.00E+00', 12: '# ?/?', 13: '# ??/??',
  14: 'mm-dd-yy', 15: 'd-mmm-yy', 16: 'd-mmm', 17: 'mmm-yy', 18: 'h:mm AM/PM', 19: 'h:mm:ss AM/PM', 20: 'h:mm', 21: 'h:mm:ss', 22: 'm/d/yy h:mm',
  37: '#,##0 ;(#,##0)', 38: '#,##0 ;[Red](#,##0)', 39: '#,##0.00;(#,##0.00)', 40: '#,##0.00;[Red](#,##0.00)',
  45: 'mm:ss', 46: '[h]:mm:ss', 47: 'mmss.0', 48: '##0.0E+0', 49: '@',
};
for (const id of [27, 28, 29, 30, 31, 34, 35, 36, 50, 51, 52, 53, 54, 57, 58]) BUILTIN[id] = 'yyyy"年"m"月"d"日"';
for (const id of [32, 33, 55, 56]) BUILTIN[id] = 'h"时"mm"分"';

export interface CellLook {
  readonly format: string;
  readonly bold: boolean;
  /** '#rrggbb' of a solid fill, or undefined. */
  readonly background?: string;
  /** <alignment wrapText="1"/>: long text wraps within the column width. */
  readonly wrap?: boolean;
}

interface Xf {
  tag: string;
  inner: string;
  numFmtId: number;
  fontId: number;
  fillId: number;
}

const HEAD = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n';
export const BLANK_STYLES = `${HEAD}<styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><fonts count="1"><font><sz val="11"/><name val="Calibri"/><family val="2"/></font></fonts><fills count="2"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill></fills><borders count="1"><border><left/><right/><top/><bottom/><diagonal/></border></borders><cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs><cellXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/></cellXfs><cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/></cellStyles></styleSheet>`;

function listIn(xml: string, list: string, item: string): { list?: XmlElement; items: XmlElement[] } {
  const outer = elements(xml, list)[0];
  if (!outer) return { items: [] };
  const from = outer.start + outer.tag.length;
  return { list: outer, items: elements(xml, item, from, outer.end) };
}

function argbToCss(argb: string | undefined): string | undefined {
  if (!argb || !/^[0-9a-f]{8}$/i.test(argb)) return undefined;
  const css = '#' + argb.slice(2).toLowerCase();
  return css === '#ffffff' ? undefined : css;
}

/** An xf's children with wrapText set or cleared; the rest of its alignment (centred, indent) kept. */
function withWrap(inner: string, wrap: boolean): string {
  const at = /<alignment\b[^>]*?\/?>/.exec(inner);
  if (!at) return wrap ? `<alignment wrapText="1"/>${inner}` : inner;
  const tag = wrap ? setAttr(at[0], 'wrapText', '1') : removeAttr(at[0], 'wrapText');
  return inner.slice(0, at.index) + (tag === '<alignment/>' ? '' : tag) + inner.slice(at.index + at[0].length);
}

export class Styles {
  private readonly formats = new Map<number, string>();
  private readonly xfs: Xf[];
  private readonly fonts: string[];
  private readonly fills: string[];
  private readonly added = { numFmts: [] as string[], fonts: [] as string[], fills: [] as string[], xfs: [] as string[] };
  private readonly derived = new Map<string, number>();
  private readonly looks = new Map<number, CellLook>();

  constructor(private readonly xml: string = BLANK_STYLES) {
    for (const e of listIn(xml, 'numFmts', 'numFmt').items) {
      const a = attrs(e.tag);
      this.formats.set(Number(a.numFmtId), a.formatCode);
    }
    this.fonts = listIn(xml, 'fonts', 'font').items.map((e) => xml.slice(e.start, e.end));
    this.fills = listIn(xml, 'fills', 'fill').items.map((e) => xml.slice(e.start, e.end));
    this.xfs = listIn(xml, 'cellXfs', 'xf').items.map((e) => {
      const a = attrs(e.tag);
      return { tag: e.tag.replace(/\/>$/, '>'), inner: e.inner, numFmtId: Number(a.numFmtId ?? 0), fontId: Number(a.fontId ?? 0), fillId: Number(a.fillId ?? 0) };
    });
  }

  get changed(): boolean {
    return this.added.xfs.length > 0;
  }

  formatCode(id: number): string {
    return this.formats.get(id) ?? BUILTIN[id] ?? 'General';
  }

  look(index: number): CellLook {
    let look = this.looks.get(index);
    if (look) return look;
    const xf = this.xfs[index] ?? this.xfs[0];
    if (!xf) return { format: 'General', bold: false, wrap: false };
    const font = this.fonts[xf.fontId] ?? '';
    const fill = this.fills[xf.fillId] ?? '';
    const solid = /patternType="solid"/.test(fill) ? /<fgColor[^>]*\brgb="([0-9A-Fa-f]{8})"/.exec(fill)?.[1] : undefined;
    const wrap = /<alignment\b[^>]*\bwrapText="(1|true)"/.test(xf.inner);
    look = { format: this.formatCode(xf.numFmtId), bold: /<b(\s+val="(1|true)")?\s*\/>/.test(font), background: argbToCss(solid), wrap };
    this.looks.set(index, look);
    return look;
  }

  /** A style like `base` but with the given look; the same request gives the same index. */
  derive(base: number, want: CellLook): number {
    const have = this.look(base);
    const wrap = want.wrap ?? have.wrap ?? false;
    if (have.format === want.format && have.bold === want.bold && have.background === want.background && have.wrap === wrap) return base;
    const key = `${base}|${want.format}|${want.bold}|${want.background ?? ''}|${wrap}`;
    const known = this.derived.get(key);
    if (known !== undefined) return known;
    const xf = this.xfs[base] ?? this.xfs[0] ?? { tag: '<xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0">', inner: '', numFmtId: 0, fontId: 0, fillId: 0 };
    let tag = xf.tag;
    const next: Xf = { ...xf };
    if (have.format !== want.format) {
      next.numFmtId = this.numFmtId(want.format);
      tag = setAttr(setAttr(tag, 'numFmtId', String(next.numFmtId)), 'applyNumberFormat', '1');
    }
    if (have.bold !== want.bold) {
      const font = this.fonts[xf.fontId] ?? '<font><sz val="11"/></font>';
      const bolder = want.bold ? font.replace(/<font(\s[^>]*)?>/, (m) => `${m}<b/>`).replace(/<font(\s[^>]*)?\/>/, '<font$1><b/></font>') : font.replace(/<b(\s[^>]*)?\/>/g, '');
      next.fontId = this.reuse(this.fonts, this.added.fonts, bolder);
      tag = setAttr(setAttr(tag, 'fontId', String(next.fontId)), 'applyFont', '1');
    }
    if (have.background !== want.background) {
      const fill = want.background
        ? `<fill><patternFill patternType="solid"><fgColor rgb="FF${want.background.slice(1).toUpperCase()}"/><bgColor indexed="64"/></patternFill></fill>`
        : '<fill><patternFill patternType="none"/></fill>';
      next.fillId = this.reuse(this.fills, this.added.fills, fill);
      tag = setAttr(setAttr(tag, 'fillId', String(next.fillId)), 'applyFill', '1');
    }
    if (have.wrap !== wrap) {
      next.inner = withWrap(xf.inner, wrap);
      tag = setAttr(tag, 'applyAlignment', '1');
    }
    next.tag = removeAttr(tag, 'quotePrefix');
    // Two bases (LibreOffice writes one per column look) often derive the same style: reuse it.
    const same = this.xfs.findIndex((x) => x.tag === next.tag && x.inner === next.inner);
    if (same >= 0) {
      this.derived.set(key, same);
      return same;
    }
    const index = this.xfs.push(next) - 1;
    this.added.xfs.push(next.inner ? `${next.tag}${next.inner}</xf>` : next.tag.replace(/>$/, '/>'));
    this.derived.set(key, index);
    return index;
  }

  /** The index of an identical font or fill already in the list (one bold font for every header), else a new one. */
  private reuse(list: string[], added: string[], xml: string): number {
    const at = list.indexOf(xml);
    if (at >= 0) return at;
    added.push(xml);
    return list.push(xml) - 1;
  }

  private numFmtId(format: string): number {
    for (const [id, code] of this.formats) if (code === format) return id;
    for (const [id, code] of Object.entries(BUILTIN)) if (code === format) return Number(id);
    const id = Math.max(163, ...this.formats.keys()) + 1;
    this.formats.set(id, format);
    this.added.numFmts.push(`<numFmt numFmtId="${id}" formatCode="${escapeXml(format)}"/>`);
    return id;
  }

  /** styles.xml with the derived styles appended to each list (counts updated). */
  toXml(): string {
    let xml = this.xml;
    const append = (list: string, items: string[], total: number, before: string[]) => {
      if (items.length === 0) return;
      const outer = elements(xml, list)[0];
      if (!outer) {
        xml = insertInOrder(xml, 'styleSheet', `<${list} count="${total}">${items.join('')}</${list}>`, before);
        return;
      }
      const open = setAttr(outer.tag.replace(/\/>$/, '>'), 'count', String(total));
      const body = outer.tag.endsWith('/>') ? '' : outer.inner;
      xml = xml.slice(0, outer.start) + open + body + items.join('') + `</${list}>` + xml.slice(outer.end);
    };
    append('numFmts', this.added.numFmts, this.formats.size, ['fonts', 'fills', 'borders', 'cellStyleXfs', 'cellXfs']);
    append('fonts', this.added.fonts, this.fonts.length, ['fills', 'borders', 'cellStyleXfs', 'cellXfs']);
    append('fills', this.added.fills, this.fills.length, ['borders', 'cellStyleXfs', 'cellXfs']);
    append('cellXfs', this.added.xfs, this.xfs.length, ['cellStyles', 'dxfs', 'tableStyles', 'colors', 'extLst']);
    return xml;
  }
}
