import type { CallLog } from './callLog';
import { makeEnum } from './enums';
import { offline } from './offline';

const G = 'html';

export const SandboxMode = makeEnum('SandboxMode', ['EMULATED', 'IFRAME', 'NATIVE']);
export const XFrameOptionsMode = makeEnum('XFrameOptionsMode', ['ALLOWALL', 'DEFAULT']);

function escapeHtml(v: unknown): string {
  return String(v).replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&#39;');
}

class HtmlOutputImpl {
  title = '';
  width = 0;
  height = 0;
  constructor(private content: string, private readonly log: CallLog) {}
  getContent(): string { return this.content; }
  setContent(content: string): this { this.content = String(content); return this; }
  append(html: string): this { this.content += String(html); return this; }
  appendUntrusted(text: string): this {
    this.content += escapeHtml(text);
    return this;
  }
  clear(): this { this.content = ''; return this; }
  setTitle(title: string): this { this.title = String(title); return this; }
  getTitle(): string { return this.title; }
  setWidth(w: number): this { this.width = w; return this; }
  getWidth(): number { return this.width; }
  setHeight(h: number): this { this.height = h; return this; }
  getHeight(): number { return this.height; }
  setSandboxMode(_mode: unknown): this { return this; }
  setXFrameOptionsMode(_mode: unknown): this { return this; }
  setFaviconUrl(_url: string): this { return this; }
  addMetaTag(_name: string, _content: string): this { return this; }
  asTemplate(): GoogleAppsScript.HTML.HtmlTemplate { return htmlTemplate(this.content, this.log); }
}
interface HtmlOutputImpl extends GoogleAppsScript.HTML.HtmlOutput {}

/**
 * A minimal HtmlTemplate: `<?= expr ?>` (escaped), `<?!= expr ?>` (raw) and `<? code ?>`
 * scriptlets, evaluated with the template's own properties in scope, like HtmlService does.
 */
class HtmlTemplateImpl {
  [key: string]: unknown;
  constructor(private readonly source: string, private readonly log: CallLog) {}
  getCode(): string {
    const parts: string[] = ['var __out = "";'];
    const re = /<\?(!?=)?([\s\S]*?)\?>/g;
    let last = 0;
    for (let m = re.exec(this.source); m; m = re.exec(this.source)) {
      parts.push(`__out += ${JSON.stringify(this.source.slice(last, m.index))};`);
      if (m[1] === '=') parts.push(`__out += __esc(${m[2]});`);
      else if (m[1] === '!=') parts.push(`__out += String(${m[2]});`);
      else parts.push(m[2]);
      last = re.lastIndex;
    }
    parts.push(`__out += ${JSON.stringify(this.source.slice(last))}; return __out;`);
    return parts.join('\n');
  }
  evaluate(): GoogleAppsScript.HTML.HtmlOutput {
    const data: Record<string, unknown> = {};
    for (const k of Object.keys(this)) if (k !== 'source' && k !== 'log') data[k] = this[k];
    const esc = escapeHtml;
    const fn = new Function('__esc', 'with (this) {\n' + this.getCode() + '\n}') as (this: unknown, e: typeof esc) => string;
    return htmlOutput(fn.call(data, esc), this.log);
  }
}
interface HtmlTemplateImpl extends GoogleAppsScript.HTML.HtmlTemplate {}

export function htmlOutput(content: string, log: CallLog): GoogleAppsScript.HTML.HtmlOutput {
  return offline(new HtmlOutputImpl(content, log), G, 'HtmlOutput', log);
}

function htmlTemplate(source: string, log: CallLog): GoogleAppsScript.HTML.HtmlTemplate {
  return offline(new HtmlTemplateImpl(source, log), G, 'HtmlTemplate', log);
}

class HtmlServiceImpl {
  readonly SandboxMode = SandboxMode as unknown as typeof GoogleAppsScript.HTML.SandboxMode;
  readonly XFrameOptionsMode = XFrameOptionsMode as unknown as typeof GoogleAppsScript.HTML.XFrameOptionsMode;
  constructor(private readonly log: CallLog) {}
  createHtmlOutput(html?: unknown): GoogleAppsScript.HTML.HtmlOutput {
    return htmlOutput(html === undefined ? '' : String(html), this.log);
  }
  createTemplate(html: unknown): GoogleAppsScript.HTML.HtmlTemplate {
    return htmlTemplate(String(html), this.log);
  }
}
interface HtmlServiceImpl extends GoogleAppsScript.HTML.HtmlService {}

export function createHtmlService(log: CallLog): GoogleAppsScript.HTML.HtmlService {
  return offline(new HtmlServiceImpl(log), G, 'HtmlService', log);
}
