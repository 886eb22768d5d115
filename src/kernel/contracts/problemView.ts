// Problems as the sidebar shows them: the formatted sentence plus where to jump to.
import { type Problem, formatProblem, isBlocking } from '../problem';
import type { ProblemView } from './sidebarContract';

export function problemView(p: Problem): ProblemView {
  return { text: formatProblem(p), sheet: p.sheet, row: p.row ?? null, blocking: isBlocking(p) };
}
