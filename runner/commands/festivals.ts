import { flag, UsageError } from '../args';
import { openSession } from '../offlineSession';
import type { ActionResult } from '../../src/kernel/contracts/actionResult';
import type { Command } from './command';
import { printResult } from './printResult';

export const festivalsCommand: Command = {
  usage: 'festivals WORKBOOK.xlsx [--year Y] [--dry-run]',
  summary: '添加该年度的节日与生日慰问活动（默认年度＝设置!计划年度；--dry-run 只预览）',
  switches: ['dry-run'],
  async run({ args, user, print }) {
    const path = args.positional[0];
    if (!path) throw new UsageError('请指定工作簿文件，例如：npx uniondesk festivals 工会.xlsx --year 2025');
    const yearText = flag(args, 'year');
    if (yearText !== undefined && !/^\d{4}$/.test(yearText)) throw new UsageError(`--year 应为四位年份，例如 2025，现为“${yearText}”`);
    const session = await openSession({ workbookPath: path, user, print, force: args.flags.has('force') });
    const result = session.call<ActionResult>('apiGenerateFestivals', {
      year: yearText === undefined ? undefined : Number(yearText),
      dryRun: args.flags.has('dry-run'),
    });
    await session.save();
    return printResult(result, print);
  },
};
