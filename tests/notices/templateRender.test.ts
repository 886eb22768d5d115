import mailTemplates from '../../templates/mailTemplates.json';
import type { MailTemplate } from '../../src/notices/mailTemplate';
import { formatProblem } from '../../src/kernel/problem';
import { isHtmlBody, type PlaceholderSource, renderMail, unknownPlaceholders } from '../../src/notices/templateRender';
import { wallClock } from '../../src/kernel/values/cell';

const member = (name: string): PlaceholderSource => ({ label: '会员名册', values: { 工号: '001', 姓名: name, 分会: '后勤分会', 邮箱: 'a@example.edu.cn' } });
const campaign: PlaceholderSource = {
  label: '慰问活动',
  values: { 活动ID: '2023-端午', 活动名称: '2023年端午节慰问品发放', 分会: '', 领取地点: '雅安校区工会办公室', 领取开始: wallClock('2023-06-12'), 领取截止: wallClock('2023-06-21'), 计划发送时间: wallClock('2023-06-09', '09:00:00') },
};
const settings: PlaceholderSource = { label: '设置', values: { 单位名称: '四川农业大学工会', 发件人名称: '校工会' } };

function template(subject: string, body: string): MailTemplate {
  return { row: 2, name: '测试', subject, body };
}

describe('rendering a notice', () => {
  it('fills the 端午 template: Chinese subject, dates as 2023年6月20日, paragraphs from blank lines', () => {
    const duanwu = mailTemplates.find((t) => t.模板名称 === '端午')!;
    const { mail, missing, blank } = renderMail({ row: 2, name: '端午', subject: duanwu.主题, body: duanwu.正文 }, [member('王秀英'), campaign, settings]);
    expect(missing).toEqual([]);
    expect(blank).toEqual([]);
    expect(mail.subject).toBe('【四川农业大学工会】端午安康｜2023年端午节慰问品发放领取通知');
    expect(mail.text).toContain('尊敬的王秀英老师：');
    expect(mail.text).toContain('请于2023年6月12日至2023年6月21日期间到雅安校区工会办公室领取');
    expect(mail.html.match(/<p>/g)).toHaveLength(mail.text.split('\n\n').length);
    expect(mail.html).toContain('<p>尊敬的王秀英老师：</p>');
  });

  it('every shipped template uses only placeholders the roster, campaign and settings provide', () => {
    const sources = [
      { label: '会员名册', names: Object.keys(member('x').values) },
      { label: '帮扶台账', names: ['年度', '实发金额', '发放日期'] },
      { label: '慰问活动', names: Object.keys(campaign.values) },
      { label: '设置', names: Object.keys(settings.values) },
    ];
    for (const t of mailTemplates) expect(unknownPlaceholders({ row: 2, name: t.模板名称, subject: t.主题, body: t.正文 }, sources)).toEqual([]);
  });

  it('escapes a name with <script>, & and quotes in the HTML body and keeps it verbatim in the text', () => {
    const name = `<script>alert("x")</script> Tom & 'Jerry'`;
    const plain = renderMail(template('{{姓名}}，您好', '尊敬的{{姓名}}：\n\n节日快乐'), [member(name)]).mail;
    expect(plain.html).toContain('&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; Tom &amp; &#39;Jerry&#39;');
    expect(plain.html).not.toContain('<script>');
    expect(plain.text).toContain(name);
    expect(plain.subject).toBe(`${name}，您好`);

    const html = renderMail(template('通知', '<p>尊敬的<b>{{姓名}}</b>：</p><p><a href="mailto:{{邮箱}}?subject={{姓名}}">回复</a></p>'), [member(name)]).mail;
    expect(html.html).toBe('<p>尊敬的<b>&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; Tom &amp; &#39;Jerry&#39;</b>：</p><p><a href="mailto:a@example.edu.cn?subject=&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; Tom &amp; &#39;Jerry&#39;">回复</a></p>');
    expect(html.text).toBe(`尊敬的${name}：\n\n回复`);
  });

  it('always produces a plain-text alternative of an HTML body', () => {
    const { mail } = renderMail(template('通知', '<html><head><style>p{color:red}</style></head><body><h2>端午安康</h2><p>{{姓名}}老师：<br>请到&nbsp;工会&amp;办公室领取。</p><ul><li>粽子</li><li>咸鸭蛋</li></ul></body></html>'), [member('李勇')]);
    expect(isHtmlBody('<p>x</p>')).toBe(true);
    expect(isHtmlBody('尊敬的 a<b 老师')).toBe(false);
    expect(mail.text).toBe('端午安康\n\n李勇老师：\n请到 工会&办公室领取。\n\n• 粽子\n• 咸鸭蛋');
  });

  it('takes a value from the member first, then the aid row, the campaign and the settings', () => {
    const aid: PlaceholderSource = { label: '帮扶台账', values: { 分会: '台账里的分会', 实发金额: 3000, 活动名称: '台账' } };
    const t = template('x', '{{分会}}|{{实发金额}}|{{活动名称}}|{{单位名称}}|{{ 领取 地点 }}');
    expect(renderMail(t, [member('李勇'), aid, campaign, settings]).mail.text).toBe('后勤分会|3000|台账|四川农业大学工会|雅安校区工会办公室');
  });

  it('a placeholder nothing provides blocks the send, naming the template and the placeholder', () => {
    const t = { row: 5, name: '端午', subject: '{{活动名称}}', body: '请于{{领取时间}}领取，{{姓名}}' };
    const problems = unknownPlaceholders(t, [{ label: '会员名册', names: ['姓名'] }, { label: '慰问活动', names: ['活动名称'] }, { label: '设置', names: [] }]);
    expect(problems.map(formatProblem)).toEqual(['邮件模板!5 正文: 模板“端午”的占位符{{领取时间}}没有对应的数据：会员名册、慰问活动、设置中都没有“领取时间”这一列，请改正占位符或补上这一列']);
    expect(renderMail(t, [member('李勇')]).missing).toEqual(['活动名称', '领取时间']);
  });

  it('a placeholder missing a brace blocks the send instead of reaching every member as typed', () => {
    const t = { row: 10, name: '端午', subject: '{{活动名称}领取通知', body: '请于{{领取截止}}前到{{领取地点领取，{{姓名}}' };
    const problems = unknownPlaceholders(t, [{ label: '会员名册', names: ['姓名'] }, { label: '慰问活动', names: ['活动名称', '领取截止', '领取地点'] }]);
    expect(problems.map(formatProblem)).toEqual([
      '邮件模板!10 主题: 模板“端午”的主题中“{{活动名称}领取通知”不是完整的占位符：占位符要写成 {{列名}}（前后各两个大括号），请改正',
      '邮件模板!10 正文: 模板“端午”的正文中“{{领取地点领取，”不是完整的占位符：占位符要写成 {{列名}}（前后各两个大括号），请改正',
    ]);
  });

  it('removes CR/LF from the subject so a merged value cannot add a mail header', () => {
    const { mail } = renderMail(template('{{姓名}} 的通知', '正文'), [member('李勇\r\nBcc: evil@example.com')]);
    expect(mail.subject).toBe('李勇 Bcc: evil@example.com 的通知');
    expect(mail.subject).not.toMatch(/[\r\n]/);
  });

  it('reports placeholders that are blank for this person, and renders a time of day when there is one', () => {
    const r = renderMail(template('x', '{{手机}}|{{计划发送时间}}'), [{ label: '会员名册', values: { 手机: '' } }, campaign]);
    expect(r.blank).toEqual(['手机']);
    expect(r.mail.text).toBe('|2023年6月9日 09:00');
  });
});
