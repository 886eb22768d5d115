import sampleRoster from '../../templates/sampleRoster.json';
import { aidAudience } from '../../src/notices/aidAudience';
import type { Campaign } from '../../src/notices/campaign';
import { formatProblem, isBlocking } from '../../src/kernel/problem';
import { readCampaigns } from '../../src/notices/readCampaigns';
import { readMembers } from '../../src/kernel/members/readMembers';
import { SHEET } from '../../src/kernel/sheets/schema';
import { sheetValues } from '../helpers/sheetValues';

const { members } = readMembers(sheetValues(SHEET.roster, sampleRoster));
const campaign = (extra: Record<string, string> = {}): Campaign =>
  readCampaigns(sheetValues(SHEET.campaigns, [{ 活动ID: 'A', 活动名称: '帮扶金', 类型: '帮扶', 模板: '帮扶金到账', ...extra }])).campaigns[0];

describe('the audience of a 帮扶 campaign', () => {
  it('is one notice per ledger row, with the member’s address, retired members included', () => {
    const audience = aidAudience(campaign(), [
      { row: 2, memberId: '001000', fields: { 实发金额: '1,000.00' } },
      { row: 3, memberId: '001170', fields: { 实发金额: '2,000.00' } }, // 徐伟, 退休
    ], members);
    expect(audience.recipients.map((r) => [r.name, r.email, r.sheet, r.row])).toEqual([
      ['王秀英', 't001000@example.edu.cn', '帮扶台账', 2],
      ['徐伟', 't001170@example.edu.cn', '帮扶台账', 3],
    ]);
    expect(audience.recipients[0].sources.map((s) => s.label)).toEqual(['会员名册', '帮扶台账']);
    expect(audience.problems).toEqual([]);
  });

  it('skips someone the roster does not know, with a warning on the ledger row', () => {
    const audience = aidAudience(campaign(), [{ row: 16, memberId: '009999', fields: { 姓名: '赵无名' } }], members);
    expect(audience.skipped.map((s) => [s.name, s.reason])).toEqual([['赵无名', '会员名册中找不到工号 009999，没有邮箱可发']]);
    expect(audience.problems.map(formatProblem)).toEqual(['帮扶台账!16 工号: 会员名册中找不到工号 009999，没有邮箱可发，本次跳过']);
    expect(audience.problems.some(isBlocking)).toBe(false);
  });

  it('applies the campaign’s filters to the member', () => {
    const audience = aidAudience(campaign({ 分会: '农学院分会' }), [
      { row: 2, memberId: '001000', fields: {} },
      { row: 3, memberId: '001017', fields: {} },
    ], members);
    expect(audience.recipients.map((r) => r.memberId)).toEqual(['001000']);
  });
});
