// 催领 by hand and in the hourly run when the mail server cannot be used (offline SMTP: not
// reachable, TLS or 授权码 refused): the run stops at the first reminder with the server's
// message once, nobody is written down as 失败, and the next run reminds everyone once.
import type { OfflineMailApp } from '../../runner/services/mail';
import { unwrap } from '../../runner/services/offline';
import { StateStore } from '../../runner/stateFile';
import { MAIL_SERVER_FAILED } from '../../src/kernel/services/mailServerFailed';
import { CLERK, rowsOf } from '../support/noticeWorkbook';
import { runBundle } from '../support/offlineBundle';
import { CAMPAIGN, id, onNoticeDay, reminderWorkbook, type Result } from './pickupWorkbook';

const DOWN = `${MAIL_SERVER_FAILED}：邮件服务器 smtp.qq.com:465 拒绝登录（EAUTH 535）。请检查账号和授权码。`;

describe('催领 while the mail server refuses the login', () => {
  beforeAll(() => jest.useFakeTimers({ now: new Date('2023-06-19T01:00:00Z'), doNotFake: ['nextTick', 'setImmediate', 'queueMicrotask'] }));
  afterAll(() => jest.useRealTimers());

  it('stops at the first reminder by hand and in the hourly run, records nobody, and reminds everyone once the server works', () => {
    const wb = reminderWorkbook(4);
    const store = new StateStore(null);
    let serverDown = false;
    const next = () => {
      const run = runBundle({ workbook: wb, user: CLERK, services: { store, mail: { beforeSend: () => { if (serverDown) throw new Error(DOWN); } } } });
      return { run, mail: unwrap<OfflineMailApp>(run.services.globals.MailApp)! };
    };
    expect(onNoticeDay(() => next().run.call<Result>('apiSendNotices', { campaignId: CAMPAIGN })).status).toBe('done');
    const reminders = () => rowsOf(wb, '发送记录').filter((r) => r['类型'] === '催领');

    serverDown = true;
    const byHand = next().run.call<Result>('apiSendReminders', { campaignId: CAMPAIGN });
    expect(byHand.status).toBe('refused');
    expect(byHand.message.split(MAIL_SERVER_FAILED)).toHaveLength(2);
    expect(byHand.message).toContain('本次发送 0 封');
    expect(byHand.message).toContain('没有人被记为“失败”；问题解决后再次发送催领即可（剩余 4 封');
    const hourly = next().run.call<Result>('autoSendNotices');
    expect(hourly.status).toBe('refused');
    expect(hourly.message.split(MAIL_SERVER_FAILED)).toHaveLength(2);
    expect(reminders()).toEqual([]);

    serverDown = false;
    const fixed = next();
    expect(fixed.run.call<Result>('apiSendReminders', { campaignId: CAMPAIGN }).status).toBe('done');
    expect(fixed.mail.sent.map((m) => m.to[0])).toEqual([1, 2, 3, 4].map((n) => `m${n}@example.edu.cn`));
    expect(reminders().map((r) => `${r['工号']} ${r['状态']}`)).toEqual([1, 2, 3, 4].map((n) => `${id(n)} 已发送`));
  });
});
