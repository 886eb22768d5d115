// The workbench page: the built sidebar page (build/sidebar.html, the same file the bundle
// embeds — no second copy of any view), widened to the browser window, with a header line,
// a box for the located row, and the workbench's script before the sidebar's. Both scripts carry
// a per-response nonce, and the Content-Security-Policy lets nothing else run or load.
import { randomBytes } from 'node:crypto';
import { type PageScriptOptions, pageScript } from './pageScript';

const WORKBENCH_CSS = `
body { background: #f1f3f4; }
.workbench-header { display: flex; flex-wrap: wrap; align-items: center; gap: 4px 16px; padding: 10px 16px; background: #fff; border-bottom: 1px solid #dadce0; }
.workbench-header h1 { font-size: 16px; margin: 0 12px 0 0; }
.workbench-header .field { color: #5f6368; }
.workbench-header .field b { color: #202124; }
.workbench-header button { margin: 0 0 0 auto; }
.sidebar { max-width: 960px; margin: 16px auto; background: #fff; border: 1px solid #dadce0; border-radius: 4px; padding: 12px 20px; }
#located { max-width: 960px; margin: 16px auto 0; background: #fffbe6; border: 1px solid #f0c36d; border-radius: 4px; padding: 8px 16px; }
.located-where { font-weight: bold; }
.located-scroll { overflow-x: auto; margin-bottom: 6px; }
.located-row { border-collapse: collapse; font-size: 12px; }
.located-row th, .located-row td { border: 1px solid #dadce0; padding: 2px 6px; white-space: nowrap; background: #fff; }
.located-row th { background: #f8f9fa; font-weight: normal; color: #5f6368; }
.located-row tr:last-child td { background: #e8f0fe; }
.located-row .hit { background: #fce8b2 !important; outline: 2px solid #e37400; font-weight: bold; color: #202124; }
`;

const HEADER = `<header class="workbench-header">
<h1>工会助手 工作台</h1>
<span class="field">工作簿：<b id="wb-name">正在读取…</b></span>
<span class="field">单位名称：<b id="wb-unit"></b></span>
<span class="field">计划年度：<b id="wb-year"></b></span>
<button type="button" id="wb-reload" title="重新从磁盘读取工作簿（在 Excel/WPS 中改过并保存后用）">重新读取工作簿</button>
</header>
<section id="located" role="status" aria-live="polite" hidden></section>`;

export interface ServedPage {
  readonly html: string;
  readonly csp: string;
}

/** The page for one response. */
export function workbenchPage(builtSidebar: string, options: PageScriptOptions): ServedPage {
  const nonce = randomBytes(16).toString('base64');
  const body = /<body[^>]*>/.exec(builtSidebar);
  const script = builtSidebar.lastIndexOf('<script>');
  if (!body || script < body.index) throw new Error('build/sidebar.html: no <body> or no inline <script> after it');
  // Function replacers throughout: the sidebar's minified code may contain "$&".
  const html = builtSidebar.slice(0, script)
    .replace('</head>', () => `<style>${WORKBENCH_CSS}</style>\n</head>`)
    .replace(body[0], () => `${body[0]}\n${HEADER}`)
    + `<script nonce="${nonce}">${pageScript(options)}</script>\n<script nonce="${nonce}">`
    + builtSidebar.slice(script + '<script>'.length);
  const csp = [
    "default-src 'none'",
    `script-src 'nonce-${nonce}'`,
    // The sidebar's own <style> and the mail preview's inline styles; styles cannot send data out
    // when nothing may be fetched (img-src, font-src, connect-src stay closed to other hosts).
    "style-src 'unsafe-inline'",
    "img-src data:",
    "connect-src 'self'",
    "frame-src 'self'",
    "base-uri 'self'",
    "form-action 'none'",
    "frame-ancestors 'none'",
  ].join('; ');
  return { html, csp };
}
