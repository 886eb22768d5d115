import { htmlEscape } from '../../../src/kernel/text/htmlEscape';

it('escapes the five characters that can end text or an attribute in HTML', () => {
  expect(htmlEscape(`<a href="x">Tom & 'Jerry'</a>`)).toBe('&lt;a href=&quot;x&quot;&gt;Tom &amp; &#39;Jerry&#39;&lt;/a&gt;');
  expect(htmlEscape('王秀英')).toBe('王秀英');
  expect(htmlEscape('&amp;')).toBe('&amp;amp;');
});
