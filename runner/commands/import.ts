import { flag, UsageError } from '../args';
import { ImportFileError, readImportFile } from '../importFile';
import { openSession } from '../offlineSession';
import type { ActionResult } from '../../src/kernel/contracts/actionResult';
import { type ImportData, IMPORT_SHEETS } from '../../src/kernel/contracts/importData';
import type { Command } from './command';
import { printResult } from './printResult';

const INTO = IMPORT_SHEETS;

export const importCommand: Command = {
  usage: `import WORKBOOK.xlsx FILE.xlsx|FILE.csv --into ${INTO.join('|')} [--yes]`,
  summary: '预览把导出的名册或台账合并进工作簿的结果；加 --yes 才写入（按工号或申请编号合并，从不删除）',
  switches: ['yes'],
  async run({ args, user, print }) {
    const [workbookPath, filePath] = args.positional;
    const into = flag(args, 'into');
    if (!workbookPath || !filePath) throw new UsageError('请指定工作簿和要导入的文件，例如：npx uniondesk import 工会.xlsx 名册.xlsx --into 会员名册');
    if (!into || !(INTO as readonly string[]).includes(into)) throw new UsageError(`--into 应为 ${INTO.join(' 或 ')}`);
    let source;
    try {
      source = await readImportFile(filePath);
    } catch (e) {
      if (!(e instanceof ImportFileError)) throw e;
      print(e.message);
      print('工作簿未作任何修改。');
      return 1;
    }
    const apply = args.flags.has('yes');
    const session = await openSession({ workbookPath, user, print, force: args.flags.has('force'), readOnly: !apply });
    const result = session.call<ActionResult<ImportData>>('apiImport', { into, rows: source.rows, source: source.name, apply });
    if (result.data?.written) await session.save();
    const code = printResult(result, print);
    if (code === 0 && !apply && result.data && (result.data.added || result.data.changed)) print('确认无误后加 --yes 再运行一次即可写入。');
    return code;
  },
};
