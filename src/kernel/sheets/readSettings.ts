import type { Fen } from '../values/fen';
import { halfWidth } from '../values/halfWidth';
import { parseAmount } from '../values/parseAmount';
import type { Problem } from '../problem';
import { splitList } from '../values/splitList';
import type { Settings } from './settings';
import { SETTINGS_SPEC, SETTING_KEYS } from './schema';
import { type Cell, cellText } from '../values/cell';
import { cellAt, readTable } from './table';

export interface SettingsRead {
  readonly settings: Settings;
  readonly problems: Problem[];
}

/**
 * 设置 → Settings. A missing 设置 sheet is not fatal: every setting has a default, and the
 * plan year falls back to `fallbackYear` (the current year in the workbook's time zone).
 */
export function readSettings(values: readonly (readonly Cell[])[] | null, fallbackYear: number): SettingsRead {
  const problems: Problem[] = [];
  const raw: Record<string, string> = {};
  const rowOf: Record<string, number> = {};
  if (values !== null) {
    const { table, problems: p } = readTable(SETTINGS_SPEC, values);
    problems.push(...p);
    for (const r of table.rows) {
      const key = cellText(cellAt(table, r, '项目'));
      if (key === '') continue;
      raw[key] = cellText(cellAt(table, r, '值'));
      rowOf[key] = r.row;
    }
  }
  const bad = (key: string, message: string) => problems.push({ sheet: SETTINGS_SPEC.name, row: rowOf[key], column: '值', message: `${key}：${message}` });
  const int = (key: string, fallback: number, min: number, max: number): number => {
    const t = halfWidth(raw[key] ?? '');
    if (t === '') return fallback;
    const n = Number(t);
    if (!Number.isInteger(n) || n < min || n > max) {
      bad(key, `“${t}”不是 ${min}–${max} 之间的整数，已按 ${fallback} 处理`);
      return fallback;
    }
    return n;
  };
  const K = SETTING_KEYS;
  const boundaryText = raw[K.tierBoundary] ?? '';
  if (boundaryText !== '' && boundaryText !== '含下限' && boundaryText !== '含上限') bad(K.tierBoundary, `应为空、“含下限”或“含上限”，现为“${boundaryText}”`);
  let yearlyAidCap: Fen | null = null;
  if ((raw[K.yearlyAidCap] ?? '') !== '') {
    const r = parseAmount(raw[K.yearlyAidCap]);
    if (r.ok && r.fen > 0) yearlyAidCap = r.fen;
    else bad(K.yearlyAidCap, r.ok ? '应大于 0' : r.reason);
  }
  const dailyText = raw[K.dailyMailLimit] ?? '';
  const yesNo = (key: string): boolean => {
    const t = raw[key] ?? '';
    if (t !== '' && t !== '是' && t !== '否') bad(key, `应为“是”或“否”，现为“${t}”，已按“否”处理`);
    return t === '是';
  };
  const settings: Settings = {
    unitName: raw[K.unitName] ?? '',
    planYear: int(K.planYear, fallbackYear, 2000, 2100),
    planStartMonth: int(K.planStartMonth, 2, 1, 12),
    calendarId: raw[K.calendarId] ?? '',
    timeZone: raw[K.timeZone] || 'Asia/Shanghai',
    senderName: raw[K.senderName] ?? '',
    replyTo: raw[K.replyTo] ?? '',
    dailyMailLimit: dailyText === '' ? null : int(K.dailyMailLimit, 100, 0, 100000),
    // Emails never contain spaces, so a space separates addresses too.
    admins: splitList(raw[K.admins] ?? '').flatMap((s) => s.toLowerCase().split(/\s+/)),
    pickupWindowDays: int(K.pickupWindowDays, 10, 1, 60),
    tierBoundary: boundaryText === '含上限' ? 'upper' : 'lower',
    yearlyAidCap,
    applicationsPerYear: int(K.applicationsPerYear, 1, 1, 100),
    retireesMayApply: yesNo(K.retireesMayApply),
    retireesInFestivals: yesNo(K.retireesInFestivals),
    reminderDays: int(K.reminderDays, 2, 0, 30),
    raw,
    rows: rowOf,
  };
  return { settings, problems };
}
