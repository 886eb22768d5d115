import type { Problem } from '../kernel/problem';
import type { SendKind, SendRecord, SendState } from '../kernel/journal/sendRecord';
import { SEND_KINDS, SEND_LOG_SPEC, SEND_STATES } from '../kernel/sheets/schema';
import { type Cell, cellText, isWallClock } from '../kernel/values/cell';
import { readDateCell } from '../kernel/values/readDateCell';
import { type Table, cellAt, readTable } from '../kernel/sheets/table';

export interface SendLogRead {
  readonly table: Table;
  /** In sheet order: the later row of a notice is its current state. */
  readonly records: SendRecord[];
  /** A missing sheet or header (errors); rows left out for a blank 活动ID or 工号 (warnings). */
  readonly problems: Problem[];
  /**
   * Rows whose 状态 cannot be read, by 活动ID. They block sending that campaign: a clerk's
   * “已发” typed by hand must not be mistaken for “not sent”.
   */
  readonly unreadable: ReadonlyMap<string, Problem[]>;
}

export function readSendLog(values: readonly (readonly Cell[])[] | null): SendLogRead {
  const { table, problems } = readTable(SEND_LOG_SPEC, values);
  const records: SendRecord[] = [];
  const unreadable = new Map<string, Problem[]>();
  if (problems.length) return { table, records, problems, unreadable };
  const sheet = SEND_LOG_SPEC.name;
  for (const r of table.rows) {
    const at = (h: string) => cellText(cellAt(table, r, h));
    const campaignId = at('活动ID');
    const memberId = at('工号');
    if (campaignId === '' || memberId === '') {
      problems.push({ sheet, row: r.row, column: campaignId === '' ? '活动ID' : '工号', message: '活动ID或工号为空，这一行不计入发送状态', severity: 'warning' });
      continue;
    }
    const state = at('状态');
    const kind = at('类型') || '通知';
    const wrong = !(SEND_STATES as readonly string[]).includes(state) ? { column: '状态', allowed: SEND_STATES, value: state }
      : !(SEND_KINDS as readonly string[]).includes(kind) ? { column: '类型', allowed: SEND_KINDS, value: kind } : null;
    if (wrong) {
      const problem = { sheet, row: r.row, column: wrong.column, message: `应为 ${wrong.allowed.join('、')} 之一，现为“${wrong.value}”；改正之前不会发送活动“${campaignId}”` };
      unreadable.set(campaignId, [...(unreadable.get(campaignId) ?? []), problem]);
      continue;
    }
    records.push({
      ...(kind === '催领' ? { kind: kind as SendKind } : {}),
      time: wallClockText(cellAt(table, r, '时间')),
      campaignId,
      memberId,
      name: at('姓名'),
      email: at('邮箱'),
      state: state as SendState,
      note: at('说明'),
      operator: at('操作人'),
    });
  }
  return { table, records, problems, unreadable };
}

/** A 时间 cell of an append-only log as 'YYYY-MM-DD HH:mm:ss' (a typed-in text kept as it is). */
export function wallClockText(v: Cell): string {
  if (isWallClock(v)) return `${v.date} ${v.time}`;
  const read = readDateCell(v);
  if (read.ok && read.value) return `${read.value.date} ${read.value.time ?? '00:00'}:00`;
  return cellText(v);
}
