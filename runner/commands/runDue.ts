import { UsageError } from '../args';
import { openSession } from '../offlineSession';
import type { ActionResult } from '../../src/kernel/contracts/actionResult';
import type { AutoSendData } from '../../src/kernel/contracts/campaignRun';
import type { Command } from './command';
import { describeTarget, mailOptions, mailTarget, senderProblem } from './mailTarget';
import { printResult } from './printResult';

export const runDueCommand: Command = {
  usage: 'run-due WORKBOOK.xlsx [--outbox DIR | --smtp URL] [--drafts]',
  summary: '自动发送（供 cron 每小时运行）：发送已审核且到了计划发送时间的活动，并给审核人发报告邮件',
  switches: ['drafts'],
  async run({ args, user, print }) {
    const path = args.positional[0];
    if (!path) throw new UsageError('请指定工作簿文件');
    const target = await mailTarget(args, path, true);
    const session = await openSession({ workbookPath: path, user, print, force: args.flags.has('force'), services: { mail: mailOptions(target, print) } });
    const noSender = senderProblem(session, user);
    if (noSender) {
      print(noSender);
      return 1;
    }
    print(`发送到${describeTarget(target)}……`);
    let result = session.call<ActionResult<AutoSendData>>('autoSendNotices');
    while (result.data?.runs.some((r) => r.stoppedBy === 'time')) {
      printResult(result, print);
      await session.save();
      result = session.call<ActionResult<AutoSendData>>('continueAutoSend');
    }
    await session.save();
    for (const r of result.data?.reports ?? []) print(`已给审核人 ${r.to} 发送报告：${r.subject}`);
    return printResult(result, print);
  },
};
