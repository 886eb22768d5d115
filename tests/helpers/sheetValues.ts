// Sheet values for unit tests, built the way 初始化工作簿 writes sample data (dates as date cells).
import type { Cell } from '../../src/kernel/values/cell';
import { planWorkbookInit, type RecordRows } from '../../src/setup/initPlan';

export function sheetValues(sheet: string, rows: RecordRows): Cell[][] {
  const setup = planWorkbookInit(new Map(), new Map([[sheet, rows]])).setups.find((s) => s.spec.name === sheet);
  if (!setup) throw new Error(`no sheet ${sheet}`);
  return setup.values;
}
