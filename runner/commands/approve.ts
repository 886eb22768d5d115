import { flag, UsageError } from '../args';
import { openSession } from '../offlineSession';
import type { ActionResult } from '../../src/kernel/contracts/actionResult';
import type { Command } from './command';
import { printResult } from './printResult';

export const approveCommand: Command = {
  usage: 'approve WORKBOOK.xlsx --campaign 活动ID --as 邮箱',
  summary: '审核通过活动（记录审核人、审核时间和审核指纹；之后修改活动或模板需重新审核）',
  async run({ args, user, print }) {
    const path = args.positional[0];
    const campaignId = flag(args, 'campaign');
    if (!path) throw new UsageError('请指定工作簿文件');
    if (!campaignId) throw new UsageError('请用 --campaign 指定活动ID');
    const session = await openSession({ workbookPath: path, user, print, force: args.flags.has('force') });
    const result = session.call<ActionResult>('apiApproveCampaign', { campaignId });
    await session.save();
    return printResult(result, print);
  },
};
