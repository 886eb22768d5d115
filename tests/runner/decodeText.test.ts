import { decodeText } from '../../runner/decodeText';
import { GB, gbBytes as bytes } from '../support/gb18030';


describe('the encoding of a CSV is detected, not asked for', () => {
  test('GB18030, as Chinese Excel saves "CSV (逗号分隔)"', () => {
    const r = decodeText(bytes(GB.工号, ',', GB.姓名, '\r\n001024,', GB.张三));
    expect(r).toEqual({ text: '工号,姓名\r\n001024,张三', encoding: 'gb18030' });
  });

  test('UTF-8 with the BOM Excel writes for "CSV UTF-8", and without', () => {
    const utf8 = new TextEncoder().encode('工号,姓名\n001024,张三');
    expect(decodeText(Uint8Array.from([0xef, 0xbb, 0xbf, ...utf8]))).toEqual({ text: '工号,姓名\n001024,张三', encoding: 'utf-8' });
    expect(decodeText(utf8)).toEqual({ text: '工号,姓名\n001024,张三', encoding: 'utf-8' });
  });

  test('UTF-16 with a BOM (Excel "Unicode text")', () => {
    const le = Buffer.from('\ufeff工号\t姓名', 'utf16le');
    expect(decodeText(le)).toEqual({ text: '工号\t姓名', encoding: 'utf-16le' });
  });
});
