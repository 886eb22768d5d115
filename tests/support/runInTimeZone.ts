import { buildSync } from 'esbuild';
import { execFileSync } from 'node:child_process';
import { join } from 'node:path';

const root = join(__dirname, '..', '..');

/**
 * Runs `body` (TypeScript; its imports resolve from the repository root) in a fresh Node process
 * whose TZ is `timeZone`, and returns what it passed to `report(value)`, through JSON. Jest's
 * own process keeps one time zone for its whole run, so this is how a test sees another.
 */
export function runInTimeZone<T>(timeZone: string, body: string): { value: T; offsetMinutes: number } {
  const { outputFiles } = buildSync({
    stdin: {
      contents: `${body}
function report(value: unknown) {
  // Local-time Date is used here on purpose, only to show which zone the process is in.
  process.stdout.write(JSON.stringify({ value, offsetMinutes: -new Date(2024, 0, 15).getTimezoneOffset() }));
}`,
      resolveDir: root,
      loader: 'ts',
      sourcefile: 'inTimeZone.ts',
    },
    bundle: true,
    platform: 'node',
    format: 'cjs',
    write: false,
    logLevel: 'silent',
  });
  const out = execFileSync(process.execPath, ['-'], {
    input: outputFiles[0].text,
    env: { ...process.env, TZ: timeZone },
    encoding: 'utf8',
  });
  return JSON.parse(out) as { value: T; offsetMinutes: number };
}
