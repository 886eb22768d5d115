// {{列名}} placeholders. Clerks type them by hand, so spaces (half- or full-width) anywhere
// inside the braces are ignored: {{ 领取 地点 }} means {{领取地点}}.
const PLACEHOLDER = /\{\{([^{}]*)\}\}/g;

export function placeholderName(inner: string): string {
  return inner.replace(/[\s\u3000]+/g, '');
}

/** Placeholder names in `text`, normalised, each once, in order of first use. */
export function placeholdersIn(text: string): string[] {
  const names: string[] = [];
  for (const m of text.matchAll(PLACEHOLDER)) {
    const name = placeholderName(m[1]);
    if (!names.includes(name)) names.push(name);
  }
  return names;
}

/** `text` with every placeholder replaced by `value(name)`. */
export function replacePlaceholders(text: string, value: (name: string) => string): string {
  return text.replace(PLACEHOLDER, (_, inner: string) => value(placeholderName(inner)));
}

/**
 * A “{{” or “}}” left once the placeholders are taken out (“{{领取地点” typed without its
 * closing braces), with the few characters around it; null when every brace pair is complete.
 */
export function brokenPlaceholder(text: string): string | null {
  return /\{\{[^{\n]{0,12}|[^}\n]{0,12}\}\}/.exec(text.replace(PLACEHOLDER, '\n'))?.[0] ?? null;
}
