import { formatProblem } from '../../../src/kernel/problem';
import { readSettings } from '../../../src/kernel/sheets/readSettings';

describe('设置', () => {
  it('applies docs/architecture.md’s defaults when the sheet is missing', () => {
    const { settings, problems } = readSettings(null, 2026);
    expect(problems).toEqual([]);
    expect(settings).toMatchObject({ planYear: 2026, planStartMonth: 2, timeZone: 'Asia/Shanghai', pickupWindowDays: 10, tierBoundary: 'lower', applicationsPerYear: 1, retireesMayApply: false, yearlyAidCap: null, dailyMailLimit: null, admins: [] });
  });

  it('reads the clerk’s values, whatever order the rows are in', () => {
    const { settings } = readSettings([
      ['项目', '值'],
      ['管理员', 'Chen@Example.edu.cn, li@example.edu.cn'],
      ['档位边界', '含上限'],
      ['年度帮扶上限', '3万'],
      ['计划年度', 2025],
      ['退休人员可申请', '是'],
      ['每日发信上限', 50],
    ], 2026);
    expect(settings).toMatchObject({ planYear: 2025, tierBoundary: 'upper', yearlyAidCap: 3000000, retireesMayApply: true, dailyMailLimit: 50, admins: ['chen@example.edu.cn', 'li@example.edu.cn'] });
  });

  it('names the row of a bad value and falls back to the default', () => {
    const { settings, problems } = readSettings([['项目', '值'], ['计划年度', '二〇二三'], ['计划起始月份', 13]], 2026);
    expect(settings.planYear).toBe(2026);
    expect(settings.planStartMonth).toBe(2);
    expect(problems.map(formatProblem)).toEqual([
      '设置!2 值: 计划年度：“二〇二三”不是 2000–2100 之间的整数，已按 2026 处理',
      '设置!3 值: 计划起始月份：“13”不是 1–12 之间的整数，已按 2 处理',
    ]);
  });
});

describe('设置 typed with a Chinese input method', () => {
  it('reads full-width digits in whole-number settings', () => {
    const { settings, problems } = readSettings([['项目', '值'], ['计划年度', '２０２４'], ['领取窗口天数', '１０'], ['每日发信上限', '８０']], 2026);
    expect(problems).toEqual([]);
    expect(settings).toMatchObject({ planYear: 2024, pickupWindowDays: 10, dailyMailLimit: 80 });
  });
});

describe('管理员 lists', () => {
  it('accepts commas of either width, 、, semicolons, spaces and line breaks between addresses', () => {
    const { settings } = readSettings([['项目', '值'], ['管理员', 'a@x.cn，b@x.cn、c@x.cn; d@x.cn e@x.cn\nF@X.cn']], 2026);
    expect(settings.admins).toEqual(['a@x.cn', 'b@x.cn', 'c@x.cn', 'd@x.cn', 'e@x.cn', 'f@x.cn']);
  });
});
