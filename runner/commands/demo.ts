import { mkdirSync, rmSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { flag } from '../args';
import { openSession, type OfflineSession } from '../offlineSession';
import type { ActionResult } from '../../src/kernel/contracts/actionResult';
import type { Command } from './command';
import type { DemoStep } from './demoStep';
import { importDemoStep } from './importDemo';
import { pickupDemoStep } from './pickupDemo';
import { printResult } from './printResult';
import { syncDemoStep } from './sync';

export const DEMO_STEPS: DemoStep[] = [
  { title: '初始化工作簿（含示例数据）', run: (s) => s.call<ActionResult>('apiInitWorkbook', { sample: true }) },
  syncDemoStep,
  { title: '生成节日慰问活动（示例计划年度 2023）', run: (s) => s.call<ActionResult>('apiGenerateFestivals', {}) },
  { title: '发送端午慰问通知（每人一封 .eml，写入 outbox/）', run: (s) => s.call<ActionResult>('apiSendNotices', { campaignId: '2023-端午' }) },
  pickupDemoStep,
  importDemoStep,
  { title: '核算帮扶金', run: (s) => s.call<ActionResult>('apiCheckAid') },
];

export const demoCommand: Command = {
  usage: 'demo [--out DIR]',
  summary: '在示例工作簿上演示全部功能（npm start 运行的就是它）',
  async run(ctx) {
    const dir = resolve(flag(ctx.args, 'out') ?? 'demo-out');
    rmSync(dir, { recursive: true, force: true });
    mkdirSync(dir, { recursive: true });
    const path = join(dir, '工会工作簿-示例.xlsx');
    const user = ctx.user ?? 'clerk@example.edu.cn';
    const session = await openSession({ workbookPath: path, create: true, user, print: ctx.print, responder: () => ({ button: 'YES' }), services: { mail: { target: { kind: 'outbox', dir: join(dir, 'outbox') } } } });
    for (const step of DEMO_STEPS) {
      ctx.print(`\n== ${step.title}`);
      // The sample holds deliberate problems: the demo reports them and goes on.
      printResult(await step.run(session, dir, ctx), ctx.print);
      await session.save();
    }
    // 初始化工作簿 leaves 设置 in front, to be filled in; the sample's is, so it opens on the plan.
    const book = (session.services.globals.SpreadsheetApp as GoogleAppsScript.Spreadsheet.SpreadsheetApp).getActiveSpreadsheet();
    book.setActiveSheet(book.getSheetByName('工作计划')!);
    await session.save();
    ctx.print(`\n演示完成。输出目录：${dir}`);
    ctx.print(`工作簿：${path}`);
    return 0;
  },
};
