// The parts of a worksheet around its cells that a command may set: column widths and styles,
// the frozen pane, the tab colour, new data validations, the used range. Each rewrites only its
// own element, placed in the order the schema requires (ECMA-376 Part 1, 18.3.1.99 CT_Worksheet).
import type { MemorySheet, ValidationRule } from '../workbook';
import { columnToLetters } from '../a1';
import { attrs, elements, escapeXml, firstElement, insertInOrder, setAttr } from './xml';
import { pxToExcel } from './sheetRead';
import type { SheetBaseline } from './sheetBaseline';

const AFTER_COLS = ['sheetData'];
const AFTER_VALIDATIONS = ['hyperlinks', 'printOptions', 'pageMargins', 'pageSetup', 'headerFooter', 'rowBreaks', 'colBreaks', 'customProperties', 'cellWatches', 'ignoredErrors', 'smartTags', 'drawing', 'legacyDrawing', 'legacyDrawingHF', 'picture', 'oleObjects', 'controls', 'webPublishItems', 'tableParts', 'extLst'];

interface ColRun {
  min: number;
  max: number;
  a: Record<string, string>;
}

export function patchColumns(xml: string, sheet: MemorySheet, columns: readonly number[], colStyles: Map<number, number>): string {
  if (columns.length === 0) return xml;
  const cols = firstElement(xml, 'cols');
  let runs: ColRun[] = cols ? elements(xml, 'col', cols.start, cols.end).map((e) => {
    const a = attrs(e.tag);
    return { min: Number(a.min), max: Number(a.max), a };
  }) : [];
  const fmt = firstElement(xml, 'sheetFormatPr');
  const defaultWidth = (fmt && attrs(fmt.tag).defaultColWidth) || '9.140625';
  for (const c of columns) {
    const at = runs.find((r) => r.min <= c && c <= r.max);
    const a: Record<string, string> = at ? { ...at.a } : { width: defaultWidth };
    if (at) {
      runs = runs.filter((r) => r !== at);
      if (at.min < c) runs.push({ min: at.min, max: c - 1, a: { ...at.a } });
      if (c < at.max) runs.push({ min: c + 1, max: at.max, a: { ...at.a } });
    }
    const px = sheet.columnWidths.get(c);
    if (px !== undefined) Object.assign(a, { width: String(+pxToExcel(px).toFixed(4)), customWidth: '1' });
    const style = colStyles.get(c);
    if (style !== undefined) a.style = String(style);
    runs.push({ min: c, max: c, a });
  }
  runs.sort((x, y) => x.min - y.min);
  const body = runs.map((r) => {
    const rest = Object.entries(r.a).filter(([k]) => k !== 'min' && k !== 'max').map(([k, v]) => ` ${k}="${escapeXml(v)}"`).join('');
    return `<col min="${r.min}" max="${r.max}"${rest}/>`;
  }).join('');
  if (cols) return xml.slice(0, cols.start) + `<cols>${body}</cols>` + xml.slice(cols.end);
  return insertInOrder(xml, 'worksheet', `<cols>${body}</cols>`, AFTER_COLS);
}

export function patchPane(xml: string, sheet: MemorySheet, base: SheetBaseline): string {
  if (sheet.frozenRows === base.frozenRows && sheet.frozenColumns === base.frozenColumns) return xml;
  const rows = sheet.frozenRows;
  const cols = sheet.frozenColumns;
  const active = rows && cols ? 'bottomRight' : rows ? 'bottomLeft' : 'topRight';
  const pane = rows || cols
    ? `<pane${cols ? ` xSplit="${cols}"` : ''}${rows ? ` ySplit="${rows}"` : ''} topLeftCell="${columnToLetters(cols + 1)}${rows + 1}" activePane="${active}" state="frozen"/>`
    : '';
  const view = firstElement(xml, 'sheetView');
  if (!view) return insertInOrder(xml, 'worksheet', `<sheetViews><sheetView workbookViewId="0">${pane}</sheetView></sheetViews>`, ['sheetFormatPr', 'cols', 'sheetData']);
  const inner = view.inner.replace(/<pane\b[^>]*\/>/, '').replace(/<selection\b[^>]*\/>/g, '');
  const open = view.tag.replace(/\s*\/>$/, '>');
  return xml.slice(0, view.start) + `${open}${pane}${inner}</sheetView>` + xml.slice(view.end);
}

export function patchTabColor(xml: string, sheet: MemorySheet, base: SheetBaseline): string {
  if (sheet.tabColor === base.tabColor) return xml;
  const tab = sheet.tabColor ? `<tabColor rgb="FF${sheet.tabColor.slice(1).toUpperCase()}"/>` : '';
  const pr = firstElement(xml, 'sheetPr');
  if (!pr) return tab ? insertInOrder(xml, 'worksheet', `<sheetPr>${tab}</sheetPr>`, ['dimension', 'sheetViews', 'sheetFormatPr', 'cols', 'sheetData']) : xml;
  const inner = pr.inner.replace(/<tabColor\b[^>]*\/>/, '');
  return xml.slice(0, pr.start) + `${pr.tag.replace(/\s*\/>$/, '>')}${tab}${inner}</sheetPr>` + xml.slice(pr.end);
}

function validationXml(rule: ValidationRule, sqref: string): string {
  const style = rule.allowInvalid ? 'warning' : 'stop';
  const prompt = rule.helpText ? ` showInputMessage="1" prompt="${escapeXml(rule.helpText)}"` : '';
  const head = (type: string, extra = '') => `<dataValidation type="${type}"${extra} allowBlank="1" showErrorMessage="1" errorStyle="${style}"${prompt} sqref="${sqref}">`;
  switch (rule.type) {
    case 'VALUE_IN_LIST':
      return `${head('list')}<formula1>${escapeXml(`"${rule.values.map(String).join(',')}"`)}</formula1></dataValidation>`;
    case 'CHECKBOX':
      return `${head('list')}<formula1>"TRUE,FALSE"</formula1></dataValidation>`;
    case 'DATE_IS_VALID_DATE':
      return `${head('date', ' operator="greaterThan"')}<formula1>1</formula1></dataValidation>`;
    case 'NUMBER_BETWEEN':
      return `${head('decimal', ' operator="between"')}<formula1>${Number(rule.values[0])}</formula1><formula2>${Number(rule.values[1])}</formula2></dataValidation>`;
    case 'NUMBER_GREATER_THAN_OR_EQUAL_TO':
      return `${head('decimal', ' operator="greaterThanOrEqual"')}<formula1>${Number(rule.values[0])}</formula1></dataValidation>`;
    default:
      return '';
  }
}

/** New or changed rules, one element per rule and column run (A2:A1000), after the old ones. */
export function patchValidations(xml: string, sheet: MemorySheet, cells: readonly [number, number][]): string {
  if (cells.length === 0) return xml;
  const runs = new Map<string, { rule: ValidationRule; refs: string[] }>();
  const byCol = new Map<number, number[]>();
  for (const [r, c] of cells) (byCol.get(c) ?? byCol.set(c, []).get(c)!).push(r);
  for (const [c, rows] of byCol) {
    rows.sort((a, b) => a - b);
    for (let i = 0; i < rows.length; ) {
      const rule = sheet.validations.get(rows[i], c)!;
      const key = JSON.stringify(rule);
      let j = i;
      while (j + 1 < rows.length && rows[j + 1] === rows[j] + 1 && JSON.stringify(sheet.validations.get(rows[j + 1], c)) === key) j++;
      const letter = columnToLetters(c);
      const ref = i === j ? `${letter}${rows[i]}` : `${letter}${rows[i]}:${letter}${rows[j]}`;
      (runs.get(key) ?? runs.set(key, { rule, refs: [] }).get(key)!).refs.push(ref);
      i = j + 1;
    }
  }
  const added = [...runs.values()].map((r) => validationXml(r.rule, r.refs.join(' '))).filter(Boolean);
  if (added.length === 0) return xml;
  const list = firstElement(xml, 'dataValidations');
  if (!list) return insertInOrder(xml, 'worksheet', `<dataValidations count="${added.length}">${added.join('')}</dataValidations>`, AFTER_VALIDATIONS);
  const count = elements(list.inner, 'dataValidation').length + added.length;
  const open = setAttr(list.tag.replace(/\s*\/>$/, '>'), 'count', String(count));
  return xml.slice(0, list.start) + `${open}${list.inner}${added.join('')}</dataValidations>` + xml.slice(list.end);
}

export function patchDimension(xml: string, sheet: MemorySheet): string {
  const dim = firstElement(xml, 'dimension');
  const lastRow = Math.max(1, sheet.lastRow());
  const lastCol = Math.max(1, sheet.lastColumn());
  const ref = `A1:${columnToLetters(lastCol)}${lastRow}`;
  if (!dim) return xml;
  const old = attrs(dim.tag).ref ?? '';
  const m = /^([A-Z]+\d+)(?::([A-Z]+)(\d+))?$/.exec(old);
  if (m && m[2]) {
    const oldCol = m[2].split('').reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0);
    const want = `${m[1]}:${columnToLetters(Math.max(oldCol, lastCol))}${Math.max(Number(m[3]), lastRow)}`;
    return want === old ? xml : xml.slice(0, dim.start) + setAttr(dim.tag, 'ref', want) + xml.slice(dim.end);
  }
  return xml.slice(0, dim.start) + setAttr(dim.tag, 'ref', ref) + xml.slice(dim.end);
}
