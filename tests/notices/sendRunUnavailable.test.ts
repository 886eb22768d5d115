import type { Audience, Recipient } from '../../src/notices/audience';
import { decodeJournal, unflushed } from '../../src/kernel/journal/sendJournal';
import { planSends } from '../../src/notices/sendPlan';
import { latestStates, type SendRecord } from '../../src/kernel/journal/sendRecord';
import { MAIL_SERVER_FAILED } from '../../src/kernel/services/mailServerFailed';
import { sendErrorKind } from '../../src/notices/sendErrorKind';
import { runSends } from '../../src/notices/sendRun';

// The mail server goes away in the middle of a send (or was never there): the run stops at the
// mail it could not hand over, writes nobody down as 失败, and the next run sends the rest once.

const person = (i: number): Recipient => ({
  memberId: String(1000 + i), name: `会员${i}`, email: `m${i}@example.edu.cn`, sheet: '会员名册', row: i + 2, emailAt: { sheet: '会员名册', row: i + 2 }, sources: [],
});
const audience: Audience = { recipients: Array.from({ length: 5 }, (_, i) => person(i)), skipped: [], problems: [] };
const DOWN = `${MAIL_SERVER_FAILED}：连不上邮件服务器 smtp.qq.com:465（ECONNREFUSED）。请检查 --smtp 中的服务器地址和端口，以及网络和防火墙。`;

it('a server failure is its own kind, not a recipient’s', () => {
  expect(sendErrorKind(DOWN)).toBe('unavailable');
  expect(sendErrorKind('邮件服务器拒收（EENVELOPE 550）：550 Mailbox not found')).toBe('rejected');
});

it('stops at the mail the server would not take, records nobody for it, and the next run sends the rest once', () => {
  const sheet: SendRecord[] = [];
  let property = '';
  const delivered: string[] = [];
  const run = (serverUpFor: number) => {
    const journal = decodeJournal(property);
    if (!journal.ok) throw new Error(journal.reason);
    const recovered = unflushed(sheet, journal.records);
    const plan = planSends('2023-端午', audience, latestStates([...sheet, ...recovered]));
    let clock = 0;
    return runSends({ plan, allowance: Infinity, operator: 'clerk@example.edu.cn', recovered }, {
      now: () => `2023-06-09 09:00:${String(clock++).padStart(2, '0')}`,
      deliver: (r) => {
        if (delivered.length >= serverUpFor) throw new Error(DOWN);
        delivered.push(r.memberId);
      },
      saveJournal: (encoded) => (property = encoded),
      appendLog: (records) => sheet.push(...records),
      timeLeft: () => true,
    });
  };

  const first = run(2);
  expect(first.stoppedBy).toBe('unavailable');
  expect(first.serverProblem).toBe(DOWN);
  expect(first.sent.map((r) => r.memberId)).toEqual(['1000', '1001']);
  expect(first.failed).toEqual([]);
  expect(first.uncertain).toBeNull();
  expect(first.left).toBe(3);
  expect(sheet.map((r) => `${r.memberId} ${r.state}`)).toEqual(['1000 已发送', '1001 已发送']);
  expect(property).toBe('');

  const second = run(Infinity);
  expect(second.stoppedBy).toBe('done');
  expect(delivered).toEqual(['1000', '1001', '1002', '1003', '1004']);
  expect(sheet.map((r) => `${r.memberId} ${r.state}`)).toEqual(['1000', '1001', '1002', '1003', '1004'].map((id) => `${id} 已发送`));
});
