import { planFestivalCampaigns, type CampaignDraft } from '../../src/festivals/festivalCampaigns';
import { OFFICIAL_SCHEDULES } from '../../src/kernel/dates/officialHolidays';
import { runInTimeZone } from '../support/runInTimeZone';

const { 2027: _notice2027, ...withoutNotice2027 } = OFFICIAL_SCHEDULES;

const plan = (year: number, existing: string[] = [], extra: Partial<Parameters<typeof planFestivalCampaigns>[0]> = {}) =>
  planFestivalCampaigns({ year, pickupWindowDays: 10, existingIds: new Set(existing), holidays: [], ...extra });

/** One line per campaign, the way the clerk reads the preview. */
const lines = (drafts: readonly CampaignDraft[]) =>
  drafts.map((c) => [c.id, c.name, c.type, c.gender || '-', c.birthdayQuarter ?? '-', c.template,
    `${c.pickupStart}~${c.pickupEnd}`, `${c.sendAt.date} ${c.sendAt.time}`].join(' '));

describe('生成节日慰问活动: the plan', () => {
  it('gives plan year 2025 its nine campaigns with real dates, in order of pick-up', () => {
    const p = plan(2025);
    expect(lines(p.add)).toEqual([
      '2025-三八 2025年“三八”节女教职工慰问 三八 女 - 三八 2025-02-26~2025-03-07 2025-02-25 09:00:00',
      '2025-生日Q2 2025年第二季度生日慰问品发放 生日 - 2 生日 2025-03-17~2025-03-31 2025-03-14 09:00:00',
      '2025-端午 2025年端午节慰问品发放 端午 - - 端午 2025-05-21~2025-05-30 2025-05-20 09:00:00',
      '2025-生日Q3 2025年第三季度生日慰问品发放 生日 - 3 生日 2025-06-16~2025-06-30 2025-06-13 09:00:00',
      '2025-生日Q4 2025年第四季度生日慰问品发放 生日 - 4 生日 2025-09-16~2025-09-30 2025-09-15 09:00:00',
      // 中秋 2025 (10-06) sits inside the 国庆 holiday, which starts 10-01.
      '2025-中秋 2025年中秋节慰问品发放 中秋 - - 中秋 2025-09-26~2025-09-30 2025-09-25 09:00:00',
      // The following year's 元旦, 春节 and Q1 birthdays, handed out in December and before 春节.
      '2026-生日Q1 2026年第一季度生日慰问品发放 生日 - 1 生日 2025-12-16~2025-12-31 2025-12-15 09:00:00',
      '2026-元旦 2026年元旦慰问品发放 元旦 - - 元旦 2025-12-22~2025-12-31 2025-12-19 09:00:00',
      '2026-春节 2026年春节慰问品发放 春节 - - 春节 2026-02-09~2026-02-14 2026-02-06 09:00:00',
    ]);
    expect(p.add.every((c) => c.note === '')).toBe(true);
    expect(p.existing).toEqual([]);
  });

  it('follows the seed plan of 2023: 端午 and Q3 birthdays in June, 中秋 and Q4 in September', () => {
    const byId = new Map(plan(2023).add.map((c) => [c.id, c]));
    expect(byId.get('2023-端午')).toMatchObject({ pickupStart: '2023-06-12', pickupEnd: '2023-06-21' });
    expect(byId.get('2023-生日Q3')!.pickupStart.slice(0, 7)).toBe('2023-06');
    expect(byId.get('2023-中秋')).toMatchObject({ pickupStart: '2023-09-19', pickupEnd: '2023-09-28' });
    expect(byId.get('2023-生日Q4')).toMatchObject({ pickupStart: '2023-09-18', pickupEnd: '2023-09-28' });
    expect(byId.get('2024-春节')).toMatchObject({ pickupStart: '2024-01-31', pickupEnd: '2024-02-09' });
  });

  it('takes the window length from 设置!领取窗口天数', () => {
    const byId = new Map(plan(2025, [], { pickupWindowDays: 5 }).add.map((c) => [c.id, c]));
    expect(byId.get('2025-端午')).toMatchObject({ pickupStart: '2025-05-26', pickupEnd: '2025-05-30' });
  });

  it('never overwrites a campaign whose 活动ID exists, and a second run adds nothing', () => {
    const first = plan(2025, ['2025-端午', 'DW2025']);
    expect(first.add.map((c) => c.id)).not.toContain('2025-端午');
    expect(first.existing.map((c) => c.id)).toEqual(['2025-端午']);
    const second = plan(2025, [...first.add.map((c) => c.id), '2025-端午']);
    expect(second.add).toEqual([]);
    expect(second.existing).toHaveLength(9);
  });

  it('notes the campaigns whose dates rest on the Monday–Friday fallback (春节 2027 for plan year 2026)', () => {
    const p = plan(2026, [], { schedules: withoutNotice2027 });
    const noted = p.add.filter((c) => c.note !== '');
    expect(noted.map((c) => c.id)).toEqual(['2027-春节']);
    expect(noted[0].note).toMatch(/^2027年的官方节假日安排尚未内置/);
    expect(noted[0].note).toContain('节假日');
    // 除夕 2027 (02-05) is a statutory day off even without the notice.
    expect(noted[0]).toMatchObject({ pickupStart: '2027-01-27', pickupEnd: '2027-02-04' });
    // 元旦 2027's window lies in December 2026, which the 2026 notice covers.
    expect(p.add.find((c) => c.id === '2027-元旦')!.note).toBe('');
  });

  it('notes every campaign of plan year 2027 until its schedule is added, whatever the clerk entered', () => {
    const p = plan(2027, [], { schedules: withoutNotice2027, holidays: [{ date: '2027-05-03', kind: '休' }] });
    expect(p.add.map((c) => `${c.id} ${c.note.slice(0, 5)}`)).toEqual([
      '2027-三八 2027年', '2027-生日Q2 2027年', '2027-端午 2027年', '2027-生日Q3 2027年', '2027-中秋 2027年',
      '2027-生日Q4 2027年', '2028-生日Q1 2027年', '2028-元旦 2027年', '2028-春节 2028年',
    ]);
  });

  it('refuses plan years outside the lunar table', () => {
    expect(() => plan(1999)).toThrow(RangeError);
    expect(() => plan(2101)).toThrow(RangeError);
    expect(plan(2100).add.find((c) => c.id === '2101-春节')!.pickupEnd < '2101-01-29').toBe(true);
  });

  it('plans the same campaigns in Los Angeles as in Shanghai', () => {
    const here = plan(2024);
    for (const zone of ['Asia/Shanghai', 'America/Los_Angeles']) {
      const there = runInTimeZone<unknown>(zone, `
        import { planFestivalCampaigns } from './src/festivals/festivalCampaigns';
        report(planFestivalCampaigns({ year: 2024, pickupWindowDays: 10, existingIds: new Set(), holidays: [] }));`);
      expect(there.value).toEqual(JSON.parse(JSON.stringify(here)));
    }
  });
});
