// The sidebar's own server call that belongs to no feature: showing the clerk a row.
import type { SelectRowView, SidebarReply } from '../kernel/contracts/sidebarContract';
import { ok, refusal } from '../kernel/contracts/sidebarReplies';
import type { Services } from '../kernel/services/services';

/** Shows the clerk the row a problem or an aid row is about. */
export function selectRow(sheet: unknown, row: unknown, services: Pick<Services, 'user'>): SidebarReply<SelectRowView> {
  // Arguments come from the page: check them like any other input.
  if (typeof sheet !== 'string' || sheet.trim() === '') return refusal('refused', '没有指明要定位的工作表。');
  if (typeof row !== 'number' || !Number.isInteger(row) || row < 1) return refusal('refused', `“${String(row)}”不是有效的行号。`);
  const result = services.user.selectRow(sheet, row);
  if (result.selected) return ok({ sheet, row });
  if (!result.sheetExists) return refusal('refused', `工作簿中没有名为“${sheet}”的工作表，可能已被改名或删除。`);
  return refusal('stale', `${sheet} 只有 ${result.lastRow} 行，第 ${row} 行已不存在：表格在核对后被修改过，请重新运行。`);
}
