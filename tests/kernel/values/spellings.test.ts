// One table of spellings (tests/support/valueSpellings.ts) through every reader and every sheet
// reader that takes such a cell: each accepts and refuses exactly the same cells.
import { amountCell } from '../../../src/kernel/values/amountCell';
import { normaliseImportCell } from '../../../src/import/normaliseImportCell';
import { readClosedList } from '../../../src/kernel/values/closedList';
import { readDate, readFullDate } from '../../../src/kernel/values/dateValue';
import { readEmail } from '../../../src/kernel/values/emailValue';
import { memberIdKey, readMemberId } from '../../../src/kernel/values/memberIdValue';
import { readMemberStatus } from '../../../src/kernel/values/memberStatusValue';
import { readMonth } from '../../../src/calendar/monthValue';
import { readPercent } from '../../../src/kernel/values/percentValue';
import { normalisePhone } from '../../../src/kernel/values/phoneValue';
import { type Cell, cellText, wallClock } from '../../../src/kernel/values/cell';
import { readAidLedger } from '../../../src/aid/readAidLedger';
import { readAidTiers } from '../../../src/aid/readAidTiers';
import { readCampaigns } from '../../../src/notices/readCampaigns';
import { readMembers } from '../../../src/kernel/members/readMembers';
import { readPlan } from '../../../src/calendar/readPlan';
import { AID_LEDGER_SPEC, ROSTER_SPEC } from '../../../src/kernel/sheets/schema';
import { DEFAULT_AID_SETTINGS } from '../../support/aidTables';
import {
  BAD_EMAILS, DAY_SPELLINGS, GOOD_EMAILS, MARCH_SPELLINGS, MEMBER_ID_SPELLINGS, MONEY_SPELLINGS, NEXT_JANUARY_SPELLINGS,
  NOT_DATES, PERCENT_SPELLINGS, PHONE_SPELLINGS, STATUS_SPELLINGS, YEAR_MONTH_SPELLINGS,
} from '../../support/valueSpellings';

const PLAN = { planYear: 2023, planStartMonth: 2 };
const SETTINGS = { ...DEFAULT_AID_SETTINGS, planYear: 2023, planStartMonth: 2 } as never;
const col = (header: string) => [...ROSTER_SPEC.columns, ...AID_LEDGER_SPEC.columns].find((c) => c.header === header)!;
const show = (c: Cell) => JSON.stringify(c);

const roster = (cells: Record<string, Cell>[]) => readMembers([
  ['工号', '姓名', '出生日期', '手机', '会员状态', '邮箱'],
  ...cells.map((c, i) => [c.工号 ?? `00${1100 + i}`, `会员${i}`, c.出生日期 ?? '', c.手机 ?? '', c.会员状态 ?? '', c.邮箱 ?? '']),
]);
const plan = (cells: { 月份?: Cell; 开始日期?: Cell }[]) => readPlan([
  ['月份', '工作内容', '开始日期'],
  ...cells.map((c) => [c.月份 ?? '六月', '工作', c.开始日期 ?? '']),
], SETTINGS);
const ledger = (cells: { 发放日期?: Cell; 自付金额?: Cell }[]) => readAidLedger([
  ['申请编号', '年度', '工号', '姓名', '自付金额', '实发金额', '发放日期'],
  ...cells.map((c, i) => [`A${i}`, 2023, '001051', '刘浩', c.自付金额 ?? 100, 100, c.发放日期 ?? '']),
]);
const pickupStart = (cell: Cell) => readCampaigns([['活动ID', '活动名称', '类型', '模板', '领取开始'], ['X', '端午慰问', '端午', '端午', cell]]);

describe.each(DAY_SPELLINGS.map((s) => [show(s.cell), s] as const))('the day 2023-06-20 written %s', (_, { cell, needsPlanYear }) => {
  test('工作计划 开始日期 (a date without a year takes 计划年度)', () => {
    expect(readFullDate(cell, PLAN)).toMatchObject({ ok: true, kind: 'day', date: '2023-06-20' });
    expect(plan([{ 开始日期: cell }]).items.map((i) => i.start?.date)).toEqual(['2023-06-20']);
  });

  test(needsPlanYear ? 'is refused where no plan year places it (出生日期, 发放日期, 领取开始, import)' : '出生日期, 发放日期, 领取开始 and import read it alike', () => {
    const member = roster([{ 出生日期: cell }]).members[0];
    const paid = ledger([{ 发放日期: cell }]).applications[0];
    const campaign = pickupStart(cell);
    const imported = normaliseImportCell(col('出生日期'), cell);
    if (needsPlanYear) {
      expect(readDate(cell).ok).toBe(false);
      expect([member.birthDate, member.birthProblem !== undefined, paid.paidDate, paid.problems.length > 0, campaign.problems.length > 0, imported.ok]).toEqual([null, true, null, true, true, false]);
    } else {
      expect(readDate(cell)).toMatchObject({ ok: true, kind: 'day', date: '2023-06-20' });
      expect([member.birthDate, member.birthMonth, paid.paidDate, campaign.campaigns[0]?.pickupStart, imported]).toEqual(['2023-06-20', 6, '2023-06-20', '2023-06-20', { ok: true, value: wallClock('2023-06-20') }]);
    }
  });
});

test.each(YEAR_MONTH_SPELLINGS.map((c) => [show(c), c]))('the year-month 1985-03 written %s: a birth month everywhere, never the 1st, never a plan date', (_, cell) => {
  expect(readDate(cell)).toMatchObject({ ok: true, kind: 'month', yearMonth: '1985-03', month: 3 });
  const member = roster([{ 出生日期: cell }]).members[0];
  expect([member.birthDate, member.birthMonth]).toEqual([null, 3]);
  expect(normaliseImportCell(col('出生日期'), cell)).toEqual({ ok: true, value: '1985-03' });
  expect(plan([{ 开始日期: cell }]).items).toEqual([]);
  expect(readFullDate(cell).ok).toBe(false);
});

test.each(NOT_DATES.map((c) => [show(c), c]))('%s is no date to any reader', (_, cell) => {
  expect(readDate(cell, PLAN).ok).toBe(false);
  expect(normaliseImportCell(col('出生日期'), cell).ok).toBe(false);
  expect(roster([{ 出生日期: cell }]).problems.map((p) => p.column)).toEqual(['出生日期']);
  expect(plan([{ 开始日期: cell }]).problems.map((p) => p.column)).toEqual(['开始日期']);
  expect(ledger([{ 发放日期: cell }]).applications[0].problems.map((p) => p.column)).toEqual(['发放日期']);
});

test.each([...MARCH_SPELLINGS.map((c) => [show(c), c, 2023, 3]), ...NEXT_JANUARY_SPELLINGS.map((c) => [show(c), c, 2024, 1])] as [string, Cell, number, number][])(
  '月份 %s', (_, cell, year, month) => {
    expect(readMonth(cell, PLAN)).toEqual({ ok: true, month: { year, month } });
    expect(plan([{ 月份: cell }]).items.map((i) => i.month)).toEqual([{ year, month }]);
  });

test('a date without a year across the year end: 12月31日 in 计划年度, 1月2日 in the next', () => {
  expect(plan([{ 开始日期: '12月31日' }, { 开始日期: '1月2日' }]).items.map((i) => i.start?.date)).toEqual(['2023-12-31', '2024-01-02']);
});

describe.each(Object.entries(STATUS_SPELLINGS))('会员状态 %s', (status, spellings) => {
  test.each(spellings.map((c) => [show(c), c]))('written %s: the roster and import read it alike', (_, cell) => {
    expect(readMemberStatus(cell)).toEqual({ ok: true, status });
    expect(roster([{ 会员状态: cell }]).members.map((m) => m.status)).toEqual([status]);
    expect(normaliseImportCell(col('会员状态'), cell)).toEqual({ ok: true, value: cellText(cell) === '' ? '' : status });
  });
});

test('an unknown 会员状态 is refused by every reader, naming the synonyms it knows', () => {
  expect(readMemberStatus('停薪')).toMatchObject({ ok: false });
  expect(roster([{ 会员状态: '停薪' }]).members).toEqual([]);
  expect(normaliseImportCell(col('会员状态'), '停薪')).toEqual(readClosedList('会员状态', ['在册', '退休', '离校'], '停薪'));
});

test.each(PHONE_SPELLINGS.map((c) => [show(c), c]))('手机 %s is 13910104729 to the roster and to import', (_, cell) => {
  expect(normalisePhone(cellText(cell))).toBe('13910104729');
  expect(roster([{ 手机: cell }]).members[0].phone).toBe('13910104729');
  expect(normaliseImportCell(col('手机'), cell)).toEqual({ ok: true, value: '13910104729' });
});

test.each(MEMBER_ID_SPELLINGS.map((c) => [show(c), c]))('工号 %s is the roster\'s 001051: duplicate check and import alike', (_, cell) => {
  const id = readMemberId(cell);
  expect(id.ok && memberIdKey(id.id)).toBe('1051');
  const read = roster([{ 工号: '001051' }, { 工号: cell }]);
  expect(read.members.map((m) => m.id)).toEqual(['001051']);
  expect(read.problems.map((p) => [p.row, p.column])).toEqual([[3, '工号']]);
});

test.each(MONEY_SPELLINGS.map((c) => [show(c), c]))('the amount %s is 1,234,560 fen to every money reader', (_, cell) => {
  expect(amountCell(cell, { sheet: 's', row: 2, column: 'c' }).fen).toBe(1234560);
  expect(normaliseImportCell(col('自付金额'), cell)).toEqual({ ok: true, value: 12345.6 });
  expect(ledger([{ 自付金额: cell }]).applications[0].selfPaid).toBe(1234560);
});

test.each(PERCENT_SPELLINGS.map((s) => [`${show(s.cell)} (${s.format})`, s] as const))('比例 %s is 60 %', (_, { cell, format }) => {
  expect(readPercent(cell, format)).toEqual({ ok: true, rate: 600000 });
  const tiers = readAidTiers([['下限(元)', '上限(元)', '帮扶金额(元)', '比例(%)'], [0, '', 0, cell]], [['General', 'General', 'General', format], ['General', 'General', 'General', format]]);
  expect([tiers.tiers.map((t) => t.rate), tiers.problems]).toEqual([[600000], []]);
});

test('an unformatted 0.6 is read as 0.6 %, and said so', () => {
  expect(readPercent(0.6)).toMatchObject({ ok: true, rate: 6000, warning: expect.stringContaining('如果本意是 60%') });
});

test.each([...GOOD_EMAILS.map((c) => [show(c), c, true]), ...BAD_EMAILS.map((c) => [show(c), c, false])] as [string, Cell, boolean][])('邮箱 %s', (_, cell, good) => {
  expect(readEmail(cell).ok).toBe(good);
});
