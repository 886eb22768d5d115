import { sampleWorkbook } from '../support/offlineBundle';
import { answering, runBundle } from '../support/offlineBundle';
import { setSetting } from '../support/noticeWorkbook';
import { workbookState } from '../support/crashSweep';

// 设置!管理员 set: the sending, sync and aid actions — whichever door they are reached by (menu,
// sidebar, CLI api) — refuse anyone else, and anyone Apps Script cannot identify, writing nothing.

type Reply = { status?: string; message?: string; ok?: boolean; error?: { kind: string; message: string } };
const DOORS: [string, string, unknown[]][] = [
  ['同步工作计划到日历', 'apiSyncCalendar', [{ createCalendar: true, confirmDeletes: true }]],
  ['核算帮扶金', 'apiCheckAid', []],
  ['发送慰问通知', 'apiSendNotices', [{ campaignId: '2023-端午' }]],
  ['发送测试邮件给我', 'apiSendTestNotice', [{ campaignId: '2023-端午' }]],
  ['审核通过', 'apiApproveCampaign', [{ campaignId: '2023-端午' }]],
  ['工作面板: 核算帮扶金', 'sidebarAidCheck', []],
  ['工作面板: 发送', 'sidebarSend', ['2023-端午']],
  ['工作面板: 发送测试邮件', 'sidebarSendTest', ['2023-端午']],
];

describe.each([
  ['a clerk who is not on the list', 'clerk@example.edu.cn', '只有设置中的管理员（chair@example.edu.cn）可以执行此操作'],
  ['a user Apps Script cannot identify', '', '无法识别您的账号'],
])('with 管理员 = chair@example.edu.cn, %s', (_who, user, refusal) => {
  it.each(DOORS)('%s is refused and changes nothing', (_name, fn, args) => {
    const workbook = sampleWorkbook();
    setSetting(workbook, '管理员', 'chair@example.edu.cn');
    const before = workbookState(workbook);
    const run = runBundle({ workbook, user, responder: answering('YES') });
    const reply = run.call<Reply>(fn, ...args);
    const text = reply.message ?? reply.error?.message ?? '';
    expect(text).toContain(refusal);
    expect(workbookState(workbook)).toEqual(before);
    expect(run.services.log.count('mail', 'MailApp.sendEmail')).toBe(0);
    expect(run.services.log.count('calendar')).toBe(0);
  });
});
