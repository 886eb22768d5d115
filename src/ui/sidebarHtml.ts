// The built sidebar page (scripts/buildSidebar.mjs writes build/sidebar.html before the bundle
// is built; esbuild's text loader embeds it in dist/Code.js).
import html from '../../build/sidebar.html';

export const SIDEBAR_HTML: string = html;
