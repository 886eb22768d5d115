import { icsDownloadPage } from '../../src/calendar/icsDownloadPage';

describe('icsDownloadPage', () => {
  it('links the file as a data: URL and escapes every text it shows', () => {
    const html = icsDownloadPage({ fileName: '工会<1>.ics', base64: 'QkVHSU4=', summary: '已生成 3 个日历事件。\n工作计划!5 工作内容: <b>空</b>' });
    expect(html).toContain('href="data:text/calendar;charset=utf-8;base64,QkVHSU4=" download="工会&lt;1&gt;.ics"');
    expect(html).toContain('工作计划!5 工作内容: &lt;b&gt;空&lt;/b&gt;');
    expect(html).not.toContain('<b>');
  });
});
