import { plainTextToHtml } from '../../src/notices/plainTextToHtml';

it('turns blank lines into paragraphs and single line breaks into <br>, escaping the text', () => {
  expect(plainTextToHtml('尊敬的王老师：\r\n\r\n第一段\n第二行 <b>\n \n\n落款')).toBe('<p>尊敬的王老师：</p>\n<p>第一段<br>\n第二行 &lt;b&gt;</p>\n<p>落款</p>');
});
