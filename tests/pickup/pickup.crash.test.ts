// Recording and reminding killed at any service call, then run again: the same final state, no
// collection recorded twice, and no reminder sent twice (a reported 发送中 one at most once).
import type { SentMail } from '../../runner/services/mail';
import type { MemoryWorkbook } from '../../runner/workbook';
import { cloneWorkbook } from '../support/cloneWorkbook';
import { crashSweep, execution, halfWrittenSheets, valuesState, type World, worldOf } from '../support/crashSweep';
import { CLERK, rowsOf } from '../support/noticeWorkbook';
import { CAMPAIGN, id, onNoticeDay, reminderWorkbook } from './pickupWorkbook';

interface MailWorld extends World {
  readonly mails: SentMail[];
}

const MEMBERS = 5;

/** Five members sent the notice, T0001 collected: four reminders to go. */
function noticedWorld(): () => MailWorld {
  const wb = reminderWorkbook(MEMBERS);
  const base = worldOf(wb);
  const noticeRun = onNoticeDay(() => execution({ user: CLERK }, base));
  expect(noticeRun.call<{ status: string }>('apiSendNotices', { campaignId: CAMPAIGN }).status).toBe('done');
  noticeRun.services.end();
  const clerk = execution({ user: CLERK }, base);
  expect(clerk.call<{ status: string }>('apiRecordPickups', { campaignId: CAMPAIGN, memberIds: [id(1)] }).status).toBe('done');
  clerk.services.end();
  return () => {
    const mails: SentMail[] = [];
    const world = worldOf(cloneWorkbook(wb as MemoryWorkbook), { mail: { afterSend: (m: SentMail) => void mails.push(m) } });
    Object.assign(world.store.state, JSON.parse(JSON.stringify(base.store.state)));
    return { ...world, mails };
  };
}

/** The latest 发送记录 state per (活动ID, 工号, 类型). */
function latest(wb: MemoryWorkbook): Map<string, string> {
  const out = new Map<string, string>();
  for (const r of rowsOf(wb, '发送记录')) out.set(`${r['工号']} ${r['类型'] || '通知'}`, String(r['状态']));
  return out;
}

describe('pick-ups and reminders killed at any service call, then run again', () => {
  beforeAll(() => jest.useFakeTimers({ now: new Date('2023-06-19T01:00:00Z'), doNotFake: ['nextTick', 'setImmediate', 'queueMicrotask'] }));
  afterAll(() => jest.useRealTimers());

  it('a recording session: the log holds each collection once and 领取统计 is right', () => {
    const report = crashSweep({
      world: noticedWorld(),
      user: CLERK,
      act: (run) => run.call('apiRecordPickups', { campaignId: CAMPAIGN, memberIds: [id(2), id(3)], proxy: '代领人甲' }),
      // 领取登记 is appended before 领取统计 is rewritten: a crash in between leaves the summary stale until the rerun.
      afterCrash: (w, start, final) => halfWrittenSheets(valuesState(w.workbook), start, final, ['领取统计']),
      afterRerun: (w) => {
        const rows = rowsOf(w.workbook, '领取登记').map((r) => `${r['工号']} ${r['方式']}`);
        return rows.join(',') === `${id(1)} 本人,${id(2)} 代领,${id(3)} 代领` ? [] : [`领取登记：${rows.join(',')}`];
      },
    });
    expect(report.calls).toContain('Range.setValues');
    expect(report.crashes).toBeGreaterThan(3);
    expect(report.failures).toEqual([]);
  });

  it('sending reminders: each member not collected gets exactly one, a reported 发送中 one at most one, the notices untouched', () => {
    const report = crashSweep<MailWorld>({
      world: noticedWorld(),
      user: CLERK,
      act: (run) => run.call('apiSendReminders', { campaignId: CAMPAIGN }),
      state: (w) => [...latest(w.workbook)].map(([k, s]) => `${k} ${s === '发送中' ? '已发送' : s}`).sort(),
      afterCrash: (w, start, final) => halfWrittenSheets(valuesState(w.workbook), start, final, ['发送记录']),
      afterRerun: (w) => {
        const problems: string[] = [];
        const states = latest(w.workbook);
        const inFlight = [...states].filter(([, s]) => s === '发送中').map(([k]) => k);
        if (inFlight.length > 1) problems.push(`发送中 不止一个：${inFlight.join('、')}`);
        if (inFlight.some((k) => k.endsWith('通知'))) problems.push(`通知的状态被催领改动：${inFlight.join('、')}`);
        for (let n = 1; n <= MEMBERS; n++) {
          const got = w.mails.filter((m) => m.to[0] === `m${n}@example.edu.cn`).length;
          const allowed = n === 1 ? [0] : inFlight.includes(`${id(n)} 催领`) ? [0, 1] : [1];
          if (!allowed.includes(got)) problems.push(`${id(n)} 收到 ${got} 封催领`);
        }
        return problems;
      },
    });
    expect(report.calls.filter((c) => c === 'MailApp.sendEmail')).toHaveLength(MEMBERS - 1);
    expect(report.crashes).toBeGreaterThan(MEMBERS);
    expect(report.failures).toEqual([]);
  });
});
