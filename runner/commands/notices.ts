import { flag, UsageError } from '../args';
import { openSession } from '../offlineSession';
import type { ActionResult } from '../../src/kernel/contracts/actionResult';
import type { CampaignRunReport } from '../../src/kernel/contracts/campaignRun';
import { campaignArgs } from './campaignArgs';
import type { Command } from './command';
import { describeTarget, mailOptions, mailTarget, senderProblem } from './mailTarget';
import { printResult } from './printResult';
import { continuedOffline } from './continueOffline';

export const noticesCommand: Command = {
  usage: 'notices WORKBOOK.xlsx --campaign 活动ID [--send] [--outbox DIR | --smtp URL] [--drafts] [--test-to 邮箱]',
  summary: '预览慰问通知；--send 发送（每人一封，写入发件箱 .eml 或经 SMTP 发出，不会重复发送）；--test-to 只把第一封发给该邮箱作测试；--drafts 写成 Outlook/Foxmail 可直接发送的草稿',
  switches: ['send', 'drafts'],
  async run({ args, user, print }) {
    const { path, campaignId } = campaignArgs(args);
    const testTo = flag(args, 'test-to');
    const send = args.flags.has('send');
    if (send && testTo) throw new UsageError('--send 和 --test-to 只能选一个');
    const target = await mailTarget(args, path, send || testTo !== undefined);
    const session = await openSession({ workbookPath: path, user, print, force: args.flags.has('force'), readOnly: !send, services: { mail: mailOptions(target, print) } });
    const noSender = send || testTo ? senderProblem(session, user) : null;
    if (noSender) {
      print(noSender);
      return 1;
    }
    if (testTo) {
      const result = session.call<ActionResult>('apiSendTestNotice', { campaignId, to: testTo });
      if (result.status === 'done') print(`已发往${describeTarget(target)}`);
      return printResult(result, print);
    }
    if (!send) return printResult(session.call<ActionResult>('apiPreviewNotices', { campaignId }), print);

    print(`发送到${describeTarget(target)}……`);
    const result = await continuedOffline(session, session.call<ActionResult<CampaignRunReport>>('apiSendNotices', { campaignId }), 'continueSendingNotices', print);
    await session.save();
    return printResult(result, print);
  },
};
