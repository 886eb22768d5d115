import type { MailTemplate } from './mailTemplate';
import type { Problem } from '../kernel/problem';
import type { Cell } from '../kernel/values/cell';
import { SHEET } from '../kernel/sheets/schema';
import { htmlEscape } from '../kernel/text/htmlEscape';
import { htmlToText } from './htmlToText';
import { brokenPlaceholder, placeholderName, placeholdersIn, replacePlaceholders } from './placeholders';
import { placeholderText } from './placeholderText';
import { plainTextToHtml } from './plainTextToHtml';
import type { RenderedMail } from '../kernel/services/mail';
import { oneLine } from '../kernel/text/oneLine';

export type { RenderedMail };
export { oneLine };

/** Where placeholder values come from, in order of precedence (member, aid row, campaign, settings). */
export interface PlaceholderSource {
  /** The sheet the values come from, named in problems. */
  readonly label: string;
  /** Column header (or 设置 项目) → value; every column present, blank ones included. */
  readonly values: Readonly<Record<string, Cell>>;
}

export interface RenderResult {
  readonly mail: RenderedMail;
  /** Placeholders no source provides (rendered empty; the send is blocked before this happens). */
  readonly missing: readonly string[];
  /** Placeholders provided but blank for this recipient. */
  readonly blank: readonly string[];
}

const HTML_TAG = /<\/?(html|body|p|div|br|span|a|b|i|u|strong|em|table|tr|td|th|ul|ol|li|h[1-6]|img|font|center|blockquote|hr)\b[^>]*>/i;

/** A 正文 containing HTML tags is HTML; anything else is plain text. */
export function isHtmlBody(body: string): boolean {
  return HTML_TAG.test(body);
}

/**
 * One problem per placeholder of `template` that none of the sources' columns provides, and one
 * per 主题/正文 with a brace pair left incomplete. These block the whole send: a notice reading
 * “请于到领取” (or “{{领取地点”) is worse than no notice.
 */
export function unknownPlaceholders(template: MailTemplate, sources: readonly { label: string; names: Iterable<string> }[]): Problem[] {
  const known = new Set<string>();
  for (const s of sources) for (const n of s.names) known.add(placeholderName(n));
  const where = sources.map((s) => s.label).join('、');
  const problems: Problem[] = [];
  for (const [column, text] of [['主题', template.subject], ['正文', template.body]] as const) {
    const broken = brokenPlaceholder(text);
    if (broken) problems.push({ sheet: SHEET.templates, row: template.row, column, message: `模板“${template.name}”的${column}中“${broken}”不是完整的占位符：占位符要写成 {{列名}}（前后各两个大括号），请改正` });
    for (const name of placeholdersIn(text)) {
      if (known.has(name)) continue;
      problems.push({
        sheet: SHEET.templates,
        row: template.row,
        column,
        message: `模板“${template.name}”的占位符{{${name}}}没有对应的数据：${where}中都没有“${name}”这一列，请改正占位符或补上这一列`,
      });
    }
  }
  return problems;
}

function lookup(sources: readonly PlaceholderSource[]): Map<string, Cell> {
  const values = new Map<string, Cell>();
  for (const s of sources) {
    for (const [header, value] of Object.entries(s.values)) {
      const name = placeholderName(header);
      if (!values.has(name)) values.set(name, value);
    }
  }
  return values;
}

/** Subject on one line: line breaks in a merged value must not start a new mail header. */

export function renderMail(template: MailTemplate, sources: readonly PlaceholderSource[]): RenderResult {
  const values = lookup(sources);
  const missing: string[] = [];
  const blank: string[] = [];
  const raw = (name: string): string => {
    const cell = values.get(name);
    if (cell === undefined) {
      if (!missing.includes(name)) missing.push(name);
      return '';
    }
    const text = placeholderText(cell);
    if (text === '' && !blank.includes(name)) blank.push(name);
    return text;
  };
  const escaped = (name: string): string => htmlEscape(raw(name)).replace(/\r?\n/g, '<br>');

  const subject = oneLine(replacePlaceholders(template.subject, raw));
  const body = template.body.replace(/\r\n?/g, '\n');
  let text: string;
  let html: string;
  if (isHtmlBody(body)) {
    html = replacePlaceholders(body, escaped);
    text = replacePlaceholders(htmlToText(body), raw);
  } else {
    text = replacePlaceholders(body, raw).trim();
    html = plainTextToHtml(text);
  }
  return { mail: { subject, text, html }, missing, blank };
}
