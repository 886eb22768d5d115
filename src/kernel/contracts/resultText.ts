// An action's result as a dialog shows it: problems travel as fields and become text only here,
// at the edge where the clerk reads them.
import { formatProblem } from '../problem';
import type { ActionResult } from './actionResult';

/** The message, then the first `limit` problems, one line each (`sheet!row column: reason`). */
export function resultText(result: Pick<ActionResult, 'message' | 'problems'>, limit = Infinity): string {
  return [result.message, ...result.problems.slice(0, limit).map(formatProblem)].join('\n');
}
