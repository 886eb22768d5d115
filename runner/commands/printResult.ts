import type { ActionResult } from '../../src/kernel/contracts/actionResult';
import { formatProblem } from '../../src/kernel/problem';

/** Prints an action's result the way docs/architecture.md fixes it and returns the exit status. */
export function printResult(result: ActionResult | undefined, print: (line: string) => void): number {
  if (!result) return 1;
  // A refusal for one problem carries it as its message too: said once, with its place.
  if (result.message && !result.problems.some((p) => p.message === result.message)) print(result.message);
  for (const p of result.problems) print(formatProblem(p));
  return result.status === 'done' || result.status === 'cancelled' ? 0 : 1;
}
