import { UsageError } from '../args';
import { openSession } from '../offlineSession';
import type { ActionResult } from '../../src/kernel/contracts/actionResult';
import { formatProblem } from '../../src/kernel/problem';
import type { AidCheckData } from '../../src/kernel/contracts/aidCheckData';
import type { Command } from './command';
import { printResult } from './printResult';

/** Exit 1 when the check found rows to fix (错误) or money off (不一致), as docs/architecture.md fixes it. */
export function aidExitCode(result: ActionResult<AidCheckData>): number {
  if (result.status !== 'done') return 1;
  const counts = result.data!.summary.perResult;
  return counts.错误 > 0 || counts.不一致 > 0 ? 1 : 0;
}

export const checkAidCommand: Command = {
  usage: 'check-aid WORKBOOK.xlsx [--json]',
  summary: '核算帮扶金：按帮扶标准核对帮扶台账，写回应发金额、差额、核对结果、说明并打印汇总（--json 以 JSON 输出）',
  switches: ['json'],
  async run({ args, user, print }) {
    const path = args.positional[0];
    if (!path) throw new UsageError('请指定工作簿文件，例如：npx uniondesk check-aid 工会.xlsx');
    const session = await openSession({ workbookPath: path, user, print: args.flags.has('json') ? undefined : print, force: args.flags.has('force') });
    const result = session.call<ActionResult<AidCheckData>>('apiCheckAid');
    if (result.status === 'done') await session.save();
    if (args.flags.has('json')) {
      print(JSON.stringify({ status: result.status, message: result.message, problems: result.problems.map(formatProblem), ...(result.data ?? {}) }, null, 2));
    } else {
      printResult(result, print);
    }
    return aidExitCode(result);
  },
};
