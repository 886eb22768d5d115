// Workbooks and runs for the 慰问通知 integration tests: the sample made by the bundle's own
// 初始化工作簿, with rows rewritten by header the way a clerk would edit them.
import { unwrap } from '../../runner/services/offline';
import type { OfflineMailApp, MailOptions } from '../../runner/services/mail';
import { StateStore } from '../../runner/stateFile';
import type { MemoryWorkbook, CellValue } from '../../runner/workbook';
import type { VirtualClock } from '../../runner/services/virtualClock';
import { type BundleRun, runBundle, sampleWorkbook } from './offlineBundle';

export const CLERK = 'clerk@example.edu.cn';

function headerIndex(wb: MemoryWorkbook, sheetName: string, header: string): number {
  const sheet = wb.sheet(sheetName)!;
  // The header row alone: dumping the whole sheet per cell made a 5,000-row workbook take a minute.
  const headers = sheet.values.row(1) ?? [];
  const i = headers.indexOf(header);
  if (i >= 0) return i + 1;
  const next = Math.max(headers.length, sheet.lastColumn()) + 1;
  sheet.values.set(1, next, header);
  return next;
}

/** A cell by sheet row and header; ISO dates ('2023-06-09' or '2023-06-09 09:00') become date cells. */
export function setCell(wb: MemoryWorkbook, sheetName: string, row: number, header: string, value: unknown): void {
  const sheet = wb.sheet(sheetName)!;
  let v = value as CellValue;
  const m = typeof value === 'string' ? /^(\d{4}-\d{2}-\d{2})(?: (\d{2}:\d{2}))?$/.exec(value) : null;
  if (m) v = wb.date(m[1], m[2] ? `${m[2]}:00` : '00:00:00');
  sheet.values.set(row, headerIndex(wb, sheetName, header), v === '' ? undefined : v);
  wb.dirty = true;
}

/** Puts the workbook's values back as they are now (cheaper than building it again). */
export function restorer(wb: MemoryWorkbook): () => void {
  const saved = wb.sheets.map((s) => [s, [...s.values.entries()]] as const);
  return () => {
    for (const [sheet, entries] of saved) {
      for (const [r, c] of [...sheet.values.entries()]) sheet.values.set(r, c, undefined);
      for (const [r, c, v] of entries) sheet.values.set(r, c, v);
    }
  };
}

/** A 设置 value by its 项目. */
export function setSetting(wb: MemoryWorkbook, key: string, value: unknown): void {
  const row = column(wb, '设置', '项目').indexOf(key) + 2;
  if (row < 2) throw new Error(`设置中没有 ${key}`);
  setCell(wb, '设置', row, '值', value);
}

/** Replaces every data row of a sheet. */
export function setRows(wb: MemoryWorkbook, sheetName: string, rows: Record<string, unknown>[]): void {
  const sheet = wb.sheet(sheetName)!;
  for (const [r, c] of [...sheet.values.entries()]) if (r > 1) sheet.values.set(r, c, undefined);
  rows.forEach((record, i) => {
    for (const [h, v] of Object.entries(record)) setCell(wb, sheetName, i + 2, h, v);
  });
}

/** The value under `header` on every data row. */
export function column(wb: MemoryWorkbook, sheetName: string, header: string): CellValue[] {
  const rows = wb.sheet(sheetName)!.dump();
  const i = rows[0].indexOf(header);
  return rows.slice(1).map((r) => r[i]);
}

export function rowsOf(wb: MemoryWorkbook, sheetName: string): Record<string, CellValue>[] {
  const [header, ...rows] = wb.sheet(sheetName)!.dump();
  return rows.map((r) => Object.fromEntries(header.map((h, i) => [String(h), r[i]])));
}

/** n members on the roster, all 在册 with valid addresses, 工号 T0001…; one campaign 测试-20 for all. */
export function campaignWorkbook(n: number): MemoryWorkbook {
  const wb = sampleWorkbook();
  setRows(wb, '会员名册', Array.from({ length: n }, (_, i) => ({
    工号: `T${String(i + 1).padStart(4, '0')}`,
    姓名: `会员${i + 1}`,
    性别: i % 2 ? '男' : '女',
    出生日期: '1980-07-01',
    分会: '机关分会',
    邮箱: `m${i + 1}@example.edu.cn`,
    会员状态: '在册',
  })));
  setRows(wb, '慰问活动', [{
    活动ID: '测试-20', 活动名称: '测试慰问', 类型: '端午', 模板: '端午', 领取地点: '工会办公室', 领取开始: '2023-06-12', 领取截止: '2023-06-21', 计划发送时间: '2023-06-09 09:00',
  }]);
  return wb;
}

export interface NoticeRun extends BundleRun {
  readonly mail: OfflineMailApp;
  readonly store: StateStore;
}

/** A run of the bundle on `wb`; `store` carries document properties and triggers between runs. */
export function noticeRun(wb: MemoryWorkbook, opts: { store?: StateStore; mail?: MailOptions; user?: string; clock?: VirtualClock } = {}): NoticeRun {
  const store = opts.store ?? new StateStore(null);
  const clock = opts.clock ? { clock: opts.clock } : {};
  const run = runBundle({ workbook: wb, user: opts.user ?? CLERK, services: { store, mail: opts.mail ?? {}, ...clock } });
  return { ...run, mail: unwrap<OfflineMailApp>(run.services.globals.MailApp)!, store };
}

/** Every recipient of every run, one entry per mail. */
export function recipients(...runs: NoticeRun[]): string[] {
  return runs.flatMap((r) => r.mail.sent.flatMap((m) => m.to));
}

export function count(list: readonly string[], item: string): number {
  return list.filter((x) => x === item).length;
}
