import mailTemplates from '../../templates/mailTemplates.json';
import { formatProblem } from '../../src/kernel/problem';
import { readTemplates } from '../../src/notices/readTemplates';
import { SHEET } from '../../src/kernel/sheets/schema';
import { sheetValues } from '../helpers/sheetValues';

describe('邮件模板', () => {
  it('reads the shipped templates by name, bodies with their line breaks', () => {
    const { templates, problems } = readTemplates(sheetValues(SHEET.templates, mailTemplates));
    expect(problems).toEqual([]);
    expect([...templates.keys()]).toEqual(['端午', '中秋', '元旦', '春节', '生日', '三八', '帮扶金到账', '催领']);
    expect(templates.get('端午')!.body).toContain('\n\n');
    expect(templates.get('端午')!.row).toBe(2);
  });

  it('keeps the first of two templates with one name and says so', () => {
    const { templates, problems } = readTemplates(sheetValues(SHEET.templates, [
      { 模板名称: '端午', 主题: '甲', 正文: '一' },
      { 模板名称: '端午', 主题: '乙', 正文: '二' },
      { 模板名称: '空', 主题: '', 正文: ' ' },
    ]));
    expect(templates.get('端午')!.subject).toBe('甲');
    expect(problems.map(formatProblem)).toEqual([
      '邮件模板!3 模板名称: 模板名称“端午”与第 2 行重复，使用的是第 2 行',
      '邮件模板!4 主题: 模板“空”的主题为空',
      '邮件模板!4 正文: 模板“空”的正文为空',
    ]);
  });
});
