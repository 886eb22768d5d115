// Clerks separate list cells (分会, 标签) with whatever their keyboard gives them: half- and
// full-width commas, the enumeration comma 、, semicolons or line breaks.
const SEPARATORS = /[,，、;；\n\r]+/;

export function splitList(text: string): string[] {
  return text
    .split(SEPARATORS)
    .map((s) => s.trim())
    .filter((s) => s !== '');
}
