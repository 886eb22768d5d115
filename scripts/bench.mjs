// `npm run bench [-- SECTION… --readme]`: every section under scripts/bench/ (a module exporting
// async bench*() functions that return rows of { what, ms } or { what, kb } or other columns),
// printed as one table each; `summary` (the figures at 100 and 5,000 rows side by side) comes
// last. Every table also goes to bench/results.json (sections not run this time keep their last
// figures); --readme puts the summary table into README.md between its bench markers.
// Sections are found by listing the folder, so adding one never means editing this file.
// Figures depend on the machine and its load; they are reported, never asserted in tests.
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const dir = join(root, 'scripts', 'bench');
const args = process.argv.slice(2);
const only = args.filter((a) => !a.startsWith('--'));
const SUMMARY = 'summary';

const resultsPath = join(root, 'bench', 'results.json');
const previous = existsSync(resultsPath) ? JSON.parse(readFileSync(resultsPath, 'utf8')) : { sections: {} };
const results = {
  generatedAt: new Date().toISOString(),
  machine: { node: process.version, platform: `${os.platform()} ${os.arch()}`, cpus: `${os.cpus().length} × ${os.cpus()[0]?.model ?? '?'}` },
  sections: { ...previous.sections },
};
// A section exporting `resultsKey` keeps its rows under that top-level key instead (appsScript).
for (const [key, value] of Object.entries(previous)) if (!(key in results)) results[key] = value;

const files = readdirSync(dir).filter((f) => f.endsWith('.mjs')).map((f) => f.replace(/\.mjs$/, ''));
const order = [...files.filter((f) => f !== SUMMARY).sort(), ...files.filter((f) => f === SUMMARY)];
for (const base of order) {
  if (only.length && !only.includes(base)) continue;
  const section = await import(pathToFileURL(join(dir, `${base}.mjs`)).href);
  for (const [name, fn] of Object.entries(section)) {
    if (!name.startsWith('bench') || typeof fn !== 'function') continue;
    console.log(`\n## ${base}: ${name}`);
    const rows = await fn();
    console.table(rows);
    if (typeof section.resultsKey === 'string') results[section.resultsKey] = rows;
    else results.sections[`${base}: ${name}`] = { at: results.generatedAt, rows };
  }
}
mkdirSync(dirname(resultsPath), { recursive: true });
writeFileSync(resultsPath, `${JSON.stringify(results, null, 1)}\n`);
console.log(`\n${resultsPath}`);

function markdownTable(rows) {
  const columns = Object.keys(rows[0]);
  const cell = (v) => String(v ?? '').replace(/\|/g, '\\|');
  return [
    `| ${columns.join(' | ')} |`,
    `| ${columns.map(() => '---').join(' | ')} |`,
    ...rows.map((r) => `| ${columns.map((c) => cell(r[c])).join(' | ')} |`),
  ].join('\n');
}

/** Puts a table between README's <!-- bench:NAME:start --> and <!-- bench:NAME:end --> markers. */
function intoReadme(name, text) {
  const readmePath = join(root, 'README.md');
  const readme = readFileSync(readmePath, 'utf8');
  const re = new RegExp(`(<!-- bench:${name}:start -->\\n)[\\s\\S]*?(<!-- bench:${name}:end -->)`);
  if (!re.test(readme)) throw new Error(`README.md has no <!-- bench:${name}:start --> … <!-- bench:${name}:end --> markers`);
  writeFileSync(readmePath, readme.replace(re, (_m, start, end) => `${start}${text}\n${end}`));
  console.log(`README.md: ${name} table updated`);
}

if (args.includes('--readme')) {
  const summary = Object.entries(results.sections).find(([k]) => k.startsWith(`${SUMMARY}:`))?.[1];
  if (!summary) throw new Error('no summary figures yet: run `npm run bench -- summary --readme`');
  const stamp = `Measured ${summary.at.slice(0, 10)} on ${results.machine.cpus}, Node ${results.machine.node}.`;
  intoReadme('summary', `${stamp}\n\n${markdownTable(summary.rows)}`);
  // Simulated Apps Script time does not depend on the machine.
  if (results.appsScript?.length) intoReadme('appsScript', markdownTable(results.appsScript));
}
