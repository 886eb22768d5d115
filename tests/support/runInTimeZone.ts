import { runChild } from '../runner/childScript';

/**
 * Runs `body` (TypeScript; imports relative to the repository root) in a fresh Node process whose
 * TZ is `timeZone`, and returns what it passed to `report(value)`, through JSON, with the zone's
 * UTC offset in January as the child saw it. Jest's own process keeps one time zone for its whole
 * run, so this is how a test sees another.
 */
export function runInTimeZone<T>(timeZone: string, body: string): { value: T; offsetMinutes: number } {
  const out = runChild(`${body}
function report(value: unknown) {
  // Local-time Date is used here on purpose, only to show which zone the process is in.
  process.stdout.write(JSON.stringify({ value, offsetMinutes: -new Date(2024, 0, 15).getTimezoneOffset() }));
}`, { TZ: timeZone });
  return JSON.parse(out) as { value: T; offsetMinutes: number };
}
