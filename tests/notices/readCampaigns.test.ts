import sampleCampaigns from '../../templates/sampleCampaigns.json';
import { formatProblem } from '../../src/kernel/problem';
import { wallClock } from '../../src/kernel/values/cell';
import { readCampaigns } from '../../src/notices/readCampaigns';
import { CAMPAIGNS_SPEC, SHEET } from '../../src/kernel/sheets/schema';
import { sheetValues } from '../helpers/sheetValues';

describe('慰问活动', () => {
  it('reads the sample campaigns with their filters and dates', () => {
    const { campaigns, problems } = readCampaigns(sheetValues(SHEET.campaigns, sampleCampaigns));
    expect(problems).toEqual([]);
    expect(campaigns.map((c) => c.id)).toEqual(['2023-三八', '2023-端午', '2023-中秋', '2023-生日Q4']);
    expect(campaigns[0]).toMatchObject({ row: 2, type: '三八', gender: '女', birthdayQuarter: null, templateName: '三八', pickupStart: '2023-03-06', pickupEnd: '2023-03-10' });
    expect(campaigns[0].sendAt).toEqual(wallClock('2023-03-03', '09:00:00'));
    expect(campaigns[3].birthdayQuarter).toBe(4);
    expect(campaigns[1].approval).toEqual({ state: '', approver: '', approvedAt: null, fingerprint: '' });
  });

  it('accepts dates typed as text, 第三季度 and 女性, and keeps extra columns for placeholders', () => {
    const record: Record<string, string> = {
      活动ID: 'A', 活动名称: '活动', 类型: '生日', 对象性别: '女性', 生日季度: '第三季度', 分会: '后勤分会、机关分会', 标签: '劳模', 模板: '生日', 领取地点: '工会',
      领取开始: '2023/6/12', 领取截止: '2023年6月21日', 计划发送时间: '2023-06-09 9:30', 状态: '已审核', 审核人: 'x@example.edu.cn', 审核指纹: 'abc', 联系人: '张老师',
    };
    const header = [...CAMPAIGNS_SPEC.columns.map((c) => c.header), '联系人'];
    const { campaigns, problems } = readCampaigns([header, header.map((h) => record[h] ?? '')]);
    expect(problems).toEqual([]);
    const c = campaigns[0];
    expect(c).toMatchObject({ gender: '女', birthdayQuarter: 3, branches: ['后勤分会', '机关分会'], tags: ['劳模'], pickupStart: '2023-06-12', pickupEnd: '2023-06-21' });
    expect(c.sendAt).toEqual(wallClock('2023-06-09', '09:30:00'));
    expect(c.fields['联系人']).toBe('张老师');
    expect(c.fields['领取开始']).toEqual(wallClock('2023-06-12'));
    expect(c.fields).not.toHaveProperty('状态');
    expect(c.approval.state).toBe('已审核');
  });

  it('reports bad values with row and column, and a repeated 活动ID on both rows', () => {
    const rows = [
      { 活动ID: 'X', 活动名称: 'a', 类型: '国庆', 对象性别: '未知', 生日季度: 5, 模板: '端午', 领取开始: '2023-06-21', 领取截止: '2023-06-12' },
      { 活动ID: 'X', 活动名称: 'b', 模板: '' },
      { 活动ID: '', 活动名称: 'c', 模板: '端午' },
    ];
    const { campaigns, problems } = readCampaigns(sheetValues(SHEET.campaigns, rows));
    expect(campaigns.map((c) => c.row)).toEqual([2, 3]);
    expect(problems.map(formatProblem)).toEqual([
      '慰问活动!2 类型: 应为 端午、中秋、元旦、春节、生日、三八、帮扶、其他 之一，现为“国庆”',
      '慰问活动!2 对象性别: 应为空（不限）、“男”或“女”，现为“未知”',
      '慰问活动!2 生日季度: 应为空（不限）或 1–4，现为“5”',
      '慰问活动!2 领取截止: 领取截止（2023-06-12）早于领取开始（2023-06-21）',
      '慰问活动!3 活动ID: 活动ID“X”与第 2 行重复，请改成不重复的编号',
      '慰问活动!2 活动ID: 活动ID“X”与第 3 行重复，请改成不重复的编号',
      '慰问活动!3 模板: 模板为空，请填写“邮件模板”中的一个模板名称',
      '慰问活动!4 活动ID: 活动ID为空，请填写一个不重复的编号（例如 2023-端午）',
    ]);
  });
});
