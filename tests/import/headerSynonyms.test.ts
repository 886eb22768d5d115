import { HEADER_SYNONYMS, VALUE_SYNONYMS, headerKey, mapHeaders } from '../../src/import/headerSynonyms';
import { AID_LEDGER_SPEC, ROSTER_SPEC } from '../../src/kernel/sheets/schema';
import { formatProblem } from '../../src/kernel/problem';

const headersOf = (m: ReturnType<typeof mapHeaders>) => m.mapped.map((c) => `${c.source}→${c.header}`);

describe('header synonyms', () => {
  test('an HR export with its own header names maps onto 会员名册', () => {
    const m = mapHeaders(ROSTER_SPEC, ['教工号', '姓名', '性别', '出生年月', '所在分会', '电子邮箱', '手机号码', '参加工作时间'], '人事处导出.xlsx');
    expect(headersOf(m)).toEqual(['教工号→工号', '姓名→姓名', '性别→性别', '出生年月→出生日期', '所在分会→分会', '电子邮箱→邮箱', '手机号码→手机']);
    expect(m.ignored).toEqual([{ index: 7, source: '参加工作时间', reason: '无法识别的列' }]);
    expect(m.problems).toEqual([]);
  });

  test.each([
    ['职工号', '工号'], ['教工号', '工号'], ['人员编号', '工号'],
    ['电子邮箱', '邮箱'], ['Email', '邮箱'], ['E-mail', '邮箱'], ['邮件', '邮箱'], ['EMAIL', '邮箱'],
    ['出生年月', '出生日期'], ['生日', '出生日期'],
    ['所在分会', '分会'], ['部门分会', '分会'],
    ['手机号', '手机'], ['手机号码', '手机'], ['联系电话', '手机'],
  ])('%s is read as %s', (source, header) => {
    expect(mapHeaders(ROSTER_SPEC, [source], 'x').mapped.map((c) => c.header)).toEqual([header]);
  });

  test('spaces, full-width letters, a * marker and a (元) unit do not matter', () => {
    expect(headerKey(' 工 号 ')).toBe('工号');
    expect(headerKey('ＥＭＡＩＬ')).toBe('email');
    expect(headerKey('*姓名')).toBe('姓名');
    expect(headerKey('自付金额（元）')).toBe('自付金额');
    expect(headerKey('医疗总费用(单位：元)')).toBe('医疗总费用');
    const m = mapHeaders(AID_LEDGER_SPEC, ['申请号', '自费金额（元）', '医疗总费用(元)'], 'x');
    expect(headersOf(m)).toEqual(['申请号→申请编号', '医疗总费用(元)→医疗总费用', '自费金额（元）→自付金额']);
  });

  test('two source columns for one header is an error naming both', () => {
    const m = mapHeaders(ROSTER_SPEC, ['工号', '姓名', '职工号'], '导入区');
    expect(m.problems.map(formatProblem)).toEqual(['导入区!1 职工号: “工号”（A 列）和“职工号”（C 列）都对应“工号”，请删除或改名其中一列']);
  });

  test('a column of another sheet is unknown here, and columns the tool computes are not imported', () => {
    expect(mapHeaders(ROSTER_SPEC, ['工号', '病种'], 'x').ignored.map((c) => c.source)).toEqual(['病种']);
    const m = mapHeaders(AID_LEDGER_SPEC, ['申请编号', '应发金额', '核对结果'], 'x');
    expect(m.ignored).toEqual([
      { index: 1, source: '应发金额', reason: '由工具计算，不导入' },
      { index: 2, source: '核对结果', reason: '由工具计算，不导入' },
    ]);
  });

  test('every key of the tables is a header of 会员名册 or 帮扶台账, and no name means two things', () => {
    const headers = new Set([...ROSTER_SPEC.columns, ...AID_LEDGER_SPEC.columns].map((c) => c.header));
    for (const h of [...Object.keys(HEADER_SYNONYMS), ...Object.keys(VALUE_SYNONYMS)]) expect(headers).toContain(h);
    const seen = new Map<string, string>();
    for (const [h, names] of Object.entries(HEADER_SYNONYMS)) {
      for (const n of [h, ...names]) {
        expect(seen.get(headerKey(n)) ?? h).toBe(h);
        seen.set(headerKey(n), h);
      }
    }
  });
});

test('README documents exactly this table', () => {
  const readme = require('node:fs').readFileSync(require('node:path').join(__dirname, '..', '..', 'README.md'), 'utf8') as string;
  for (const [h, names] of Object.entries(HEADER_SYNONYMS)) expect(readme).toContain(`| ${h} | ${names.join(', ')} |`);
  for (const [h, values] of Object.entries(VALUE_SYNONYMS)) {
    expect(readme).toContain(`| ${h} | ${Object.entries(values).map(([k, v]) => `${k} → ${v}`).join(', ')} |`);
  }
});
