import { checkNotices, findCampaign } from '../../src/notices/noticeCheck';
import { buildPreview, previewText } from '../../src/notices/noticePreview';
import type { Campaign } from '../../src/notices/campaign';
import { data } from '../helpers/noticeData';

describe('the preview of a campaign', () => {
  it('the preview text lists the skipped with reasons and the first mails', () => {
    const d = data();
    const check = checkNotices(d, findCampaign(d, '2023-三八') as Campaign);
    const preview = buildPreview(d, check, 5);
    expect(preview.mails).toHaveLength(3);
    const text = previewText(preview);
    expect(text).toContain(`待发送 ${check.plan.toSend.length} 人；已发送 0 人；发送中待核实 0 人；跳过 0 人。`);
    expect(text).toContain(`今天还可发送 5 封，其余 ${check.plan.toSend.length - 5} 封将在之后的日子继续发送。`);
    expect(text).toContain('—— 第 1 封：');
  });

  it('lists who is 发送中 from an interrupted run, for the clerk to check', () => {
    const d = { ...data(), sendRecords: [{ time: '2023-06-09 09:00:00', campaignId: '2023-端午', memberId: '001000', name: '王秀英', email: 't001000@example.edu.cn', state: '发送中' as const, note: '', operator: 'x' }] };
    const preview = buildPreview(d, checkNotices(d, findCampaign(d, '2023-端午') as Campaign), 90);
    expect(preview.inFlight.map((p) => [p.name, p.note])).toEqual([['王秀英', '2023-06-09 09:00:00 开始发送，结果未知']]);
    expect(preview.toSend.map((p) => p.name)).not.toContain('王秀英');
    expect(previewText(preview)).toContain('发送中待核实——上次发送时中断，无法确定本人是否收到');
  });
});
