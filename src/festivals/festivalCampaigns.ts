import { isoParts, type IsoDate } from '../kernel/dates/isoDate';
import { festivals, FIRST_FESTIVAL_YEAR, LAST_FESTIVAL_YEAR } from '../kernel/dates/festivals';
import { birthdayWindow, festivalWindow, SEND_TIME, type PickupWindow } from '../kernel/dates/pickupWindow';
import { workingDays, type DayStatusOf, type HolidayEntry } from '../kernel/dates/workingDays';
import type { OfficialSchedule } from '../kernel/dates/officialHolidays';
import { wallClock, type WallClock } from '../kernel/values/cell';

/** Plan years 生成节日慰问活动 supports: 春节 of the following year must be in the lunar table. */
export const FIRST_PLAN_YEAR = FIRST_FESTIVAL_YEAR;
export const LAST_PLAN_YEAR = LAST_FESTIVAL_YEAR - 1;

export type GeneratedType = '三八' | '端午' | '中秋' | '元旦' | '春节' | '生日';

/** A 慰问活动 row to add. */
export interface CampaignDraft {
  /** '2025-端午': the year is the festival's own (元旦 and 春节 of the following year read '2026-春节'). */
  readonly id: string;
  readonly name: string;
  readonly type: GeneratedType;
  /** 对象性别: '女' for 三八, '' (everyone) otherwise. */
  readonly gender: '女' | '';
  readonly birthdayQuarter: 1 | 2 | 3 | 4 | null;
  /** The default mail template of the same name. */
  readonly template: GeneratedType;
  readonly pickupStart: IsoDate;
  readonly pickupEnd: IsoDate;
  readonly sendAt: WallClock;
  /** Why the dates need a human look ('' when they do not). */
  readonly note: string;
}

export interface FestivalPlanInput {
  readonly year: number;
  /** 设置!领取窗口天数 */
  readonly pickupWindowDays: number;
  /** 活动ID already in 慰问活动. */
  readonly existingIds: ReadonlySet<string>;
  /** The clerk's 节假日 sheet. */
  readonly holidays: readonly HolidayEntry[];
  readonly schedules?: Readonly<Record<number, OfficialSchedule>>;
}

export interface FestivalPlan {
  readonly year: number;
  /** In order of 领取开始. */
  readonly add: readonly CampaignDraft[];
  /** Generated, but their 活动ID is taken: never overwritten. */
  readonly existing: readonly CampaignDraft[];
}

// Named the way the sample workbook (the seed's 2023 plan) names them.
const CAMPAIGN_NAMES: Readonly<Record<Exclude<GeneratedType, '生日'>, string>> = {
  三八: '“三八”节女教职工慰问',
  端午: '端午节慰问品发放',
  中秋: '中秋节慰问品发放',
  元旦: '元旦慰问品发放',
  春节: '春节慰问品发放',
};
const QUARTERS = ['一', '二', '三', '四'];

/**
 * The plan year's festival and birthday campaigns, in the seed plan's rhythm: 三八, 端午 and
 * 中秋 of the year, 元旦 and 春节 of the next, and each birthday quarter's gifts in the month
 * before it starts (Q2 in March, Q3 in June, Q4 in September, Q1 of the next year in December).
 */
export function planFestivalCampaigns(input: FestivalPlanInput): FestivalPlan {
  const { year } = input;
  if (!Number.isInteger(year) || year < FIRST_PLAN_YEAR || year > LAST_PLAN_YEAR) {
    throw new RangeError(`计划年度须在 ${FIRST_PLAN_YEAR}–${LAST_PLAN_YEAR} 之间：${year}`);
  }
  const status = workingDays(input.holidays, input.schedules);
  const thisYear = festivals(year);
  const nextYear = festivals(year + 1);

  const drafts: CampaignDraft[] = [];
  const festival = (type: Exclude<GeneratedType, '生日'>, date: IsoDate) => {
    const y = isoParts(date).year;
    drafts.push(draft(status, (s) => festivalWindow(date, input.pickupWindowDays, s), {
      id: `${y}-${type}`,
      name: `${y}年${CAMPAIGN_NAMES[type]}`,
      type,
      gender: type === '三八' ? '女' : '',
      birthdayQuarter: null,
      template: type,
    }));
  };
  const birthdays = (quarter: 1 | 2 | 3 | 4, y: number, month: number) => {
    drafts.push(draft(status, (s) => birthdayWindow(year, month, s), {
      id: `${y}-生日Q${quarter}`,
      name: `${y}年第${QUARTERS[quarter - 1]}季度生日慰问品发放`,
      type: '生日',
      gender: '',
      birthdayQuarter: quarter,
      template: '生日',
    }));
  };
  festival('三八', thisYear.三八);
  festival('端午', thisYear.端午);
  festival('中秋', thisYear.中秋);
  festival('元旦', nextYear.元旦);
  festival('春节', nextYear.春节);
  birthdays(2, year, 3);
  birthdays(3, year, 6);
  birthdays(4, year, 9);
  birthdays(1, year + 1, 12);

  drafts.sort((a, b) => (a.pickupStart < b.pickupStart ? -1 : a.pickupStart > b.pickupStart ? 1 : a.id < b.id ? -1 : 1));
  return {
    year,
    add: drafts.filter((d) => !input.existingIds.has(d.id)),
    existing: drafts.filter((d) => input.existingIds.has(d.id)),
  };
}

type DraftHead = Pick<CampaignDraft, 'id' | 'name' | 'type' | 'gender' | 'birthdayQuarter' | 'template'>;

/** Computes the window while recording which years' days came from the Monday–Friday fallback. */
function draft(status: DayStatusOf, window: (s: DayStatusOf) => PickupWindow, head: DraftHead): CampaignDraft {
  const guessedYears = new Set<number>();
  const w = window((d) => {
    const s = status(d);
    if (s.source === 'fallback') guessedYears.add(isoParts(d).year);
    return s;
  });
  const years = [...guessedYears].sort();
  const note = years.length === 0 ? '' :
    `${years.join('、')}年的官方节假日安排尚未内置，领取日期按周一至周五（法定节日除外）推算，请核对；可在“节假日”表补充当年的放假和调休安排`;
  return { ...head, pickupStart: w.start, pickupEnd: w.end, sendAt: wallClock(w.sendOn, SEND_TIME), note };
}
