import type { Cell } from '../values/cell';
import type { ColumnKind, ColumnSpec, SheetSpec } from './schema';

/** One sheet 初始化工作簿 creates or fills. */
export interface SheetSetup {
  readonly spec: SheetSpec;
  /** false: the sheet exists but is empty, so it is filled in place. */
  readonly create: boolean;
  /** Header row first. */
  readonly values: Cell[][];
}

/** How a tool-created column looks: the number format that keeps the clerk's values intact. */
export function numberFormatFor(column: ColumnSpec): string {
  const formats: Record<ColumnKind, string> = {
    // '@' keeps 工号 '001024' and 手机 '13812345678' as text (no lost zeros, no 1.38E+10).
    text: '@',
    date: 'yyyy-mm-dd',
    datetime: 'yyyy-mm-dd hh:mm',
    money: '#,##0.00',
    number: '0',
    percent: '0.##',
  };
  return formats[column.kind];
}
