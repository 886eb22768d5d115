// Workbooks and runs for the pickup integration tests (the built bundle on the runner's services).
import type { OfflineMailApp } from '../../runner/services/mail';
import { unwrap } from '../../runner/services/offline';
import { StateStore } from '../../runner/stateFile';
import type { MemoryWorkbook } from '../../runner/workbook';
import { campaignWorkbook, CLERK, setCell, setSetting } from '../support/noticeWorkbook';
import { runBundle } from '../support/offlineBundle';
import type { Problem } from '../../src/kernel/problem';

export interface Result { status: string; message: string; problems: Problem[]; data?: Record<string, unknown> }
export const CAMPAIGN = '测试-20';
const BRANCHES = ['机关分会', '农学院分会', '后勤分会'];
export const id = (n: number) => `T${String(n).padStart(4, '0')}`;

/** n members in three 分会, the campaign with a 催领模板 and 采购数量 210, the notice not yet sent. */
export function reminderWorkbook(n: number): MemoryWorkbook {
  const wb = campaignWorkbook(n);
  for (let i = 0; i < n; i++) setCell(wb, '会员名册', i + 2, '分会', BRANCHES[i % 3]);
  setSetting(wb, '每日发信上限', '');
  setSetting(wb, '管理员', '');
  setCell(wb, '慰问活动', 2, '催领模板', '端午催领');
  setCell(wb, '慰问活动', 2, '采购数量', 210);
  const templates = wb.sheet('邮件模板')!.dump().length;
  setCell(wb, '邮件模板', templates + 1, '模板名称', '端午催领');
  setCell(wb, '邮件模板', templates + 1, '主题', '请尽快领取端午慰问品');
  setCell(wb, '邮件模板', templates + 1, '正文', '{{姓名}}老师：您的端午慰问品还未领取，请于{{领取截止}}前到{{领取地点}}领取。');
  return wb;
}

/** A fresh execution of the bundle on `wb` each call, document properties kept in `store`. */
export function office(wb: MemoryWorkbook, store = new StateStore(null)) {
  return () => {
    const run = runBundle({ workbook: wb, user: CLERK, services: { store, mail: {} } });
    return { run, mail: unwrap<OfflineMailApp>(run.services.globals.MailApp)! };
  };
}

/**
 * Runs `send` on 2023-06-09, the 端午 notice's day, and comes back to the reminder day 2023-06-19
 * (jest's fake clock): a notice sent on the reminder day itself gets no 催领 that day.
 */
export function onNoticeDay<T>(send: () => T): T {
  jest.setSystemTime(new Date('2023-06-09T01:00:00Z'));
  try {
    return send();
  } finally {
    jest.setSystemTime(new Date('2023-06-19T01:00:00Z'));
  }
}
