import { decodeJournal, encodeJournal, journalDue, journalWith, unflushed } from '../../../src/kernel/journal/sendJournal';
import type { SendRecord } from '../../../src/kernel/journal/sendRecord';

const rec = (memberId: string, state: SendRecord['state'], time = '2023-06-09 09:00:00'): SendRecord => ({
  time, campaignId: '2023-端午', memberId, name: '王秀英', email: 'a@example.edu.cn', state, note: state === '失败' ? '未发出：x' : '', operator: 'clerk@example.edu.cn',
});

describe('the send journal in document properties', () => {
  it('round-trips its records, Chinese included', () => {
    const records = [rec('001', '已发送'), rec('002', '失败'), rec('003', '发送中')];
    expect(decodeJournal(encodeJournal(records))).toEqual({ ok: true, records });
    expect(decodeJournal(null)).toEqual({ ok: true, records: [] });
    expect(decodeJournal('')).toEqual({ ok: true, records: [] });
  });

  it('refuses a damaged journal rather than guess what was sent', () => {
    for (const bad of ['{', '{"v":2,"r":[]}', '{"v":1,"r":[["x"]]}', '{"v":1,"r":[["t","c","m","n","e",9,"",""]]}']) {
      const read = decodeJournal(bad);
      expect(read.ok).toBe(false);
      if (!read.ok) expect(read.reason).toContain('为避免重复发送已停止');
    }
  });

  it('keeps one record per notice: 已发送 replaces the 发送中 written before the mail', () => {
    const journal = journalWith(journalWith([rec('001', '已发送')], rec('002', '发送中')), rec('002', '已发送', '2023-06-09 09:00:01'));
    expect(journal.map((r) => [r.memberId, r.state])).toEqual([['001', '已发送'], ['002', '已发送']]);
  });

  it('keeps a reminder apart from its notice: both survive the journal, each under its own key', () => {
    const reminder: SendRecord = { ...rec('001', '发送中', '2023-06-19 09:00:00'), kind: '催领' };
    const journal = journalWith([rec('001', '已发送')], reminder);
    expect(journal).toEqual([rec('001', '已发送'), reminder]);
    expect(decodeJournal(encodeJournal(journal))).toEqual({ ok: true, records: journal });
    // A journal written before reminders existed (8 fields a row) still reads as notices.
    expect(decodeJournal('{"v":1,"r":[["t","c","m","n","e",1,"",""]]}')).toEqual({ ok: true, records: [{ time: 't', campaignId: 'c', memberId: 'm', name: 'n', email: 'e', state: '已发送', note: '', operator: '' }] });
    expect(decodeJournal('{"v":1,"r":[["t","c","m","n","e",1,"","",2]]}').ok).toBe(false);
    expect(unflushed([rec('001', '发送中', '2023-06-19 09:00:00')], [reminder])).toEqual([reminder]);
  });

  it('knows which journal records a flush already wrote to 发送记录', () => {
    const sheet = [rec('001', '已发送'), rec('002', '已发送')];
    expect(unflushed(sheet, [rec('002', '已发送'), rec('003', '发送中')]).map((r) => r.memberId)).toEqual(['003']);
    expect(unflushed(sheet, [rec('002', '已发送', '2023-06-10 08:00:00')])).toHaveLength(1);
  });

  it('asks for a flush after a batch of mails or when it nears the size limit', () => {
    expect(journalDue('x', 49, 50)).toBe(false);
    expect(journalDue('x', 50, 50)).toBe(true);
    expect(journalDue('王'.repeat(2001), 1, 50)).toBe(true);
  });
});
