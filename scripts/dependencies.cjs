// The production dependencies (what `npm install --omit=dev` brings: the offline runner's), with
// the versions actually installed, as the Markdown table README's security section shows.
// `npm audit` cannot reach the registry's audit endpoint from every network (it answered 405
// here), so this list is what to check against published advisories by hand.
// Usage: node scripts/dependencies.cjs
'use strict';
const { readFileSync } = require('node:fs');
const { join } = require('node:path');

function productionDependencies(root = join(__dirname, '..')) {
  const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
  return Object.entries(pkg.dependencies || {}).sort(([a], [b]) => (a < b ? -1 : 1)).map(([name, declared]) => {
    const installed = JSON.parse(readFileSync(join(root, 'node_modules', name, 'package.json'), 'utf8'));
    return { name, declared, installed: installed.version, license: installed.license || '' };
  });
}

function dependencyTable(deps = productionDependencies()) {
  return ['| package | declared | installed | licence |', '| --- | --- | --- | --- |', ...deps.map((d) => `| ${d.name} | ${d.declared} | ${d.installed} | ${d.license} |`)].join('\n');
}

module.exports = { productionDependencies, dependencyTable };

if (require.main === module) console.log(dependencyTable());
