import type { SentMail } from '../../runner/services/mail';
import type { MemoryWorkbook } from '../../runner/workbook';
import { cloneWorkbook } from '../support/cloneWorkbook';
import { crashSweep, execution, halfWrittenSheets, valuesState, type World, worldOf } from '../support/crashSweep';
import { campaignWorkbook, rowsOf, setCell, setSetting } from '../support/noticeWorkbook';

// The hourly automatic sending killed at any service call, then the next hour's run: every member
// gets each approved notice exactly once — except the one notice a crash left 发送中, which is
// reported and sent at most once — and nobody's notice is lost.

const APPROVER = 'chair@example.edu.cn';
const MEMBERS = ['m1@example.edu.cn', 'm2@example.edu.cn', 'm3@example.edu.cn'];
const CAMPAIGNS = ['测试-20', '测试-中秋'];

interface MailWorld extends World {
  readonly mails: SentMail[];
}

/** Two approved campaigns for three members, ready for the hourly run. */
function approvedWorld(): () => MailWorld {
  const wb = campaignWorkbook(MEMBERS.length);
  setSetting(wb, '每日发信上限', '');
  setSetting(wb, '管理员', '');
  const row = wb.sheet('慰问活动')!.dump()[1];
  const header = wb.sheet('慰问活动')!.dump()[0];
  header.forEach((h, i) => setCell(wb, '慰问活动', 3, String(h), i === 0 ? CAMPAIGNS[1] : h === '模板' ? '中秋' : row[i]));
  const base = { ...worldOf(wb), mails: [] as SentMail[] };
  const approver = execution({ user: APPROVER }, base);
  for (const id of CAMPAIGNS) expect(approver.call<{ status: string }>('apiApproveCampaign', { campaignId: id }).status).toBe('done');
  approver.services.end();
  return () => {
    const mails: SentMail[] = [];
    const state = JSON.parse(JSON.stringify(base.store.state));
    const world = worldOf(cloneWorkbook(wb as MemoryWorkbook), { mail: { afterSend: (m: SentMail) => void mails.push(m) } });
    Object.assign(world.store.state, state);
    return { ...world, mails };
  };
}

/** The latest 发送记录 state per (活动ID, 工号). */
function latest(wb: MemoryWorkbook): Map<string, string> {
  const out = new Map<string, string>();
  for (const r of rowsOf(wb, '发送记录')) out.set(`${r['活动ID']} ${r['工号']}`, String(r['状态']));
  return out;
}

describe('automatic sending killed at any service call, then the next hourly run', () => {
  it('sends every approved notice exactly once, but a reported 发送中 one at most once', () => {
    const report = crashSweep<MailWorld>({
      world: approvedWorld(),
      user: APPROVER,
      act: (run) => run.call('autoSendNotices'),
      // Who is done: 已发送, or 发送中 (in flight when the run died: reported, never resent blindly,
      // and its campaign stays 发送中 until the clerk has looked).
      state: (w) => {
        const states = [...latest(w.workbook)];
        const uncertain = new Set(states.filter(([, s]) => s === '发送中').map(([k]) => k.split(' ')[0]));
        return {
          campaigns: rowsOf(w.workbook, '慰问活动').map((r) => [r['活动ID'], r['状态'] === '发送中' && uncertain.has(String(r['活动ID'])) ? '已完成' : r['状态']]),
          done: states.map(([k, s]) => `${k} ${s === '发送中' ? '已发送' : s}`).sort(),
        };
      },
      // 慰问活动 shows 发送中 while a run is under way, and 发送记录 is appended in batches: by design.
      afterCrash: (w, start, final) => halfWrittenSheets(valuesState(w.workbook), start, final, ['慰问活动', '发送记录']),
      afterRerun: (w) => {
        const problems: string[] = [];
        const states = latest(w.workbook);
        const inFlight = [...states].filter(([, s]) => s === '发送中').map(([k]) => k);
        if (inFlight.length > 1) problems.push(`发送中 不止一个：${inFlight.join('、')}`);
        for (const campaign of CAMPAIGNS) {
          for (const [i, address] of MEMBERS.entries()) {
            const key = `${campaign} T${String(i + 1).padStart(4, '0')}`;
            const got = w.mails.filter((m) => m.to[0] === address && m.subject.includes(campaign === '测试-20' ? '端午' : '中秋')).length;
            const allowed = inFlight.includes(key) ? [0, 1] : [1];
            if (!allowed.includes(got)) problems.push(`${key} 收到 ${got} 封`);
          }
        }
        return problems;
      },
    });
    expect(report.calls).toContain('MailApp.sendEmail');
    expect(report.failures).toEqual([]);
  });
});
