import type { Problem } from '../kernel/problem';
import { type Cell, cellText } from '../kernel/values/cell';
import { wallClockText } from '../notices';
import { PICKUP_LOG_SPEC, PICKUP_METHODS } from '../kernel/sheets/schema';
import { cellAt, readTable, type Table } from '../kernel/sheets/table';
import type { PickupMethod, PickupRecord } from './pickupRecord';

export interface PickupLogRead {
  /** null when the sheet does not exist yet (the first recording creates it). */
  readonly table: Table | null;
  /** In sheet order: the later row for a member is what counts. */
  readonly records: PickupRecord[];
  readonly problems: Problem[];
}

/**
 * 领取登记 → records. A row whose 方式 cannot be read is an error naming it: counting it either
 * way could hand out a second gift or chase someone who has collected.
 */
export function readPickupLog(values: readonly (readonly Cell[])[] | null): PickupLogRead {
  if (values === null) return { table: null, records: [], problems: [] };
  const { table, problems } = readTable(PICKUP_LOG_SPEC, values, ['活动ID', '工号', '方式']);
  const records: PickupRecord[] = [];
  if (problems.length) return { table, records, problems };
  const sheet = PICKUP_LOG_SPEC.name;
  for (const r of table.rows) {
    const at = (h: string) => cellText(cellAt(table, r, h));
    const campaignId = at('活动ID');
    const memberId = at('工号');
    const method = at('方式');
    if (campaignId === '' || memberId === '') {
      problems.push({ sheet, row: r.row, column: campaignId === '' ? '活动ID' : '工号', message: '活动ID或工号为空，这一行不计入领取情况', severity: 'warning' });
      continue;
    }
    if (!(PICKUP_METHODS as readonly string[]).includes(method)) {
      problems.push({ sheet, row: r.row, column: '方式', message: `应为 ${PICKUP_METHODS.join('、')} 之一，现为“${method}”；改正之前无法确定 ${memberId} 是否已领取` });
      continue;
    }
    records.push({
      row: r.row,
      time: wallClockText(cellAt(table, r, '时间')),
      campaignId,
      memberId,
      name: at('姓名'),
      branch: at('分会'),
      method: method as PickupMethod,
      proxy: at('代领人'),
      clerk: at('经办人'),
      note: at('备注'),
    });
  }
  return { table, records, problems };
}
