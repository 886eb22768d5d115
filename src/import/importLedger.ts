// 导入帮扶台账: merges the aid ledger pasted into 导入区 into 帮扶台账, by 申请编号.
import { LEDGER_IMPORT } from './importMerge';
import type { Services } from '../kernel/services/services';
import type { ActionResult } from '../kernel/contracts/actionResult';
import { type ImportData, menuImport } from './importIntoSheet';

export function menuImportLedger(services: Services): ActionResult<ImportData> {
  return menuImport(LEDGER_IMPORT, '导入帮扶台账', services);
}
