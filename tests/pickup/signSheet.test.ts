import { latestPickups } from '../../src/pickup/pickupRecord';
import { branchesOf, signSheetHtml } from '../../src/pickup/signSheet';
import { audienceOf, dragonBoat, pickup } from './pickupFixture';

describe('the 签领单 page', () => {
  const d = dragonBoat();
  const audience = audienceOf(d);

  it('has one section per 分会, members in roster order, the collected ones marked', () => {
    const html = signSheetHtml({ unitName: '示例大学工会', audience, pickups: latestPickups([pickup('001000', '本人', { time: '2023-06-13 10:05:00' }), pickup('001102', '代领', { proxy: '赵家属' })]) });
    const sections = html.split('<section class="branch">').slice(1);
    expect(sections).toHaveLength(branchesOf(audience).length);
    expect(sections[0]).toContain('<h2>农学院分会（11 人）</h2>');
    expect(sections[0]).toContain('<h1>2023年端午节慰问品发放 签领单</h1>');
    expect(sections[0]).toContain('领取地点：各校区工会办公室　领取时间：2023-06-12 至 2023-06-21');
    expect(sections[0]).toContain('<td>001000</td><td>王秀英</td><td class="done">已领（本人，06-13 10:05）</td><td></td>');
    expect(sections[0]).toContain('<td>001102</td><td>赵子涵</td><td></td><td class="done">已代领：赵家属（06-13 10:00）</td>');
    const order = [...sections[0].matchAll(/<td>(\d{6})<\/td>/g)].map((m) => m[1]);
    expect(order).toEqual(audience.members.filter((m) => m.branch === '农学院分会').map((m) => m.id));
    expect(html).toMatch(/@page \{ size: A4;/);
    expect(html).toContain('counter(page)');
  });

  it('escapes every value from the sheets', () => {
    const hostile = { ...d, members: d.members.map((m) => (m.id === '001000' ? { ...m, name: '<script>alert(1)</script>', branch: 'A&B "分会"' } : m)) };
    const html = signSheetHtml({ unitName: '<b>工会</b>', audience: audienceOf(hostile), pickups: latestPickups([pickup('001000', '代领', { proxy: '<img src=x onerror=alert(1)>' })]) });
    expect(html).not.toMatch(/<script>|<img|<b>工会/);
    expect(html).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
    expect(html).toContain('A&amp;B &quot;分会&quot;（1 人）');
    expect(html).toContain('&lt;b&gt;工会&lt;/b&gt;');
  });
});
