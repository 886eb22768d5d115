// 打开工作面板 and the sidebar's own server calls that belong to no other action.
import { selectSheetRow, showSidebar } from '../gas/sidebar';
import type { SelectRowView, SidebarReply } from '../ui/sidebarContract';
import { ok, refusal } from '../ui/sidebarReplies';
import type { ViewName } from '../ui/sidebarState';

export function openSidebar(view: ViewName = 'calendar'): void {
  showSidebar(view);
}

/** Shows the clerk the row a problem or an aid row is about. */
export function selectRow(sheet: unknown, row: unknown): SidebarReply<SelectRowView> {
  // Arguments come from the page: check them like any other input.
  if (typeof sheet !== 'string' || sheet.trim() === '') return refusal('refused', '没有指明要定位的工作表。');
  if (typeof row !== 'number' || !Number.isInteger(row) || row < 1) return refusal('refused', `“${String(row)}”不是有效的行号。`);
  const result = selectSheetRow(sheet, row);
  if (result.selected) return ok({ sheet, row });
  if (!result.sheetExists) return refusal('refused', `工作簿中没有名为“${sheet}”的工作表，可能已被改名或删除。`);
  return refusal('stale', `${sheet} 只有 ${result.lastRow} 行，第 ${row} 行已不存在：表格在核对后被修改过，请重新运行。`);
}
