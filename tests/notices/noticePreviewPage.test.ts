import type { NoticePreview } from '../../src/notices/noticePreview';
import { noticePreviewPage } from '../../src/notices/noticePreviewPage';

const preview: NoticePreview = {
  campaignId: '2023-端午', campaignName: '端午 & <b>', state: '草稿', stateReason: '', templateName: '端午',
  toSend: [{ memberId: '1', name: '<img src=x onerror=alert(1)>', email: 'a@example.edu.cn', note: '' }],
  skipped: [{ memberId: '2', name: '郭勇', email: '', note: '会员名册中没有邮箱' }],
  alreadySent: [], inFlight: [],
  mails: [{ to: 'a@example.edu.cn', name: 'x', subject: '"主题"', text: '', html: '<p>尊敬的 &lt;b&gt; 老师</p><script>alert(2)</script>' }],
  allowance: Infinity, blocked: false,
};

describe('the preview dialog', () => {
  const page = noticePreviewPage(preview, ['会员名册!31 邮箱: <bad>']);

  it('escapes every value from the workbook', () => {
    expect(page).not.toContain('<img');
    expect(page).toContain('&lt;img src=x onerror=alert(1)&gt;');
    expect(page).toContain('端午 &amp; &lt;b&gt;');
    expect(page).toContain('会员名册!31 邮箱: &lt;bad&gt;');
    expect(page).toContain('&quot;主题&quot;');
  });

  it('shows each mail in a sandboxed frame, so its HTML cannot run in the dialog', () => {
    expect(page).toContain('<iframe sandbox srcdoc="&lt;p&gt;尊敬的 &amp;lt;b&amp;gt; 老师&lt;/p&gt;&lt;script&gt;alert(2)&lt;/script&gt;"></iframe>');
    expect(page).not.toContain('<script>');
  });

  it('counts who the campaign leaves out, and why', () => {
    expect(noticePreviewPage({ ...preview, leftOut: [{ reason: '退休', count: 4 }, { reason: '性别', count: 30 }] }, [])).toContain('<p>未列入 34 人：退休 4 人，性别不符 30 人。</p>');
    expect(page).not.toContain('未列入');
  });

  it('says there is no daily limit when there is none', () => {
    expect(page).toContain('今天还可发送 不限 封');
  });
});
