import { UsageError } from '../args';
import { openSession } from '../offlineSession';
import type { ActionResult } from '../../src/kernel/contracts/actionResult';
import type { Command } from './command';
import { printResult } from './printResult';

export const initCommand: Command = {
  usage: 'init WORKBOOK.xlsx [--sample]',
  summary: '创建含全部工作表与表头的工作簿（--sample 同时载入示例数据）',
  switches: ['sample'],
  async run({ args, user, print }) {
    const path = args.positional[0];
    if (!path) throw new UsageError('请指定工作簿文件，例如：npx uniondesk init 工会.xlsx --sample');
    const session = await openSession({ workbookPath: path, create: true, user, print, force: args.flags.has('force') });
    const result = session.call<ActionResult>('apiInitWorkbook', { sample: args.flags.has('sample') });
    if (result.status === 'done') await session.save();
    const code = printResult(result, print);
    if (code === 0) print(`工作簿：${session.path}`);
    return code;
  },
};
