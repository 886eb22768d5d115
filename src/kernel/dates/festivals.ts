import { isoDate, type IsoDate } from './isoDate';
import { FIRST_LUNAR_YEAR, LAST_LUNAR_YEAR } from './lunarTable';
import { lunarToIso } from './lunarDate';

export const FESTIVAL_NAMES = ['元旦', '春节', '三八', '端午', '教师节', '中秋'] as const;
export type FestivalName = (typeof FESTIVAL_NAMES)[number];

/** Years festivals() answers for: the lunar table's range. */
export const FIRST_FESTIVAL_YEAR = FIRST_LUNAR_YEAR;
export const LAST_FESTIVAL_YEAR = LAST_LUNAR_YEAR;

/** The Gregorian dates of the year's festivals the union marks. */
export function festivals(year: number): Readonly<Record<FestivalName, IsoDate>> {
  return {
    元旦: isoDate(year, 1, 1),
    春节: lunarToIso(year, 1, 1),
    三八: isoDate(year, 3, 8),
    端午: lunarToIso(year, 5, 5),
    教师节: isoDate(year, 9, 10),
    中秋: lunarToIso(year, 8, 15),
  };
}

