import { decodeEntities, htmlToText } from '../../src/notices/htmlToText';

describe('the plain-text alternative of an HTML notice', () => {
  it('keeps paragraphs and line breaks, drops tags, styles and comments', () => {
    expect(htmlToText('<div><p>第一段\n  续行</p><!-- 备注 --><p>第二段<br/>第二行</p></div>')).toBe('第一段 续行\n\n第二段\n第二行');
  });

  it('decodes entities once', () => {
    expect(decodeEntities('&lt;b&gt; &amp;amp; &#20013; &#x6587; &unknown;')).toBe('<b> &amp; 中 文 &unknown;');
  });
});
