// The bench scripts use the project's TypeScript (runner, test support) without a TypeScript
// loader: esbuild bundles the given export lines into a CommonJS file in `dir`, required from there.
import { build } from 'esbuild';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');

export async function loadTs(dir, name, exportLines) {
  const out = join(dir, `${name}.cjs`);
  await build({
    stdin: { contents: exportLines.join('\n'), resolveDir: root, loader: 'ts', sourcefile: `${name}.ts` },
    bundle: true, platform: 'node', format: 'cjs', target: 'node20', outfile: out, external: ['exceljs', 'nodemailer'], logLevel: 'error',
    // tests/support finds dist/Code.js relative to its own folder.
    define: { __dirname: JSON.stringify(join(root, 'tests', 'support')) },
  });
  return createRequire(import.meta.url)(out);
}
