import sampleRoster from '../../templates/sampleRoster.json';
import sampleCampaigns from '../../templates/sampleCampaigns.json';
import { audienceOf, memberAudience, rosterProblemsFor, type Candidate } from '../../src/notices/audience';
import type { Campaign } from '../../src/notices/campaign';
import { formatProblem, isBlocking } from '../../src/kernel/problem';
import { readCampaigns } from '../../src/notices/readCampaigns';
import { readMembers } from '../../src/kernel/members/readMembers';
import { SHEET } from '../../src/kernel/sheets/schema';
import { sheetValues } from '../helpers/sheetValues';

const { members } = readMembers(sheetValues(SHEET.roster, sampleRoster));
const byId = new Map(members.map((m) => [m.id, m]));

function campaign(overrides: Record<string, string | number>): Campaign {
  const row = { 活动ID: 'T-1', 活动名称: '测试活动', 类型: '其他', 模板: '端午', ...overrides };
  const { campaigns, problems } = readCampaigns(sheetValues(SHEET.campaigns, [row]));
  expect(problems).toEqual([]);
  return campaigns[0];
}

const names = (people: readonly { memberId: string }[]) => people.map((p) => byId.get(p.memberId)!.name);

describe('who a campaign reaches', () => {
  it('the 三八 campaign of the sample reaches women on the roster only, never retired or departed ones', () => {
    const three8 = readCampaigns(sheetValues(SHEET.campaigns, sampleCampaigns)).campaigns.find((c) => c.id === '2023-三八')!;
    const { recipients, skipped } = memberAudience(three8, members);
    const everyone = [...recipients, ...skipped].map((p) => byId.get(p.memberId)!);
    expect(everyone.length).toBeGreaterThan(10);
    expect(everyone.every((m) => m.gender === '女' && m.status === '在册')).toBe(true);
    expect(names(recipients)).not.toContain('徐红梅'); // 退休
    const women = members.filter((m) => m.gender === '女' && m.status === '在册');
    expect(everyone).toHaveLength(women.length);
  });

  it('a Q3 birthday campaign reaches members born in July, August or September', () => {
    const { recipients, skipped } = memberAudience(campaign({ 类型: '生日', 生日季度: 3 }), members);
    const everyone = [...recipients, ...skipped].map((p) => byId.get(p.memberId)!);
    expect(everyone.map((m) => m.birthDate!.slice(5, 7)).every((mm) => ['07', '08', '09'].includes(mm))).toBe(true);
    expect(names(recipients)).toContain('马红梅'); // born 1976-07-15
    const q3 = members.filter((m) => m.status === '在册' && ['07', '08', '09'].includes(m.birthDate!.slice(5, 7)));
    expect(everyone).toHaveLength(q3.length);
    expect(everyone.map((m) => m.name)).not.toContain('曹刚'); // born in August, but 离校
  });

  it('a blank filter means everyone on the roster, and 退休/离校 members are left out', () => {
    const { recipients, skipped } = memberAudience(campaign({}), members);
    expect(recipients.length + skipped.length).toBe(members.filter((m) => m.status === '在册').length);
    for (const gone of ['徐伟', '谢磊', '曾明', '徐红梅', '曹刚', '马伟']) expect(names([...recipients, ...skipped])).not.toContain(gone);
  });

  it('a member without an email is skipped with the reason, not an error', () => {
    const { skipped, problems } = memberAudience(campaign({}), members);
    const guo = skipped.find((s) => s.name === '郭勇')!;
    expect(guo.reason).toBe('会员名册中没有邮箱');
    expect(problems.filter((p) => p.row === guo.row)).toEqual([]);
  });

  it('a malformed address is skipped and shown as a (non-blocking) problem naming the row', () => {
    const { recipients, skipped, problems } = memberAudience(campaign({}), members);
    const xiao = skipped.find((s) => s.name === '萧志强')!;
    expect(xiao.reason).toContain('liu.min@example');
    expect(names(recipients)).not.toContain('萧志强');
    const shown = problems.filter((p) => p.row === xiao.row);
    expect(shown.map(formatProblem)).toEqual([`会员名册!${xiao.row} 邮箱: 萧志强（001493）的邮箱“liu.min@example”中 @ 后面的域名不正确，本次跳过`]);
    expect(shown.every((p) => !isBlocking(p))).toBe(true);
  });

  it('分会 accepts a list separated by commas or 、, and 标签 matches any of the listed tags', () => {
    const branches = memberAudience(campaign({ 分会: '后勤分会、机关分会，经济学院分会' }), members);
    const branchOf = (p: { memberId: string }) => byId.get(p.memberId)!.branch;
    expect(new Set([...branches.recipients, ...branches.skipped].map(branchOf))).toEqual(new Set(['后勤分会', '机关分会', '经济学院分会']));
    const tagged = memberAudience(campaign({ 标签: '劳模, 困难职工' }), members);
    const all = [...tagged.recipients, ...tagged.skipped].map((p) => byId.get(p.memberId)!);
    expect(all.length).toBeGreaterThan(3);
    expect(all.every((m) => m.tags.includes('劳模') || m.tags.includes('困难职工'))).toBe(true);
    expect(all.map((m) => m.name)).toContain('陈晓燕'); // 劳模,困难职工
  });

  it('a duplicate 工号 in the roster blocks sending', () => {
    const rows = [...sampleRoster, { ...sampleRoster[1], 姓名: '李勇（重复）' }];
    const read = readMembers(sheetValues(SHEET.roster, rows));
    const problems = rosterProblemsFor(campaign({}), read.problems);
    expect(problems.map(formatProblem)).toEqual([`会员名册!${rows.length + 1} 工号: 工号 001017 与第 3 行重复`]);
    expect(problems.some(isBlocking)).toBe(true);
  });

  it('a bad 出生日期 only warns; a birthday campaign skips that member with the reason', () => {
    const rows = [{ ...sampleRoster[0], 出生日期: '1962-02-30' }, sampleRoster[1]];
    const read = readMembers(sheetValues(SHEET.roster, rows));
    expect(rosterProblemsFor(campaign({}), read.problems).some(isBlocking)).toBe(false);
    const birthday = campaign({ 类型: '生日', 生日季度: 1 });
    expect(rosterProblemsFor(birthday, read.problems).some(isBlocking)).toBe(false);
    const { skipped } = memberAudience(birthday, read.members);
    expect(skipped.map((s) => [s.name, s.reason])).toEqual([[sampleRoster[0].姓名, expect.stringMatching(/^出生日期无法识别：“1962-02-30”/)]]);
  });

  it('other audiences (the aid ledger) plug in as candidates and get the same checks', () => {
    const candidate = (memberId: string, row: number, email: string): Candidate => ({
      memberId, name: `会员${memberId}`, email, sheet: '帮扶台账', row, emailAt: { sheet: '会员名册', row: row + 10 },
      sources: [{ label: '会员名册', values: {} }, { label: '帮扶台账', values: { 实发金额: 3000 } }],
    });
    const audience = audienceOf([candidate('1', 2, 'a@example.edu.cn'), candidate('2', 3, 'bad'), candidate('1', 4, 'a@example.edu.cn')]);
    expect(audience.recipients.map((r) => r.memberId)).toEqual(['1']);
    expect(audience.skipped.map((s) => s.memberId)).toEqual(['2']);
    expect(audience.problems.map(formatProblem)).toEqual([
      '会员名册!13 邮箱: 会员2（2）的邮箱“bad”缺少 @，本次跳过',
      '帮扶台账!4 工号: 工号 1 在本活动中出现两次（帮扶台账第 2 行和第 4 行），发送记录无法区分，每人只能收到一封通知：请合并这两行，或分成两个活动发送',
    ]);
    expect(audience.problems.filter(isBlocking)).toHaveLength(1);
  });
});
