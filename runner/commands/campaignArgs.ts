import { flag, type ParsedArgs, UsageError } from '../args';

/** WORKBOOK and --campaign 活动ID, which every campaign command needs. */
export function campaignArgs(args: ParsedArgs): { path: string; campaignId: string } {
  const path = args.positional[0];
  const campaignId = flag(args, 'campaign');
  if (!path) throw new UsageError('请指定工作簿文件');
  if (!campaignId) throw new UsageError('请用 --campaign 指定活动ID，例如 --campaign 2023-端午');
  return { path, campaignId };
}
