import { simpleParser, type ParsedMail } from 'mailparser';
import { mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { campaignWorkbook, noticeRun, setCell, setSetting } from '../support/noticeWorkbook';

// Values merged into a notice come from cells anyone with edit access can type into. Sent through
// dist/Code.js to the runner's outbox and read back as a mail program would: no value may add a
// header (a hidden Bcc), and none may become markup in the HTML part.

const SMUGGLED_BCC = '李勇\r\nBcc: evil@example.com';
const MARKUP = '<img src=x onerror="alert(1)">王芳';

describe('a notice whose merged values try to inject headers or markup', () => {
  let mails: ParsedMail[];
  let raw: string[];

  beforeAll(async () => {
    const wb = campaignWorkbook(3);
    setSetting(wb, '每日发信上限', '');
    setSetting(wb, '发件人名称', '校工会\r\nBcc: evil2@example.com');
    const templateRow = wb.sheet('邮件模板')!.dump().findIndex((r) => r[0] === '端午') + 1;
    setCell(wb, '邮件模板', templateRow, '主题', '{{姓名}}：{{活动名称}}');
    setCell(wb, '邮件模板', templateRow, '正文', '<p>尊敬的{{姓名}}老师：</p><p>{{活动名称}}，请到{{领取地点}}领取。</p>');
    setCell(wb, '会员名册', 2, '姓名', SMUGGLED_BCC);
    setCell(wb, '会员名册', 3, '姓名', MARKUP);
    setCell(wb, '慰问活动', 2, '活动名称', '端午<b>慰问</b>\nX-Evil: 1');
    setCell(wb, '慰问活动', 2, '领取地点', '</p><script>steal()</script>');
    const dir = mkdtempSync(join(tmpdir(), 'ud-inject-'));
    const run = noticeRun(wb, { mail: { target: { kind: 'outbox', dir } } });
    try {
      const result = run.call<{ status: string }>('apiSendNotices', { campaignId: '测试-20' });
      expect(result.status).toBe('done');
    } finally {
      (run.mail as unknown as { close(): void }).close();
    }
    const files = readdirSync(dir, { recursive: true }).map(String).filter((f) => f.endsWith('.eml')).sort();
    raw = files.map((f) => readFileSync(join(dir, f), 'utf8'));
    mails = await Promise.all(files.map((f) => simpleParser(readFileSync(join(dir, f)))));
  });

  it('sends each member exactly one mail, to that member only', () => {
    expect(mails.map((m) => (m.to as { text: string }).text)).toEqual(['m1@example.edu.cn', 'm2@example.edu.cn', 'm3@example.edu.cn']);
    for (const m of mails) {
      expect(m.cc).toBeUndefined();
      expect(m.bcc).toBeUndefined();
      expect(m.headers.has('x-evil')).toBe(false);
    }
    for (const r of raw) expect(r.slice(0, r.indexOf('\r\n\r\n'))).not.toMatch(/^(bcc|x-evil):/im);
  });

  it('keeps subject and sender name on one line', () => {
    expect(mails[0].subject).not.toMatch(/[\r\n]/);
    expect(mails[0].subject).toContain('李勇');
    for (const m of mails) expect(m.from!.value[0].name).not.toMatch(/[\r\n]/);
  });

  it('escapes merged values in the HTML part and keeps them readable in the text part', () => {
    const html = mails[1].html as string;
    expect(html).not.toMatch(/<img|<script|<b>慰问/i);
    expect(html).toContain('&lt;img src=x onerror=&quot;alert(1)&quot;&gt;王芳');
    expect(html).toContain('&lt;/p&gt;&lt;script&gt;steal()&lt;/script&gt;');
    expect(mails[1].text).toContain(MARKUP);
  });
});
