import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { ActionResult } from '../../src/kernel/contracts/actionResult';
import type { DemoStep } from './demoStep';

const CAMPAIGN = '2023-端午';

/** The demo's 领取登记: a few pick-ups at the counter, a refusal, the summary, 催领 and the 签领单. */
export const pickupDemoStep: DemoStep = {
  title: '领取登记、领取统计、催领预览与签领单（端午）',
  run(session, dir, { print }) {
    const results = [
      session.call<ActionResult>('apiRecordPickups', { campaignId: CAMPAIGN, memberIds: ['001000', '001017', '001034'] }),
      session.call<ActionResult>('apiRecordPickups', { campaignId: CAMPAIGN, memberIds: ['001051'], proxy: '刘浩的同事' }),
      // 徐伟 is retired: the 端午 gift is for 在册 members, so the desk refuses him and says why.
      session.call<ActionResult>('apiRecordPickups', { campaignId: CAMPAIGN, memberIds: ['001170', '001000'] }),
      session.call<ActionResult>('apiRecordPickups', { campaignId: CAMPAIGN, summaryOnly: true }),
    ];
    for (const r of results) print(r.message);
    print('\n催领预览（示例活动 2023 年已截止领取，列出未领会员供电话联系）：');
    print(session.call<ActionResult>('apiPreviewReminders', { campaignId: CAMPAIGN }).message.split('\n').slice(0, 6).join('\n'));
    const sheets = session.call<ActionResult<{ fileName: string; html: string }>>('apiSignSheets', { campaignId: CAMPAIGN });
    if (sheets.data) {
      mkdirSync(join(dir, '签领单'), { recursive: true });
      writeFileSync(join(dir, '签领单', sheets.data.fileName), sheets.data.html, 'utf8');
    }
    return { ...sheets, message: `${sheets.message}已写入 签领单/ 文件夹。`, data: undefined };
  },
};
