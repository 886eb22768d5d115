// Builds the sidebar page: src/ui/browser/main.ts bundled for the browser and src/ui/sidebar.css,
// both inlined into src/ui/sidebar.html, written to build/sidebar.html. The Apps Script bundle
// imports that file as text (src/ui/sidebarHtml.ts), so HtmlService.createHtmlOutput serves it
// on Google and in the offline runner alike, and the page fetches nothing from any network.
import { build } from 'esbuild';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

export async function buildSidebar(root) {
  const result = await build({
    entryPoints: [join(root, 'src/ui/browser/main.ts')],
    tsconfig: join(root, 'src/ui/browser/tsconfig.json'),
    bundle: true,
    format: 'iife',
    target: 'es2019',
    platform: 'browser',
    charset: 'utf8',
    legalComments: 'none',
    minify: true,
    write: false,
  });
  // Inside <script>, "</script" or "<!--" in a string literal would end or confuse the element.
  const js = result.outputFiles[0].text.replace(/<\/(script)/gi, '<\\/$1').replace(/<!--/g, '<\\!--');
  const css = readFileSync(join(root, 'src/ui/sidebar.css'), 'utf8');
  const page = readFileSync(join(root, 'src/ui/sidebar.html'), 'utf8');
  // Function replacers: a "$&" in the code must not be read as a replacement pattern.
  const html = page.replace('/*SIDEBAR_CSS*/', () => css).replace('/*SIDEBAR_JS*/', () => js);
  if (html.includes('/*SIDEBAR_')) throw new Error('src/ui/sidebar.html: placeholder not replaced');
  mkdirSync(join(root, 'build'), { recursive: true });
  writeFileSync(join(root, 'build/sidebar.html'), html);
  return html;
}
