import { campaignFingerprint } from '../../src/notices/campaignFingerprint';
import type { Campaign } from '../../src/notices/campaign';
import type { MailTemplate } from '../../src/notices/mailTemplate';
import { readCampaigns } from '../../src/notices/readCampaigns';
import { CAMPAIGNS_SPEC, PICKUP_CAMPAIGN_COLUMNS } from '../../src/kernel/sheets/schema';

const giftColumns: readonly string[] = PICKUP_CAMPAIGN_COLUMNS;
const header = CAMPAIGNS_SPEC.columns.filter((c) => !c.owned && !giftColumns.includes(c.header)).map((c) => c.header);
const row = ['2023-端午', '2023年端午节慰问品发放', '端午', '', '', '', '', '端午', '各校区工会办公室', '2023-06-12', '2023-06-21', '2023-06-09 09:00'];
const template: MailTemplate = { row: 2, name: '端午', subject: '端午安康', body: '尊敬的{{姓名}}老师：\n\n端午安康' };

function read(h: string[], r: unknown[]): Campaign {
  return readCampaigns([h, r as string[]]).campaigns[0];
}

describe('the approval fingerprint', () => {
  const base = campaignFingerprint(read(header, row), template);

  it('is 16 hex digits and does not change with what approval itself writes, column order or empty extra columns', () => {
    expect(base).toMatch(/^[0-9a-f]{16}$/);
    const approved = [...row, '已审核', 'clerk@example.edu.cn', '2023-06-01 10:00', base, '生成说明'];
    expect(campaignFingerprint(read([...header, '状态', '审核人', '审核时间', '审核指纹', '说明'], approved), template)).toBe(base);
    const reordered = [...header.slice(1), header[0]];
    expect(campaignFingerprint(read(reordered, [...row.slice(1), row[0]]), template)).toBe(base);
    expect(campaignFingerprint(read([...header, '备注'], [...row, '']), template)).toBe(base);
  });

  it('changes when the clerk edits the row, an extra column, or the template', () => {
    const edited = [...row];
    edited[8] = '雅安校区工会办公室';
    expect(campaignFingerprint(read(header, edited), template)).not.toBe(base);
    expect(campaignFingerprint(read([...header, '备注'], [...row, '请带工作证']), template)).not.toBe(base);
    expect(campaignFingerprint(read(header, row), { ...template, body: template.body + '！' })).not.toBe(base);
    expect(campaignFingerprint(read(header, row), null)).not.toBe(base);
  });

  it('does not cover 采购数量, 催领天数 and 催领模板: filling them in after approval keeps the campaign approved', () => {
    const filled = read([...header, '采购数量', '催领天数', '催领模板'], [...row, 180, 3, '端午催领']);
    expect(filled.purchased).toBe(180);
    expect(filled.reminderDays).toBe(3);
    expect(filled.reminderTemplate).toBe('端午催领');
    expect(campaignFingerprint(filled, template)).toBe(base);
  });

  it('reads a date the same whether typed as text or entered as a date cell', () => {
    const asText = [...row];
    asText[9] = '2023/6/12';
    expect(campaignFingerprint(read(header, asText), template)).toBe(base);
  });
});
