// 领取登记 and 领取统计 as the pickup actions read and write them: the log is appended in one write
// per recording session, the summary rewritten in one write (stale rows blanked in the same block).
import type { AudienceRules, Campaign } from '../notices';
import { keepAsText } from '../import';
import type { Member } from '../kernel/members/member';
import type { Cell } from '../kernel/values/cell';
import { PICKUP_LOG_SPEC, PICKUP_SUMMARY_SPEC, type SheetSpec } from '../kernel/sheets/schema';
import type { Table } from '../kernel/sheets/table';
import type { Workbook } from '../kernel/services/workbook';
import { wallClockOf } from '../notices';
import { pickupAudience } from './pickupAudience';
import { latestPickups, type PickupRecord } from './pickupRecord';
import { summarise, summaryValues, type SummaryRow } from './pickupSummary';

/**
 * Creates the sheet with its header, formats and validation when it is missing (the first
 * recording), leaving the clerk on the tab she was on: creating a sheet brings it to the front.
 */
export function ensureSheet(workbook: Workbook, spec: SheetSpec): void {
  if (workbook.hasSheet(spec.name)) return;
  const shown = workbook.activeSheet();
  workbook.setUp({ spec, create: true, values: [spec.columns.map((c) => c.header)] });
  if (shown) workbook.showSheet(shown);
}

/** 领取登记 rows under the sheet's own headers; 工号 kept as text so '001000' stays '001000'. */
export function pickupLogRows(table: Table | null, records: readonly PickupRecord[]): Cell[][] {
  const headers = table?.headers.length ? table.headers : PICKUP_LOG_SPEC.columns.map((c) => c.header);
  return records.map((r) => {
    const values: Record<string, Cell> = {
      时间: wallClockOf(r.time), 活动ID: r.campaignId, 工号: r.memberId, 姓名: r.name, 分会: r.branch,
      方式: r.method, 代领人: r.proxy, 经办人: r.clerk, 备注: r.note,
    };
    return headers.map((h) => (h in values ? keepAsText(values[h]) as Cell : ''));
  });
}

/** The 领取统计 of every campaign that has a 领取截止 or any pick-up recorded. */
export function summaryOfAll(campaigns: readonly Campaign[], roster: readonly Member[], log: readonly PickupRecord[], rules: AudienceRules): SummaryRow[] {
  const latest = latestPickups(log);
  const recorded = new Set(log.map((r) => r.campaignId));
  return campaigns
    .filter((c) => c.type !== '帮扶' && (c.pickupEnd !== null || recorded.has(c.id)))
    .flatMap((c) => summarise(pickupAudience(c, roster, rules), latest));
}

/** Rewrites 领取统计 in one write; rows the old summary had beyond the new one are blanked. Skips the write when nothing changed. */
export function writeSummary(workbook: Workbook, rows: readonly SummaryRow[]): boolean {
  ensureSheet(workbook, PICKUP_SUMMARY_SPEC);
  const values = summaryValues(rows);
  const old = workbook.read(PICKUP_SUMMARY_SPEC.name) ?? [];
  const width = Math.max(values[0].length, ...old.map((r) => r.length));
  const block: Cell[][] = [];
  for (let i = 0; i < Math.max(values.length, old.length); i++) block.push(Array.from({ length: width }, (_, j) => values[i]?.[j] ?? ''));
  const same = block.every((row, i) => row.every((v, j) => sameCell(v, old[i]?.[j])));
  if (same) return false;
  workbook.write(PICKUP_SUMMARY_SPEC.name, { row: 1, column: 1, values: block });
  return true;
}

function sameCell(a: Cell, b: Cell | undefined): boolean {
  const norm = (v: Cell | undefined) => (v === undefined || v === null ? '' : typeof v === 'string' ? v.replace(/^'/, '') : v);
  return norm(a) === norm(b);
}
