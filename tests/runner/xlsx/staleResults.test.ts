import { dropStaleResults } from '../../../runner/xlsx/staleResults';

test('a formula reading a changed sheet loses its cached result; its formula, style and the other cells stay', () => {
  const xml = '<sheetData><row r="2"><c r="A2" t="s"><v>0</v></c><c r="B2" s="3" t="n"><f>SUM(帮扶台账!L2:L26)</f><v>0</v></c>'
    + '<c r="C2" s="3"><f>SUM(\'会员 名册\'!A:A)</f><v>5</v></c><c r="D2"><f>A2*2</f><v>0</v></c>'
    + '<c r="E2" t="str"><f t="shared" ref="E2:F2" si="0">帮扶台账!A1</f><v>x</v></c><c r="F2" t="str"><f t="shared" si="0"/><v>y</v></c></row></sheetData>';
  const out = dropStaleResults(xml, ['帮扶台账'])!;
  expect(out).toContain('<c r="B2" s="3"><f>SUM(帮扶台账!L2:L26)</f></c>');
  expect(out).toContain('<c r="E2"><f t="shared" ref="E2:F2" si="0">帮扶台账!A1</f></c>');
  expect(out).toContain('<c r="F2"><f t="shared" si="0"/></c>');
  expect(out).toContain('<c r="C2" s="3"><f>SUM(\'会员 名册\'!A:A)</f><v>5</v></c>');
  expect(out).toContain('<c r="D2"><f>A2*2</f><v>0</v></c>');
  expect(dropStaleResults(xml, ['会员 名册'])).toContain('<c r="C2" s="3"><f>SUM(\'会员 名册\'!A:A)</f></c>');
  expect(dropStaleResults(xml, ['节假日'])).toBeUndefined();
});
