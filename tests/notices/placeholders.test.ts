import { placeholdersIn, replacePlaceholders } from '../../src/notices/placeholders';

describe('{{列名}} placeholders', () => {
  it('are found once each, with spaces inside the braces ignored', () => {
    expect(placeholdersIn('{{姓名}}老师，{{ 姓名 }}，{{领取\u3000地点}}，{ {不是} }')).toEqual(['姓名', '领取地点']);
  });

  it('are replaced by name', () => {
    expect(replacePlaceholders('{{ 姓名 }}：{{分会}}', (n) => `[${n}]`)).toBe('[姓名]：[分会]');
  });
});
