// 导入名册: merges the roster export the clerk pasted into 导入区 into 会员名册, by 工号.
import { ROSTER_IMPORT } from './importMerge';
import type { Services } from '../kernel/services/services';
import type { ActionResult } from '../kernel/contracts/actionResult';
import { type ImportData, menuImport } from './importIntoSheet';

export function menuImportRoster(services: Services): ActionResult<ImportData> {
  return menuImport(ROSTER_IMPORT, '导入名册', services);
}
