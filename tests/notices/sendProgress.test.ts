import type { CampaignRunReport } from '../../src/notices/campaignRunReport';
import { encodeJournal } from '../../src/kernel/journal/sendJournal';
import type { SendRecord, SendState } from '../../src/kernel/journal/sendRecord';
import { finalProgress, idleProgress, readProgress, SendTally } from '../../src/notices/sendProgress';

const rec = (memberId: string, state: SendState, campaignId = '2023-端午'): SendRecord => ({ time: '2023-06-09 09:00:00', campaignId, memberId, name: memberId, email: `${memberId}@example.edu.cn`, state, note: '', operator: 'clerk@example.edu.cn' });

describe('counting a send as its journal is written', () => {
  it('counts each notice once, by its settled state, across flushes that clear the journal', () => {
    const tally = new SendTally('2023-端午', 4);
    expect(tally.takeJournal(encodeJournal([rec('a', '发送中')]))).toBe(false);
    expect(tally.takeJournal(encodeJournal([rec('a', '已发送'), rec('b', '发送中')]))).toBe(true);
    expect(tally.takeJournal(encodeJournal([rec('a', '已发送'), rec('b', '失败'), rec('z', '跳过')]))).toBe(true);
    // The journal is flushed to 发送记录 and cleared; the tally keeps what it saw.
    expect(tally.takeJournal('')).toBe(false);
    expect(tally.takeJournal(encodeJournal([rec('c', '已发送'), rec('x', '已发送', '2023-中秋')]))).toBe(true);
    expect(tally.view('sending', '正在发送')).toEqual({ campaignId: '2023-端午', phase: 'sending', total: 4, sent: 2, failed: 1, skipped: 1, remaining: 1, message: '正在发送' });
    expect(tally.takeJournal('{damaged')).toBe(false);
  });

  it('the end of a run comes from the action’s report', () => {
    const report = { campaignId: '2023-端午', sent: 40, failed: [{ memberId: 'b' }], uncertain: null, skipped: [{}, {}], left: 15, stoppedBy: 'quota' } as unknown as CampaignRunReport;
    expect(finalProgress(report, '今天的发信额度已用完')).toEqual({ campaignId: '2023-端午', phase: 'stopped', total: 56, sent: 40, failed: 1, skipped: 2, remaining: 15, message: '今天的发信额度已用完' });
    expect(finalProgress({ ...report, left: 0, stoppedBy: 'done' }, '').phase).toBe('done');
  });

  it('a stored progress is read back only for its own campaign', () => {
    const stored = JSON.stringify(finalProgress({ campaignId: '2023-端午', sent: 1, failed: [], uncertain: null, skipped: [], left: 0, stoppedBy: 'done' } as unknown as CampaignRunReport, ''));
    expect(readProgress(stored, '2023-端午')?.sent).toBe(1);
    expect(readProgress(stored, '2023-中秋')).toBeNull();
    expect(readProgress('not json', '2023-端午')).toBeNull();
    expect(readProgress(null, '2023-端午')).toBeNull();
    expect(idleProgress('2023-中秋')).toMatchObject({ phase: 'idle', total: 0 });
  });
});
