// What a clerk cannot read, measured in the page itself (passed to page.evaluate); the sidebar's
// browser test hands it to the page (DOM types: checked by tests/ui/tsconfig.browser.json).
/**
 * Runs in the page: visible text smaller than 12 px, or with a contrast ratio below 4.5:1
 * against its background (WCAG AA). Disabled controls are exempt, as WCAG exempts them.
 */
export function readabilityIssues(): string[] {
  const rgba = (c: string) => (c.match(/[\d.]+/g) ?? []).map(Number);
  const luminance = ([r, g, b]: number[]) => {
    const ch = (v: number) => (v / 255 <= 0.03928 ? v / 255 / 12.92 : ((v / 255 + 0.055) / 1.055) ** 2.4);
    return 0.2126 * ch(r) + 0.7152 * ch(g) + 0.0722 * ch(b);
  };
  const background = (el: Element | null): number[] => {
    for (let e = el; e; e = e.parentElement) {
      const c = rgba(getComputedStyle(e).backgroundColor);
      if (c.length === 3 || (c.length === 4 && c[3] > 0)) return c.slice(0, 3);
    }
    return [255, 255, 255];
  };
  const issues: string[] = [];
  for (const el of Array.from(document.querySelectorAll<HTMLElement>('.sidebar *'))) {
    const ownText = Array.from(el.childNodes).some((n) => n.nodeType === Node.TEXT_NODE && (n.textContent ?? '').trim());
    if (!ownText || el.offsetParent === null || el.closest('button:disabled, select:disabled')) continue;
    const style = getComputedStyle(el);
    const size = parseFloat(style.fontSize);
    const [l1, l2] = [luminance(rgba(style.color)), luminance(background(el))].sort((a, b) => b - a);
    const ratio = (l1 + 0.05) / (l2 + 0.05);
    const what = `${el.tagName.toLowerCase()}${el.id ? `#${el.id}` : ''} “${(el.textContent ?? '').trim().slice(0, 12)}”`;
    if (size < 12) issues.push(`${what}: ${size}px`);
    if (ratio < 4.5) issues.push(`${what}: contrast ${ratio.toFixed(2)}`);
  }
  return issues;
}
