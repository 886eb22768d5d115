import { readFileSync } from 'node:fs';
import { flag, UsageError } from '../args';
import { openSession } from '../offlineSession';
import type { ActionResult } from '../../src/kernel/contracts/actionResult';
import { campaignArgs } from './campaignArgs';
import type { Command } from './command';
import { printResult } from './printResult';

/** 工号 from a scanner's file: one a line; blank lines and # comments ignored. */
function idsFromFile(file: string): string[] {
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (e) {
    throw new UsageError(`无法读取 --from-file 指定的文件“${file}”：${(e as NodeJS.ErrnoException).code === 'ENOENT' ? '文件不存在' : String((e as Error).message)}`);
  }
  return text.replace(/^\uFEFF/, '').split(/\r\n|\r|\n/).map((l) => l.trim()).filter((l) => l !== '' && !l.startsWith('#'));
}

export const pickupCommand: Command = {
  usage: 'pickup WORKBOOK.xlsx --campaign 活动ID [--by 代领人] [工号… | --from-file 文件] [--undo 工号] [--summary]',
  summary: '领取登记：登记会员领取慰问品（--by 为代领；--undo 撤销一条登记），之后重写领取统计；--summary 只重写并显示领取统计。有被拒绝的登记时退出码为 1',
  switches: ['summary'],
  async run({ args, user, print }) {
    const { path, campaignId } = campaignArgs(args);
    const listed = args.positional.slice(1);
    const file = flag(args, 'from-file');
    const memberIds = [...listed, ...(file ? idsFromFile(file) : [])];
    const undo = (flag(args, 'undo') ?? '').split(/[,，\s]+/).filter(Boolean);
    const summaryOnly = args.flags.has('summary');
    if (!memberIds.length && !undo.length && !summaryOnly) throw new UsageError('请给出要登记的工号（可以多个），或 --from-file 文件、--undo 工号、--summary');
    const session = await openSession({ workbookPath: path, user, print, force: args.flags.has('force') });
    const result = session.call<ActionResult>('apiRecordPickups', { campaignId, memberIds, proxy: flag(args, 'by'), undo, summaryOnly: summaryOnly && !memberIds.length && !undo.length });
    await session.save();
    return printResult(result, print);
  },
};
