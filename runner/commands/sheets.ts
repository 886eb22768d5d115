import { mkdirSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { flag, UsageError } from '../args';
import { openSession } from '../offlineSession';
import type { ActionResult } from '../../src/kernel/contracts/actionResult';
import { campaignArgs } from './campaignArgs';
import type { Command } from './command';
import { printResult } from './printResult';

export const sheetsCommand: Command = {
  usage: 'sheets WORKBOOK.xlsx --campaign 活动ID -o DIR',
  summary: '签领单：按分会生成可打印的签领单（HTML，A4，每个分会一页，已领取的已标出），写入 DIR',
  async run({ args, user, print }) {
    const { path, campaignId } = campaignArgs(args);
    const dir = flag(args, 'o') ?? flag(args, 'out');
    if (!dir) throw new UsageError('请用 -o 指定签领单的输出文件夹');
    const session = await openSession({ workbookPath: path, user, print, force: args.flags.has('force'), readOnly: true });
    const result = session.call<ActionResult<{ fileName: string; html: string }>>('apiSignSheets', { campaignId });
    if (result.data) {
      mkdirSync(resolve(dir), { recursive: true });
      const file = join(resolve(dir), result.data.fileName);
      writeFileSync(file, result.data.html, 'utf8');
      print(`已写入 ${file}（用浏览器打开后打印）`);
    }
    return printResult(result, print);
  },
};
