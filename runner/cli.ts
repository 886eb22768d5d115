// `npx uniondesk COMMAND …` — the offline runner. Each command loads dist/Code.js (the same bundle
// clasp pushes) on a local .xlsx workbook.
import { parseArgs, UsageError } from './args';
import type { Command } from './commands/command';
import { checkAidCommand } from './commands/checkAid';
import { demoCommand } from './commands/demo';
import { importCommand } from './commands/import';
import { initCommand } from './commands/init';
import { exportIcsCommand, syncCommand } from './commands/sync';
import { festivalsCommand } from './commands/festivals';
import { approveCommand } from './commands/approve';
import { noticesCommand } from './commands/notices';
import { runDueCommand } from './commands/runDue';
import { pickupCommand } from './commands/pickup';
import { remindCommand } from './commands/remind';
import { sheetsCommand } from './commands/sheets';
import { closeAllSessions, RunStopped } from './offlineSession';
import { exitStatusFor } from './interrupt';
import { Refusal } from './refusal';
import { anyFileProblem } from './fileProblem';
import { openCommand } from './commands/open';
import { refusePasswordFlags } from './smtpTarget';

// bin/uniondesk.js asks for a password on its main thread, which owns the terminal.
export { readHiddenLine } from './hiddenPrompt';

export const COMMANDS: Record<string, Command> = {
  init: initCommand,
  festivals: festivalsCommand,
  demo: demoCommand,
  sync: syncCommand,
  'export-ics': exportIcsCommand,
  import: importCommand,
  'check-aid': checkAidCommand,
  notices: noticesCommand,
  approve: approveCommand,
  'run-due': runDueCommand,
  open: openCommand,
  pickup: pickupCommand,
  remind: remindCommand,
  sheets: sheetsCommand,
};

function help(): string {
  const lines = ['UnionDesk 工会助手 离线运行器', '', '用法：npx uniondesk 命令 [参数]', ''];
  for (const c of Object.values(COMMANDS)) lines.push(`  ${c.usage}\n      ${c.summary}`);
  lines.push('', '通用参数：--as EMAIL（操作人，也可用环境变量 UNIONDESK_USER）；--force 即使发现 Excel/WPS/LibreOffice 的锁文件也照常写入', '--smtp smtps://账号@服务器:465：密码（邮箱授权码）放在环境变量 UNIONDESK_SMTP_PASSWORD 中，或运行时按提示输入；不要写在命令行里', '退出码：0 完成；1 数据有问题、核对不一致或工作簿被占用；2 用法错误');
  return lines.join('\n');
}

export async function main(argv: string[], print: (line: string) => void = (l) => console.log(l)): Promise<number> {
  const [name, ...rest] = argv;
  if (!name || name === '--help' || name === '-h' || name === 'help') {
    print(help());
    return name ? 0 : 2;
  }
  const command = COMMANDS[name];
  if (!command) {
    print(`未知命令：${name}\n\n${help()}`);
    return 2;
  }
  try {
    const args = parseArgs(rest, ['help', 'force', ...(command.switches ?? [])]);
    refusePasswordFlags(args.flags.keys());
    if (args.flags.has('help')) {
      print(`用法：npx uniondesk ${command.usage}\n${command.summary}`);
      return 0;
    }
    const user = (typeof args.flags.get('as') === 'string' ? (args.flags.get('as') as string) : undefined) ?? process.env.UNIONDESK_USER;
    return await command.run({ args, user, print });
  } catch (e) {
    if (e instanceof UsageError) {
      print(`用法错误：${e.message}\n用法：npx uniondesk ${command.usage}`);
      return 2;
    }
    if (e instanceof RunStopped) {
      print(await e.finish());
      return exitStatusFor(e.signal);
    }
    const refusal = e instanceof Refusal ? e : anyFileProblem(e);
    if (refusal) {
      print(refusal.message);
      return 1;
    }
    throw e;
  } finally {
    closeAllSessions();
  }
}
