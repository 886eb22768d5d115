import { openSession } from '../offlineSession';
import type { ActionResult } from '../../src/kernel/contracts/actionResult';
import { campaignArgs } from './campaignArgs';
import type { Command } from './command';
import { describeTarget, mailOptions, mailTarget, senderProblem } from './mailTarget';
import { printResult } from './printResult';
import { continuedOffline } from './continueOffline';

export const remindCommand: Command = {
  usage: 'remind WORKBOOK.xlsx --campaign 活动ID [--send] [--outbox DIR | --smtp URL]',
  summary: '催领：预览（收件人逐一列出，其余按原因计数；领取截止后列出未领会员及手机）；--send 给已收到通知、尚未领取的会员各发一封催领通知（不会重复发送）',
  switches: ['send'],
  async run({ args, user, print }) {
    const { path, campaignId } = campaignArgs(args);
    const send = args.flags.has('send');
    const target = await mailTarget(args, path, send);
    const session = await openSession({ workbookPath: path, user, print, force: args.flags.has('force'), readOnly: !send, services: { mail: mailOptions(target, print) } });
    const noSender = send ? senderProblem(session, user) : null;
    if (noSender) {
      print(noSender);
      return 1;
    }
    if (!send) return printResult(session.call<ActionResult>('apiPreviewReminders', { campaignId }), print);
    print(`发送到${describeTarget(target)}……`);
    const result = await continuedOffline(session, session.call<ActionResult<{ stoppedBy: string }>>('apiSendReminders', { campaignId }), 'continueSendingReminders', print);
    await session.save();
    return printResult(result, print);
  },
};
