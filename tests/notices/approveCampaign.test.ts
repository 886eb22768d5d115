import { sampleWorkbook } from '../support/offlineBundle';
import { column, noticeRun, rowsOf, setCell } from '../support/noticeWorkbook';
import type { Problem } from '../../src/kernel/problem';

type Approval = { status: string; message: string; problems: Problem[]; data?: { approver: string; fingerprint: string; recipients: number } };

describe('审核通过', () => {
  it('approves the campaign as it stands: 审核人, 审核时间 and the fingerprint of the row and its template', () => {
    const wb = sampleWorkbook();
    const run = noticeRun(wb, { user: 'chair@example.edu.cn' });
    const result = run.call<Approval>('apiApproveCampaign', { campaignId: '2023-端午' });
    expect(result.status).toBe('done');
    expect(result.message).toContain('已审核通过活动“2023-端午”（2023年端午节慰问品发放）：待发送 56 人，跳过 2 人，已发送 0 人。');
    expect(result.message).toContain('计划发送时间：2023-06-09 09:00');
    const row = rowsOf(wb, '慰问活动')[1];
    expect(row['状态']).toBe('已审核');
    expect(row['审核人']).toBe('chair@example.edu.cn');
    expect(row['审核时间']).toBeInstanceOf(Date);
    expect(row['审核指纹']).toBe(result.data!.fingerprint);
    expect(run.mail.sent).toEqual([]);
    // Only the approved row changed.
    expect(column(wb, '慰问活动', '状态')).toEqual(['', '已审核', '', '']);

    // Approving again unchanged gives the same fingerprint.
    expect(noticeRun(wb, { store: run.store, user: 'chair@example.edu.cn' }).call<Approval>('apiApproveCampaign', { campaignId: '2023-端午' }).data!.fingerprint).toBe(result.data!.fingerprint);
  });

  it('refuses a campaign with problems, and a clerk Apps Script cannot identify', () => {
    const wb = sampleWorkbook();
    setCell(wb, '慰问活动', 3, '模板', '端午节');
    const blocked = noticeRun(wb).call<Approval>('apiApproveCampaign', { campaignId: '2023-端午' });
    expect(blocked.status).toBe('problems');
    expect(blocked.problems[0]).toEqual({ sheet: '慰问活动', row: 3, column: '模板', message: expect.stringContaining('找不到模板“端午节”') });
    expect(column(wb, '慰问活动', '状态')).toEqual(['', '', '', '']);
    const anonymous = noticeRun(sampleWorkbook(), { user: '' }).call<Approval>('apiApproveCampaign', { campaignId: '2023-端午' });
    expect(anonymous.status).toBe('refused');
    expect(anonymous.message).toContain('审核需要记录审核人');
  });

  it('the menu item approves the selected row after the clerk confirms', () => {
    const wb = sampleWorkbook();
    wb.activeSheet = wb.sheets.findIndex((s) => s.name === '慰问活动');
    wb.selection = { sheet: '慰问活动', a1: 'A4' };
    const run = noticeRun(wb);
    run.call('menuApproveCampaign');
    expect(column(wb, '慰问活动', '状态')).toEqual(['', '', '已审核', '']);
    expect(run.services.ui.last()!.message).toContain('已审核通过活动“2023-中秋”');
  });
});
