// Merged values come from clerks' spreadsheets; a name like <script> or Tom & "Jerry" must reach
// the reader as the text it is, in element content and in quoted attributes alike.
const ESCAPES: Readonly<Record<string, string>> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
};

export function htmlEscape(text: string): string {
  return text.replace(/[&<>"']/g, (c) => ESCAPES[c]);
}
