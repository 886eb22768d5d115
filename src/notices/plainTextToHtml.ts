import { htmlEscape } from '../kernel/text/htmlEscape';

/** Plain text as HTML: blank lines separate paragraphs, single line breaks stay line breaks. */
export function plainTextToHtml(text: string): string {
  return text
    .replace(/\r\n?/g, '\n')
    .split(/\n[ \t\u3000]*\n\s*/)
    .map((p) => p.trim())
    .filter((p) => p !== '')
    .map((p) => `<p>${htmlEscape(p).replace(/\n/g, '<br>\n')}</p>`)
    .join('\n');
}
