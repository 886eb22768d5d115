import { type IsoDate, isoDate, isValidDate } from './isoDate';

/**
 * A date typed as text: 2023-06-20, 2023/6/20, 2023.06.20, 2023年6月20日 (an optional time
 * 'HH:mm' may follow). Returns null when the text is not such a date.
 */
export function parseDateText(text: string): { date: IsoDate; time: string | null } | null {
  const m = /^\s*(\d{4})\s*[-/.年]\s*(\d{1,2})\s*[-/.月]\s*(\d{1,2})\s*日?\s*(?:[T\s]\s*(\d{1,2})[:：](\d{2})(?::(\d{2}))?)?\s*$/.exec(text);
  if (!m) return null;
  const [year, month, day] = [Number(m[1]), Number(m[2]), Number(m[3])];
  if (!isValidDate(year, month, day)) return null;
  if (m[4] === undefined) return { date: isoDate(year, month, day), time: null };
  const hour = Number(m[4]);
  const minute = Number(m[5]);
  if (hour > 23 || minute > 59) return null;
  return { date: isoDate(year, month, day), time: `${String(hour).padStart(2, '0')}:${m[5]}` };
}
