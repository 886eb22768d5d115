import type { Fen } from '../../src/kernel/values/fen';
import {
  aidFigures,
  aidHeadline,
  aidRowText,
  aidTotalsText,
  allowanceText,
  calendarApplyText,
  calendarFigures,
  calendarFootnotes,
  calendarHeadline,
  campaignOptionText,
  campaignStateText,
  mailDocument,
  mailPositionText,
  moreText,
  personText,
  progressRatio,
  progressText,
  rowText,
  sendButtonText,
  sendConfirmText,
  signedYuan,
  yuan,
} from '../../src/ui/viewText';
import { fixtureData } from '../support/sidebarFixtures';

const f = (n: number) => n as Fen;

describe('money in the sidebar', () => {
  it('is yuan with two decimals and thousands separators, from integer fen', () => {
    expect(yuan(f(123456789))).toBe('¥1,234,567.89');
    expect(yuan(f(5))).toBe('¥0.05');
    expect(yuan(f(-100000))).toBe('-¥1,000.00');
    expect(yuan(null)).toBe('—');
  });
  it('differences carry their sign', () => {
    expect(signedYuan(f(10000))).toBe('+¥100.00');
    expect(signedYuan(f(-10000))).toBe('-¥100.00');
    expect(signedYuan(f(0))).toBe('¥0.00');
  });
});

describe('日历同步 texts', () => {
  const p = fixtureData('calendarPreview');
  it('counts the four kinds of change', () => {
    expect(calendarFigures(p)).toEqual([
      { label: '新建', value: '1' },
      { label: '更新', value: '1' },
      { label: '删除', value: '1' },
      { label: '不变', value: '33' },
    ]);
    expect(calendarHeadline(p)).toBe('2023 年工作计划与日历“四川农业大学工会（示例）”相比有 3 项变更，确认后才会写入日历。');
  });
  it('says when nothing needs syncing', () => {
    expect(calendarHeadline({ ...p, calendarName: '', counts: { create: 0, update: 0, delete: 0, unchanged: 35 } })).toBe('2023 年工作计划与共享日历一致，无需同步。');
  });
  it('explains the events left alone and the rows skipped', () => {
    expect(calendarFootnotes(p)).toEqual([
      '日历上另有 2 个事件不在本次同步之列（他人创建的、其他年度的，或所在行有问题暂不处理的），保持不变。',
      '1 行有问题，将被跳过，其余各行照常同步。',
    ]);
    expect(calendarFootnotes({ ...p, untouched: 0, problems: [], notes: ['将新建日历'] })).toEqual(['将新建日历']);
  });
  it('reports an apply, and a partial one', () => {
    const a = fixtureData('calendarApply');
    expect(calendarApplyText(a)).toBe('新建 1，更新 1，删除 1');
    expect(calendarApplyText({ ...a, finished: false, counts: { ...a.counts, failed: 2 } })).toBe('新建 1，更新 1，删除 1，失败 2（尚未全部完成，剩余部分几分钟后自动继续；如果今天的触发器运行时间已用完（gmail.com 账号每天 90 分钟），Google 会暂停它，待配额恢复（最迟约 25 小时后）自动继续，无需再次点击）');
  });
  it('lists are cut with a note of how many are left out', () => {
    expect(moreText(40, 25)).toBe('另有 15 项未列出');
    expect(moreText(3, 3)).toBe('');
    expect(rowText('工作计划', 25)).toBe('工作计划 第 25 行');
    expect(rowText('帮扶标准', null)).toBe('帮扶标准');
  });
});

describe('慰问通知 texts', () => {
  const p = fixtureData('noticePreview');
  it('names the campaign and its state', () => {
    expect(campaignOptionText(p.campaign)).toBe('2023年端午节慰问品发放（草稿）');
    expect(campaignStateText(p)).toBe('状态：草稿，计划发送时间 2023-06-09 09:00');
    expect(campaignStateText({ ...p, stateNote: '审核后被修改过，需要重新审核', campaign: { ...p.campaign, state: '草稿', sendAt: null } })).toBe('状态：草稿。审核后被修改过，需要重新审核');
  });
  it('warns when today’s quota will not cover everyone', () => {
    expect(allowanceText(p)).toBe('今天的发信额度还剩 90 封，足够全部发出。');
    expect(allowanceText({ ...p, allowance: 40 })).toBe('今天的发信额度只剩 40 封：先发 40 封，其余 16 封留待以后继续发送。');
    expect(allowanceText({ ...p, allowance: null })).toBe('');
    expect(sendConfirmText({ ...p, allowance: 40 })).toBe('确定向 56 人发送“2023年端午节慰问品发放”吗（今天先发 40 封）？已发送过的人不会重复收到。');
  });
  it('the send button says how many will get a mail', () => {
    expect(sendButtonText(p)).toBe('发送（56 人）');
    expect(sendButtonText(null)).toBe('发送');
    expect(sendButtonText({ ...p, counts: { ...p.counts, toSend: 0 } })).toBe('发送');
  });
  it('people and mails', () => {
    expect(personText(p.skipped[0])).toBe('郭勇（001289）：会员名册中没有邮箱');
    expect(personText(p.toSend[0])).toBe('王秀英（001000）');
    expect(mailPositionText(0, 3)).toBe('第 1 封，共 3 封');
    expect(mailPositionText(0, 0)).toBe('没有可预览的邮件');
    // A fragment gets a document around it; a full document is left as it is.
    expect(mailDocument('<p>尊敬的王秀英老师：</p>')).toMatch(/^<!DOCTYPE html><html><head><meta charset="utf-8"><style>body\{font-family:Arial.*<\/style><\/head><body><p>尊敬的王秀英老师：<\/p><\/body><\/html>$/);
    expect(mailDocument('<!doctype html><html><body>x</body></html>')).toBe('<!doctype html><html><body>x</body></html>');
  });
  it('progress counts what is settled', () => {
    const running = fixtureData('sendProgress');
    expect(progressText(running)).toBe('已发送 20 / 56');
    expect(progressRatio(running)).toBeCloseTo(20 / 56);
    const done = fixtureData('sendDone');
    expect(progressText(done)).toBe('已发送 56 / 56（跳过 2）');
    expect(progressText({ ...done, sent: 54, failed: 2 })).toBe('已发送 54 / 56（失败 2，跳过 2）');
    expect(progressRatio(done)).toBe(1);
    const quota = { ...running, phase: 'stopped' as const, sent: 40, remaining: 16 };
    expect(progressText(quota)).toBe('已发送 40 / 56（待以后发送 16）');
    expect(progressRatio({ ...running, total: 0, sent: 0, phase: 'done' })).toBe(1);
    expect(progressRatio({ ...running, total: 0, sent: 0, phase: 'idle' })).toBe(0);
  });
});

describe('帮扶核算 texts', () => {
  // Recorded from the bundle's 核算帮扶金 on the sample workbook.
  const v = fixtureData('aidCheck');
  it('summarises the check', () => {
    expect(aidFigures(v).map((x) => `${x.label}${x.value}`)).toEqual(['行数25', '一致18', '不一致2', '待发放1', '错误4']);
    expect(aidTotalsText(v)).toBe('应发合计 ¥83,000.01，实发合计 ¥86,000.00，差额 +¥2,999.99');
    expect(aidHeadline(v)).toBe('7 行需要处理，点击可在表格中定位到该行。');
    expect(aidHeadline({ ...v, attention: [] })).toBe('全部 25 行核对一致。');
  });
  it('each row says what is wrong in one line', () => {
    expect(v.attention.map(aidRowText)).toEqual([
      '第 14 行 朱志强 · 不一致 差额 -¥1,000.00',
      '第 24 行 梁敏 · 不一致 差额 -¥0.01',
      '第 20 行 林刚 · 错误',
      '第 16 行 赵无名 · 错误',
      '第 25 行 宋明 · 错误',
      '第 26 行 曹刚 · 错误',
      '第 13 行 胡晓燕 · 待发放 应发 ¥2,000.00',
    ]);
  });
});
