import { latestStates, noticeKey, sentOn, type SendRecord } from '../../../src/kernel/journal/sendRecord';

const rec = (memberId: string, state: SendRecord['state'], time: string, campaignId = '2023-端午'): SendRecord =>
  ({ time, campaignId, memberId, name: '', email: '', state, note: '', operator: '' });

it('the latest record of a notice is its state, and today’s 已发送 count against the daily limit', () => {
  const latest = latestStates([
    rec('1', '发送中', '2023-06-09 09:00:00'),
    rec('1', '已发送', '2023-06-09 09:00:01'),
    rec('2', '已发送', '2023-06-08 18:00:00'),
    rec('3', '失败', '2023-06-09 09:00:02'),
    rec('1', '已发送', '2023-06-09 10:00:00', '2023-中秋'),
  ]);
  expect(latest.get(noticeKey('2023-端午', '1'))!.state).toBe('已发送');
  expect(latest.size).toBe(4);
  expect(sentOn('2023-06-09', latest)).toBe(2);
});
