import { execFileSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { buildSync } from 'esbuild';

const root = path.resolve(__dirname, '../..');

/**
 * Runs a TypeScript snippet (imports relative to the repository root) in a fresh Node process
 * with extra environment variables — e.g. TZ, which must be set before the process starts.
 * Bundled with esbuild, so it costs a fraction of a second. Returns stdout.
 */
export function runChild(source: string, env: Record<string, string> = {}): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'ud-child-'));
  try {
    const outfile = path.join(dir, 'child.js');
    buildSync({
      stdin: { contents: source, resolveDir: root, loader: 'ts', sourcefile: 'child.ts' },
      bundle: true, platform: 'node', format: 'cjs', target: 'node20', outfile, external: ['exceljs'], logLevel: 'error',
    });
    return execFileSync(process.execPath, [outfile], { env: { ...process.env, ...env, NODE_PATH: path.join(root, 'node_modules') }, encoding: 'utf8' });
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}
