import { dueTriggers } from '../../runner/services/scriptApp';
import { VirtualClock } from '../../runner/services/virtualClock';
import type { StateStore } from '../../runner/stateFile';
import { sampleWorkbook } from '../support/offlineBundle';
import { campaignWorkbook, CLERK, column, count, noticeRun, recipients, restorer, rowsOf, setCell, setSetting } from '../support/noticeWorkbook';
import type { Problem } from '../../src/kernel/problem';

type Result = { status: string; message: string; problems: Problem[]; data?: { sent: number; stoppedBy: string; left: number; finished: boolean; uncertain: { memberId: string } | null } };

const members20 = Array.from({ length: 20 }, (_, i) => `m${i + 1}@example.edu.cn`);

function latestStates(wb: ReturnType<typeof sampleWorkbook>, campaignId: string): Map<string, string> {
  const latest = new Map<string, string>();
  for (const r of rowsOf(wb, '发送记录')) if (r['活动ID'] === campaignId) latest.set(String(r['工号']), String(r['状态']));
  return latest;
}

function journalStates(store: StateStore): string[] {
  const raw = store.state.documentProperties['UnionDesk.sendJournal'];
  return raw ? (JSON.parse(raw).r as unknown[][]).map((e) => `${e[2]}:${e[5]}`) : [];
}

describe('发送慰问通知', () => {
  it('sends the sample 端午 notice once to every member on the roster with an address, and a second run sends nothing', () => {
    const wb = sampleWorkbook();
    const first = noticeRun(wb);
    const result = first.call<Result>('apiSendNotices', { campaignId: '2023-端午' });
    expect(result.status).toBe('done');
    expect(result.data).toMatchObject({ sent: 56, stoppedBy: 'done', finished: true });
    expect(first.mail.sent).toHaveLength(56);
    expect(new Set(recipients(first)).size).toBe(56);
    expect(recipients(first)).not.toContain('t001170@example.edu.cn'); // 徐伟, 退休

    const mail = first.mail.sent[0];
    expect(mail.to).toEqual(['t001000@example.edu.cn']);
    expect(mail.subject).toBe('【四川农业大学工会（示例）】端午安康｜2023年端午节慰问品发放领取通知');
    expect(mail.from.name).toBe('校工会');
    expect(mail.replyTo).toBe('union@example.edu.cn');
    expect(mail.text).toContain('尊敬的王秀英老师');
    expect(mail.html).toContain('<p>尊敬的王秀英老师：</p>');

    const log = rowsOf(wb, '发送记录');
    expect(log.filter((r) => r['状态'] === '已发送')).toHaveLength(56);
    expect(log.filter((r) => r['状态'] === '跳过').map((r) => [r['姓名'], r['说明']])).toEqual([
      ['郭勇', '会员名册中没有邮箱'],
      ['萧志强', '邮箱“liu.min@example”中 @ 后面的域名不正确'],
    ]);
    expect(new Set(log.map((r) => r['操作人']))).toEqual(new Set([CLERK]));
    const campaigns = rowsOf(wb, '慰问活动');
    const duanwu = campaigns.find((c) => c['活动ID'] === '2023-端午')!;
    expect(duanwu['状态']).toBe('已完成');
    expect(duanwu['审核人']).toBe(CLERK); // sending by hand is the clerk's approval
    expect(String(duanwu['审核指纹'])).toMatch(/^[0-9a-f]{16}$/);

    const second = noticeRun(wb, { store: first.store });
    const again = second.call<Result>('apiSendNotices', { campaignId: '2023-端午' });
    expect(again.status).toBe('done');
    expect(again.message).toContain('本次没有发送');
    expect(second.mail.sent).toHaveLength(0);
    expect(rowsOf(wb, '发送记录')).toHaveLength(58);
  });

  it('reads each table once and writes 发送记录 in batches, whatever the number of recipients', () => {
    const counts = [20, 120].map((n) => {
      const wb = campaignWorkbook(n);
      setSetting(wb, '每日发信上限', '');
      const run = noticeRun(wb);
      run.call('apiSendNotices', { campaignId: '测试-20' });
      return run.services.log.snapshot('spreadsheet');
    });
    expect(counts[0]['Range.getValues']).toBe(counts[1]['Range.getValues']);
    expect(counts[0]['SpreadsheetApp.flush']).toBe(1);
    expect(counts[1]['SpreadsheetApp.flush']).toBe(3); // 50 + 50 + 20
    expect(counts[1]['Range.setValues'] - counts[0]['Range.setValues']).toBe(2);
  });

  it('a crash after the k-th mail, for every k: after rerunning, everyone got exactly one mail but the reported 发送中 one, who got at most one', () => {
    for (let k = 1; k <= 20; k++) {
      const wb = campaignWorkbook(20);
      const crashing = noticeRun(wb, { mail: { afterSend: (_m, n) => { if (n === k) throw new Error('连接意外中断'); } } });
      const first = crashing.call<Result>('apiSendNotices', { campaignId: '测试-20' });
      expect(first.data!.stoppedBy).toBe('uncertain');
      const inFlight = first.data!.uncertain!.memberId;
      expect(first.message).toContain('无法确定是否已发出');

      const rerun = noticeRun(wb, { store: crashing.store });
      const preview = rerun.call<{ data: { inFlight: { memberId: string }[] } }>('apiPreviewNotices', { campaignId: '测试-20' });
      expect(preview.data.inFlight.map((p) => p.memberId)).toEqual([inFlight]);
      rerun.call<Result>('apiSendNotices', { campaignId: '测试-20' });
      const all = recipients(crashing, rerun);
      const states = latestStates(wb, '测试-20');
      expect([...states.values()].filter((s) => s === '发送中')).toHaveLength(1);
      expect(states.get(inFlight)).toBe('发送中');
      for (const [i, address] of members20.entries()) {
        const id = `T${String(i + 1).padStart(4, '0')}`;
        if (id === inFlight) expect(count(all, address)).toBeLessThanOrEqual(1);
        else expect(count(all, address)).toBe(1);
      }
    }
  });

  it('a crash at any call that changes something (the whole execution dies there): a rerun never sends anyone twice', () => {
    const wb = campaignWorkbook(20);
    const restore = restorer(wb);
    const clean = noticeRun(wb);
    const calls: string[] = [];
    clean.services.log.failWhen = (_group, name) => {
      calls.push(name);
      return false;
    };
    clean.call('apiSendNotices', { campaignId: '测试-20' });
    // Dying at a read is the same as dying at the next write; every write and every mail is a crash point.
    const points = calls.flatMap((name, i) => (/\.(set|delete|flush|sendEmail|insert)/.test(name) ? [i + 1] : []));
    expect(points.length).toBeGreaterThan(60);
    for (const k of points) {
      restore();
      const dying = noticeRun(wb);
      dying.services.log.failAt = k;
      expect(() => dying.call('apiSendNotices', { campaignId: '测试-20' })).toThrow('注入故障');
      // The crash leaves at most the in-flight notice 发送中 in the journal.
      expect(journalStates(dying.store).filter((s) => s.endsWith(':0')).length).toBeLessThanOrEqual(1);
      const rerun = noticeRun(wb, { store: dying.store });
      rerun.call('apiSendNotices', { campaignId: '测试-20' });
      const all = recipients(dying, rerun);
      const states = latestStates(wb, '测试-20');
      const inFlight = [...states].filter(([, s]) => s === '发送中').map(([id]) => id);
      expect(inFlight.length).toBeLessThanOrEqual(1);
      for (const [i, address] of members20.entries()) {
        const id = `T${String(i + 1).padStart(4, '0')}`;
        if (inFlight.includes(id)) expect(count(all, address)).toBeLessThanOrEqual(1);
        else {
          expect(count(all, address)).toBe(1);
          expect(states.get(id)).toBe('已发送');
        }
      }
    }
  });

  it('with a quota of 5 left: 5 are sent, the run stops cleanly and says when the rest can go; the next day sends the rest', () => {
    const wb = campaignWorkbook(20);
    const today = noticeRun(wb, { mail: { quota: 5 } });
    const result = today.call<Result>('apiSendNotices', { campaignId: '测试-20' });
    expect(result.data).toMatchObject({ sent: 5, stoppedBy: 'quota', left: 15, finished: false });
    expect(result.message).toContain('今天的发信额度已用完，剩余 15 封明天可以继续发送');
    expect(today.mail.sent).toHaveLength(5);
    expect([...latestStates(wb, '测试-20').values()]).toEqual(Array(5).fill('已发送'));
    expect(column(wb, '慰问活动', '状态')).toEqual(['发送中']);

    const tomorrow = noticeRun(wb, { store: today.store, mail: { quota: 100 } });
    expect(tomorrow.call<Result>('apiSendNotices', { campaignId: '测试-20' }).data).toMatchObject({ sent: 15, finished: true });
    expect(new Set(recipients(today, tomorrow)).size).toBe(20);
    expect(recipients(today, tomorrow)).toHaveLength(20);
  });

  it('每日发信上限 counts what already went out today, in any campaign', () => {
    const wb = campaignWorkbook(20);
    setSetting(wb, '每日发信上限', 12);
    const run = noticeRun(wb);
    expect(run.call<Result>('apiSendNotices', { campaignId: '测试-20' }).data!.sent).toBe(12);
    expect(noticeRun(wb, { store: run.store }).call<Result>('apiSendNotices', { campaignId: '测试-20' }).data!.sent).toBe(0);
  });

  it('a mail MailApp refuses is 失败 and retried on the next run; the others go on', () => {
    const wb = campaignWorkbook(6);
    const refusing = noticeRun(wb, { mail: { beforeSend: (m) => { if (m.to[0] === 'm3@example.edu.cn') throw new Error('Invalid email: m3@example.edu.cn'); } } });
    const result = refusing.call<Result>('apiSendNotices', { campaignId: '测试-20' });
    expect(result.data).toMatchObject({ sent: 5, finished: false });
    expect(result.message).toContain('发送失败 1 人（下次发送时会重试）');
    expect(latestStates(wb, '测试-20').get('T0003')).toBe('失败');
    const retry = noticeRun(wb, { store: refusing.store });
    retry.call('apiSendNotices', { campaignId: '测试-20' });
    expect(recipients(retry)).toEqual(['m3@example.edu.cn']);
    expect(column(wb, '慰问活动', '状态')).toEqual(['已完成']);
  });

  describe('stopping before Apps Script’s 6-minute limit', () => {
    it('stops cleanly at about 5 minutes, schedules a continuation, and the continuation sends the rest', () => {
      const wb = campaignWorkbook(20);
      // Each mail takes 20 seconds of Apps Script time here: 15 fit into 5 minutes.
      const clock = new VirtualClock(Date.now());
      const slow = noticeRun(wb, { clock, mail: { afterSend: () => clock.advance(20_000) } });
      const result = slow.call<Result>('apiSendNotices', { campaignId: '测试-20' });
      expect(result.data).toMatchObject({ sent: 15, stoppedBy: 'time', left: 5 });
      expect(result.message).toContain('剩余 5 封将在约 1 分钟后自动继续发送');
      expect([...latestStates(wb, '测试-20').values()]).toEqual(Array(15).fill('已发送'));
      expect(slow.store.state.triggers.map((t) => [t.handler, t.kind])).toEqual([['continueSendingNotices', 'once'], ['continueSendingNotices', 'every']]);

      clock.setTime(clock.now() + 61_000);
      const due = dueTriggers(slow.store, clock.now());
      expect(due.map((t) => t.handler)).toEqual(['continueSendingNotices']);
      const resumed = noticeRun(wb, { store: slow.store, clock });
      const rest = resumed.call<Result>('continueSendingNotices');
      expect(rest.data).toMatchObject({ sent: 5, finished: true });
      expect(new Set(recipients(slow, resumed)).size).toBe(20);
      expect(resumed.store.state.triggers).toEqual([]);
      expect(resumed.store.state.documentProperties['job:sendNotices']).toBeUndefined();
    });
  });

  describe('validates everything before sending anything', () => {
    it('an unknown placeholder blocks the whole send, naming the template and the placeholder', () => {
      const wb = sampleWorkbook();
      const templates = column(wb, '邮件模板', '模板名称');
      const row = templates.indexOf('端午') + 2;
      setCell(wb, '邮件模板', row, '正文', '尊敬的{{姓名}}老师：请于{{领取时间}}领取。');
      const run = noticeRun(wb);
      const result = run.call<Result>('apiSendNotices', { campaignId: '2023-端午' });
      expect(result.status).toBe('problems');
      expect(result.problems).toContainEqual({ sheet: '邮件模板', row, column: '正文', message: '模板“端午”的占位符{{领取时间}}没有对应的数据：会员名册、慰问活动、设置中都没有“领取时间”这一列，请改正占位符或补上这一列' });
      expect(run.mail.sent).toHaveLength(0);
      expect(rowsOf(wb, '发送记录')).toHaveLength(0);
    });

    it('a duplicate 工号 on the roster blocks the send', () => {
      const wb = campaignWorkbook(5);
      setCell(wb, '会员名册', 6, '工号', 'T0001');
      const run = noticeRun(wb);
      const result = run.call<Result>('apiSendNotices', { campaignId: '测试-20' });
      expect(result.status).toBe('problems');
      expect(result.problems).toEqual([{ sheet: '会员名册', row: 6, column: '工号', message: '工号 T0001 与第 2 行重复' }]);
      expect(run.mail.sent).toHaveLength(0);
    });

    it('only 管理员 may send when the list is set', () => {
      const wb = campaignWorkbook(3);
      setSetting(wb, '管理员', 'boss@example.edu.cn');
      const run = noticeRun(wb);
      const result = run.call<Result>('apiSendNotices', { campaignId: '测试-20' });
      expect(result.status).toBe('refused');
      expect(run.mail.sent).toHaveLength(0);
    });

    it('an unknown 活动ID is a problem that lists the campaigns there are', () => {
      const result = noticeRun(sampleWorkbook()).call<Result>('apiSendNotices', { campaignId: '2023-国庆' });
      expect(result.status).toBe('problems');
      expect(result.problems).toEqual([{ sheet: '慰问活动', column: '活动ID', message: '找不到活动ID“2023-国庆”（现有：2023-三八、2023-端午、2023-中秋、2023-生日Q4）' }]);
    });
  });

  it('the menu item sends the selected campaign after the clerk confirms, and nothing when the clerk says no', () => {
    const wb = sampleWorkbook();
    wb.activeSheet = wb.sheets.findIndex((s) => s.name === '慰问活动');
    wb.selection = { sheet: '慰问活动', a1: 'B3' };
    const no = noticeRun(wb);
    no.services.ui.responder = (req) => ({ button: req.buttons === 'OK' ? 'OK' : 'NO' });
    no.call('menuSendNotices');
    expect(no.mail.sent).toHaveLength(0);
    expect(no.services.ui.shown.map((m) => m.answer?.button)).toEqual(['NO']);
    expect(rowsOf(wb, '发送记录')).toHaveLength(0);
    const yes = noticeRun(wb, { store: no.store });
    yes.call('menuSendNotices');
    expect(yes.mail.sent).toHaveLength(56);
    expect(yes.services.ui.shown[0].message).toContain('将向活动“2023-端午”（2023年端午节慰问品发放）的 56 人发送通知');
    expect(yes.services.ui.last()!.message).toContain('该活动已全部发送完毕');
  });
});

