// Problems as the sidebar shows them: the formatted sentence plus where to jump to.
import { type Problem, formatProblem, isBlocking } from '../problem';
import type { ProblemView } from './sidebarContract';

export function problemView(p: Problem): ProblemView {
  return { text: formatProblem(p), sheet: p.sheet, row: p.row ?? null, blocking: isBlocking(p) };
}

/**
 * An ActionResult carries its problems already formatted (`sheet!row column: reason`); the
 * location is read back so the sidebar can still select the row.
 */
export function problemViewFromText(text: string): ProblemView {
  const m = /^([^!:\s]+)(?:!(\d+))?[\s:]/.exec(text);
  return { text, sheet: m ? m[1] : '', row: m && m[2] ? Number(m[2]) : null, blocking: true };
}
