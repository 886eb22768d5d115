// `npx uniondesk open WORKBOOK`: the 工作面板 sidebar's views in the clerk's browser, over the
// .xlsx on disk (runner/workbench). Runs until Ctrl-C, which waits for the call under way.
import { spawn } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { SIDEBAR_FUNCTIONS } from '../../src/kernel/contracts/sidebarContract';
import { flag, UsageError } from '../args';
import { stopSignal } from '../interrupt';
import { besideWorkbook, bundlePath } from '../offlineSession';
import { startWorkbench } from '../workbench/server';
import type { Command } from './command';
import { describeTarget, mailTarget } from './mailTarget';

/** The default browser, by platform; false when none could be started. */
function openBrowser(url: string): Promise<boolean> {
  const [cmd, args] = process.platform === 'win32' ? ['cmd', ['/c', 'start', '""', url]]
    : process.platform === 'darwin' ? ['open', [url]] : ['xdg-open', [url]];
  return new Promise((done) => {
    try {
      const child = spawn(cmd, args, { stdio: 'ignore', detached: true, windowsHide: true });
      child.once('error', () => done(false));
      child.once('spawn', () => {
        child.unref();
        done(true);
      });
    } catch {
      done(false);
    }
  });
}

function untilStopped(): Promise<string> {
  return new Promise((done) => {
    // Under bin/uniondesk.js the command runs in a worker thread: the main thread receives Ctrl-C
    // and sets the shared flag (runner/interrupt.ts), so look at it as well as at our own signals.
    const poll = setInterval(() => {
      const signal = stopSignal();
      if (signal) {
        clearInterval(poll);
        done(signal);
      }
    }, 200);
    const stop = (signal: string) => {
      clearInterval(poll);
      done(signal);
    };
    process.once('SIGINT', () => stop('SIGINT'));
    process.once('SIGTERM', () => stop('SIGTERM'));
    // Windows raises SIGHUP when the clerk closes the console window, and waits a few seconds.
    process.once('SIGHUP', () => stop('SIGHUP'));
  });
}

export const openCommand: Command = {
  usage: 'open WORKBOOK.xlsx [--port N] [--no-browser] [--outbox DIR | --smtp URL] [--calendar FILE.json] [--force]',
  summary: '在浏览器中打开工作台（日历同步、慰问通知、帮扶核算等，与 Google 表格侧边栏相同），按 Ctrl-C 结束',
  switches: ['no-browser', 'force'],
  async run({ args, user, print }) {
    const path = args.positional[0];
    if (!path) throw new UsageError('请指定工作簿文件');
    const portText = flag(args, 'port');
    const port = portText === undefined ? 0 : Number(portText);
    if (portText !== undefined && (!Number.isInteger(port) || port < 1 || port > 65535)) throw new UsageError(`--port 应为 1–65535 之间的整数，现为“${portText}”`);
    if (!existsSync(path)) {
      print(`找不到工作簿文件：${resolve(path)}`);
      return 1;
    }
    const sidebarFile = join(dirname(bundlePath()), '..', 'build', 'sidebar.html');
    if (!existsSync(sidebarFile)) {
      print(`找不到侧边栏页面 ${sidebarFile}：请先运行 npm run build`);
      return 1;
    }
    const target = await mailTarget(args, path, true);
    const workbench = await startWorkbench({
      setup: { workbookPath: resolve(path), user, force: args.flags.has('force'), mail: target, calendarPath: resolve(flag(args, 'calendar') ?? besideWorkbook(path, 'calendar.json')) },
      sidebarHtml: readFileSync(sidebarFile, 'utf8'),
      functions: SIDEBAR_FUNCTIONS,
      port,
    });
    const stopped = untilStopped();
    print(`工会助手工作台已启动：${resolve(path)}`);
    print(`通知邮件发往${describeTarget(target)}`);
    print('请在浏览器中打开（地址含一次性口令，请勿发给他人）：');
    print(workbench.url);
    if (!args.flags.has('no-browser') && !(await openBrowser(workbench.url))) print('没能自动打开浏览器，请复制上面的地址到浏览器中打开。');
    print('用完后在此窗口按 Ctrl-C 结束。');
    await stopped;
    print('正在结束：等待进行中的操作完成并保存……');
    await workbench.stop();
    print('工作台已关闭。');
    return 0;
  },
};
