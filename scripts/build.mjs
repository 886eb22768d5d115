// Builds the two artefacts of UnionDesk:
//   dist/Code.js   the Apps Script bundle (what clasp pushes, and what the offline runner loads)
//   build/cli.js   the offline runner's command line (Node), which loads dist/Code.js in node:vm
// (first build/sidebar.html, the sidebar page the bundle embeds: see scripts/buildSidebar.mjs)
import { build } from 'esbuild';
import { copyFileSync, mkdirSync, readFileSync, writeFileSync, statSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import vm from 'node:vm';
import { buildSidebar } from './buildSidebar.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const GLOBAL = 'UnionDesk';

mkdirSync(join(root, 'dist'), { recursive: true });
mkdirSync(join(root, 'build'), { recursive: true });
await buildSidebar(root);

const result = await build({
  entryPoints: [join(root, 'src/main.ts')],
  bundle: true,
  format: 'iife',
  globalName: GLOBAL,
  target: 'es2020',
  platform: 'neutral',
  mainFields: ['module', 'main'],
  charset: 'utf8',
  legalComments: 'none',
  loader: { '.html': 'text', '.css': 'text', '.tsv': 'text' },
  write: false,
});
const bundle = result.outputFiles[0].text;

// Apps Script only calls top-level functions (menu items, triggers, google.script.run), so every
// export of src/main.ts gets a stub. The names come from the bundle itself, never a hand-kept list.
const sandbox = {};
vm.createContext(sandbox);
vm.runInContext(`${bundle}\nthis.__exports = Object.keys(${GLOBAL});`, sandbox);
const names = [...sandbox.__exports].sort();
const stubs = names
  .map((n) => `function ${n}() { return ${GLOBAL}.${n}.apply(this, arguments); }`)
  .join('\n');
const code = `${bundle.replace(/^var /, 'var ')}\n// Generated stubs: one per export of src/main.ts\n${stubs}\n`;
writeFileSync(join(root, 'dist/Code.js'), code);
copyFileSync(join(root, 'appsscript.json'), join(root, 'dist/appsscript.json'));

await build({
  entryPoints: [join(root, 'runner/cli.ts')],
  bundle: true,
  platform: 'node',
  format: 'cjs',
  target: 'node20',
  packages: 'external',
  outfile: join(root, 'build/cli.js'),
  logLevel: 'warning',
});

const kb = (statSync(join(root, 'dist/Code.js')).size / 1024).toFixed(1);
console.log(`dist/Code.js ${kb} KB, ${names.length} public functions: ${names.join(', ')}`);
