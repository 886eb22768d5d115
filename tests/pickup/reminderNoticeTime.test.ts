import { workingDays } from '../../src/kernel/dates/workingDays';
import { SEND_LOG_SPEC } from '../../src/kernel/sheets/schema';
import { readSendLog } from '../../src/notices/readSendLog';
import { checkReminders } from '../../src/pickup/reminderCheck';
import { campaignOf, dragonBoat, sent } from './pickupFixture';

// 发送记录!时间 as a clerk types it (or pastes a late notice's row from another workbook, or
// a program wrote it as text): "2023/6/19 8:00". Read through 发送记录 like the workbook's own
// rows, it is still "today" on the reminder day, and a notice at 23:59 the day before is not.
const header = SEND_LOG_SPEC.columns.map((c) => c.header);
const base = dragonBoat();
const days = workingDays([]);

function logWith(times: Record<string, string>) {
  const rows = base.members.filter((m) => m.status === '在册' && m.email).map((m) => {
    const r = sent(base, m.id);
    return [times[m.id] ?? r.time, '2023-端午', m.id, m.name, m.email, '已发送', '', 'clerk@example.edu.cn'];
  });
  const { records, problems } = readSendLog([header, ...rows]);
  expect(problems).toEqual([]);
  return records;
}

describe('催领 on the reminder day, with notice times typed by other programs', () => {
  it('skips the member whose notice time reads 2023/6/19 8:00, reminds the one sent 2023-06-18 23:59', () => {
    const d = dragonBoat({}, logWith({ '001102': '2023/6/19 8:00', '001000': '2023-06-18 23:59' }));
    const check = checkReminders(d, campaignOf(d), new Map(), '2023-06-19', days);
    const to = check.plan.toSend.map((p) => p.recipient.memberId);
    expect(to).not.toContain('001102');
    expect(to).toContain('001000');
    expect(Object.fromEntries(check.counts)).toMatchObject({ 今日刚发通知: 1 });
  });
});
