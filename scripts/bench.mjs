// `npm run bench`: every section under scripts/bench/ (a module exporting async bench*()
// functions that return rows of { what, ms } or { what, kb }), printed as one table each.
// Sections are found by listing the folder, so adding one never means editing this file.
// Figures depend on the machine and its load; they are reported, never asserted in tests.
import { readdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const dir = join(dirname(fileURLToPath(import.meta.url)), 'bench');
for (const file of readdirSync(dir).filter((f) => f.endsWith('.mjs')).sort()) {
  const section = await import(pathToFileURL(join(dir, file)).href);
  for (const [name, fn] of Object.entries(section)) {
    if (!name.startsWith('bench') || typeof fn !== 'function') continue;
    console.log(`\n## ${file.replace(/\.mjs$/, '')}: ${name}`);
    console.table(await fn());
  }
}
