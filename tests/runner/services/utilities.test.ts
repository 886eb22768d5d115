import { createHash, createHmac } from 'node:crypto';
import { CallLog } from '../../../runner/services/callLog';
import { createUtilities, formatDate } from '../../../runner/services/utilities';

const U = createUtilities(new CallLog());
const instant = new Date('2023-06-21T16:05:09.007Z'); // 2023-06-22 00:05:09.007 in Shanghai

test.each([
  ['Asia/Shanghai', 'yyyy-MM-dd', '2023-06-22'],
  ['Asia/Shanghai', "yyyy-MM-dd'T'HH:mm:ss.SSSXXX", '2023-06-22T00:05:09.007+08:00'],
  ['Asia/Shanghai', 'yy/M/d H:m:s', '23/6/22 0:5:9'],
  ['Asia/Shanghai', 'EEE, d MMM yyyy HH:mm:ss Z', 'Thu, 22 Jun 2023 00:05:09 +0800'],
  ['Asia/Shanghai', 'EEEE MMMM', 'Thursday June'],
  ['Asia/Shanghai', 'hh:mm a', '12:05 AM'],
  ['Asia/Shanghai', "yyyy年M月d日 'at' ''HH''", "2023年6月22日 at '00'"],
  ['America/Los_Angeles', 'yyyy-MM-dd HH:mm XXX', '2023-06-21 09:05 -07:00'],
  ['UTC', "yyyyMMdd'T'HHmmss'Z'", '20230621T160509Z'],
  ['UTC', 'XXX', 'Z'],
  ['Asia/Kolkata', 'HH:mm Z', '21:35 +0530'],
])('formatDate in %s with %s', (tz, pattern, expected) => {
  expect(U.formatDate(instant, tz, pattern)).toBe(expected);
});

test('an unknown time zone id falls back to GMT, as java.util.TimeZone does', () => {
  expect(formatDate(instant, 'China/Beijing', 'HH:mm')).toBe('16:05');
});

test('formatDate without a Date is rejected like Apps Script', () => {
  expect(() => U.formatDate('2023-06-22' as unknown as Date, 'UTC', 'yyyy')).toThrow(/don't match the method signature/);
});

function signed(buf: Buffer): number[] {
  return [...buf].map((b) => (b > 127 ? b - 256 : b));
}

test('computeDigest returns signed bytes equal to Node crypto', () => {
  const text = '工会助手 2023-端午';
  const bytes = U.computeDigest(U.DigestAlgorithm.SHA_256, text);
  expect(bytes).toEqual(signed(createHash('sha256').update(text, 'utf8').digest()));
  expect(bytes.some((b) => b < 0)).toBe(true);
  expect(U.computeDigest(U.DigestAlgorithm.MD5, 'abc', U.Charset.US_ASCII)).toEqual(signed(createHash('md5').update('abc').digest()));
  expect(U.computeHmacSha256Signature('data', 'key')).toEqual(signed(createHmac('sha256', 'key').update('data').digest()));
  // Digest of a byte array (as returned by another Utilities call).
  expect(U.computeDigest(U.DigestAlgorithm.SHA_1, [-1, 0, 1] as unknown as string)).toEqual(signed(createHash('sha1').update(Buffer.from([255, 0, 1])).digest()));
});

test('base64 in both directions, web-safe keeps padding', () => {
  expect(U.base64Encode('工会')).toBe(Buffer.from('工会').toString('base64'));
  expect(U.base64EncodeWebSafe([-5, -1] as unknown as string)).toBe('-_8=');
  expect(U.base64Decode('+/8=')).toEqual([-5, -1]);
  expect(U.newBlob(U.base64Decode(U.base64Encode('慰问')), 'text/plain', 'a.txt').getDataAsString()).toBe('慰问');
});

test('formatString, getUuid and sleep', () => {
  expect(U.formatString('%s 共 %d 人，%.2f 元，%05d', '端午', 12, 3.14159, 42)).toBe('端午 共 12 人，3.14 元，00042');
  expect(U.getUuid()).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
  const t0 = Date.now();
  U.sleep(30);
  expect(Date.now() - t0).toBeGreaterThanOrEqual(25);
});
