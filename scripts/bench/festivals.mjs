// Bench section: 生成节日慰问活动 — what the lunar table and holiday data cost the bundle that
// Apps Script loads on every menu click, the cold load of dist/Code.js in a fresh vm context, and
// the action on the sample workbook through dist/Code.js (run `npm run build` first).
// Usage: `node scripts/bench/festivals.mjs` alone, or `benchFestivals()` from scripts/bench.mjs;
// returns rows of { what, kb } and { what, ms }.
import { build } from 'esbuild';
import { loadTs } from '../loadTs.mjs';
import { mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import vm from 'node:vm';

const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const kb = (text) => Math.round((Buffer.byteLength(text, 'utf8') / 1024) * 10) / 10;

/** The Apps Script bundle as scripts/build.mjs makes it, optionally without the festival action. */
async function appsScriptBundle({ withoutFestivals = false, minify = false } = {}) {
  const stub = {
    name: 'no-festivals',
    setup(b) {
      b.onResolve({ filter: /festivals\/generateFestivals$/ }, () => ({ path: 'stub', namespace: 'stub' }));
      b.onLoad({ filter: /.*/, namespace: 'stub' }, () => ({ contents: 'export function generateFestivals() {} export function menuGenerateFestivals() {}', loader: 'js' }));
    },
  };
  const result = await build({
    entryPoints: [join(root, 'src/main.ts')],
    bundle: true, format: 'iife', globalName: 'UnionDesk', target: 'es2020', platform: 'neutral',
    mainFields: ['module', 'main'], charset: 'utf8', legalComments: 'none', minify,
    loader: { '.html': 'text', '.css': 'text', '.tsv': 'text' }, write: false, logLevel: 'error',
    plugins: withoutFestivals ? [stub] : [],
  });
  return result.outputFiles[0].text;
}

/** What a module (or an npm package) adds, minified. */
async function minifiedSize(contents) {
  const result = await build({
    stdin: { contents, resolveDir: root, loader: 'ts' },
    bundle: true, format: 'iife', target: 'es2020', platform: 'neutral', mainFields: ['module', 'main'],
    charset: 'utf8', minify: true, write: false, logLevel: 'silent',
  });
  return kb(result.outputFiles[0].text);
}

function median(xs) {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)];
}

/**
 * Compile and run each bundle in a brand-new context, as Apps Script does on every invocation.
 * The runs alternate between the bundles after a warm-up, and each source gets a unique trailing
 * comment so V8's compilation cache cannot make a later run warm.
 */
function coldLoadMs(codes, runs = 41) {
  const times = codes.map(() => []);
  for (let i = -3; i < runs; i++) {
    codes.forEach((code, k) => {
      const source = `${code}\n// run ${i} ${k} ${Math.random()}`;
      const t = performance.now();
      new vm.Script(source, { filename: 'Code.js' }).runInContext(vm.createContext({}));
      if (i >= 0) times[k].push(performance.now() - t);
    });
  }
  return times.map((t) => Math.round(median(t) * 100) / 100);
}

async function actionOnSampleMs(dir) {
  const { runBundle, sampleWorkbook } = await loadTs(dir, 'services', [
    "export { runBundle, sampleWorkbook } from './tests/support/offlineBundle';",
  ]);
  const times = [];
  for (let i = 0; i < 5; i++) {
    const run = runBundle({ workbook: sampleWorkbook(), realTime: true });
    const t = performance.now();
    run.call('apiGenerateFestivals', { year: 2025 });
    times.push(performance.now() - t);
  }
  return Math.round(median(times) * 10) / 10;
}

export async function benchFestivals() {
  mkdirSync(join(root, 'bench', 'tmp'), { recursive: true });
  const dir = mkdtempSync(join(root, 'bench', 'tmp', 'festivals-'));
  try {
    const built = readFileSync(join(root, 'dist', 'Code.js'), 'utf8');
    const before = await appsScriptBundle({ withoutFestivals: true });
    const after = await appsScriptBundle();
    const rows = [
      { what: 'dist/Code.js as built', kb: kb(built) },
      { what: 'bundle without 生成节日慰问活动 (before)', kb: kb(before) },
      { what: 'bundle with it (after)', kb: kb(after) },
      { what: '  the same, minified: before → after', kb: `${kb(await appsScriptBundle({ withoutFestivals: true, minify: true }))} → ${kb(await appsScriptBundle({ minify: true }))}` },
      // The rest of the difference is the action itself and the 设置 reader it is the first action to use.
      { what: '  of which lunar table + festivals(), minified', kb: await minifiedSize("export { festivals } from './src/kernel/dates/festivals';") },
      { what: '  of which official holiday data 2020–2026, minified', kb: await minifiedSize("export { officialDays } from './src/kernel/dates/officialHolidays';") },
    ];
    for (const [name, entry] of [
      ['lunar-javascript', "import { Lunar } from 'lunar-javascript'; export const f = (y) => Lunar.fromYmd(y, 5, 5).getSolar().toYmd();"],
      ['chinese-days', "import cd from 'chinese-days'; export const f = (d) => cd.isWorkday(d);"],
    ]) {
      try {
        rows.push({ what: `  (${name} instead, minified — devDependency only)`, kb: await minifiedSize(entry) });
      } catch {
        rows.push({ what: `  (${name}: not installed)`, kb: '-' });
      }
    }
    const [loadBefore, loadBuilt] = coldLoadMs([before, built]);
    rows.push(
      { what: 'cold load in a fresh vm context, before (median of 41)', ms: loadBefore },
      { what: 'cold load in a fresh vm context, dist/Code.js (median of 41)', ms: loadBuilt },
      { what: '生成节日慰问活动 2025 on the sample workbook (dist/Code.js)', ms: await actionOnSampleMs(dir) },
    );
    return rows;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

if (import.meta.url === pathToFileURL(process.argv[1]).href) {
  console.table(await benchFestivals());
}
