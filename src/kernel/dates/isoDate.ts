// A calendar date with no time zone, as 'YYYY-MM-DD'. Strings sort and compare correctly and
// survive JSON (sidebar) and vm boundaries, which Date objects do not.
export type IsoDate = string & { readonly __isoDate?: never };

export function isoDate(year: number, month: number, day: number): IsoDate {
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

export function isoParts(d: IsoDate): { year: number; month: number; day: number } {
  return { year: Number(d.slice(0, 4)), month: Number(d.slice(5, 7)), day: Number(d.slice(8, 10)) };
}

export function isValidDate(year: number, month: number, day: number): boolean {
  return Number.isInteger(year) && Number.isInteger(month) && Number.isInteger(day) &&
    month >= 1 && month <= 12 && day >= 1 && day <= daysInMonth(year, month);
}

export function daysInMonth(year: number, month: number): number {
  // Date.UTC never depends on the process time zone.
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

export function addDays(d: IsoDate, days: number): IsoDate {
  const { year, month, day } = isoParts(d);
  const t = new Date(Date.UTC(year, month - 1, day + days));
  return isoDate(t.getUTCFullYear(), t.getUTCMonth() + 1, t.getUTCDate());
}

/** 0 = Sunday … 6 = Saturday. */
export function weekday(d: IsoDate): number {
  const { year, month, day } = isoParts(d);
  return new Date(Date.UTC(year, month - 1, day)).getUTCDay();
}

export function firstOfNextMonth(year: number, month: number): IsoDate {
  return month === 12 ? isoDate(year + 1, 1, 1) : isoDate(year, month + 1, 1);
}

/** '2023年6月20日', the way notices and messages write dates. */
export function chineseDate(d: IsoDate): string {
  const { year, month, day } = isoParts(d);
  return `${year}年${month}月${day}日`;
}
