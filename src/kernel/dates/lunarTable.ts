import type { IsoDate } from './isoDate';

// The Chinese lunar years 2000–2101, one number per year, in the layout of the classic 1900–2100
// "lunarInfo" table so an entry can be compared with published copies at a glance:
//   bits 0–3   the leap month (0: none)
//   bits 4–15  months 12 … 1 (bit 15 is month 1): 1 = 30 days, 0 = 29 days
//   bit 16     the leap month: 1 = 30 days, 0 = 29 days
// 102 years cost about 1 KB in the bundle; a lunar-calendar library costs 14–325 KB, and every
// menu click in Apps Script loads the whole bundle.
//
// Source: lunar-javascript's astronomical computation (new moons and solar terms, Beijing time),
// cross-checked month by month in tests/kernel/dates/lunarTable.test.ts. It equals the classic table for
// 2000–2100 except 2097, where the classic table gives the 6th month 30 days and the 7th 29; the
// new moon that starts the 7th month falls within a minute or so of midnight on 2097-08-07/08,
// inside the uncertainty of ΔT, so either could turn out right. The 8th month, and with it every
// festival, starts on the same day either way. 2101 is here because plan year 2100's 春节 gift
// is for the Spring Festival of 2101.

export const FIRST_LUNAR_YEAR = 2000;

/** 春节 (1st day of the 1st month) of FIRST_LUNAR_YEAR: the day the table counts from. */
export const FIRST_NEW_YEAR: IsoDate = '2000-02-05';

export const LUNAR_YEARS: readonly number[] = [
  0x0c960, 0x0d954, 0x0d4a0, 0x0da50, 0x07552, 0x056a0, 0x0abb7, 0x025d0, 0x092d0, 0x0cab5, // 2000–2009
  0x0a950, 0x0b4a0, 0x0baa4, 0x0ad50, 0x055d9, 0x04ba0, 0x0a5b0, 0x15176, 0x052b0, 0x0a930, // 2010–2019
  0x07954, 0x06aa0, 0x0ad50, 0x05b52, 0x04b60, 0x0a6e6, 0x0a4e0, 0x0d260, 0x0ea65, 0x0d530, // 2020–2029
  0x05aa0, 0x076a3, 0x096d0, 0x04afb, 0x04ad0, 0x0a4d0, 0x1d0b6, 0x0d250, 0x0d520, 0x0dd45, // 2030–2039
  0x0b5a0, 0x056d0, 0x055b2, 0x049b0, 0x0a577, 0x0a4b0, 0x0aa50, 0x1b255, 0x06d20, 0x0ada0, // 2040–2049
  0x14b63, 0x09370, 0x049f8, 0x04970, 0x064b0, 0x168a6, 0x0ea50, 0x06b20, 0x1a6c4, 0x0aae0, // 2050–2059
  0x092e0, 0x0d2e3, 0x0c960, 0x0d557, 0x0d4a0, 0x0da50, 0x05d55, 0x056a0, 0x0a6d0, 0x055d4, // 2060–2069
  0x052d0, 0x0a9b8, 0x0a950, 0x0b4a0, 0x0b6a6, 0x0ad50, 0x055a0, 0x0aba4, 0x0a5b0, 0x052b0, // 2070–2079
  0x0b273, 0x06930, 0x07337, 0x06aa0, 0x0ad50, 0x14b55, 0x04b60, 0x0a570, 0x054e4, 0x0d160, // 2080–2089
  0x0e968, 0x0d520, 0x0daa0, 0x16aa6, 0x056d0, 0x04ae0, 0x0a9d4, 0x0a2d0, 0x0d150, 0x0f252, // 2090–2099
  0x0d520, 0x0db27, // 2100–2101
];

export const LAST_LUNAR_YEAR = FIRST_LUNAR_YEAR + LUNAR_YEARS.length - 1;
