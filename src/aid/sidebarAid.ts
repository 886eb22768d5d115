// The sidebar's 帮扶核算 view: the check, as the page shows it.
import type { AidCheckView, SidebarReply } from '../kernel/contracts/sidebarContract';
import { fromActionResult, sidebarCall } from '../kernel/contracts/sidebarReplies';
import type { Services } from '../kernel/services/services';
import { aidCheckView } from './aidCheckView';
import { checkAidAction } from './checkAid';

export function sidebarAidCheck(services: Services): SidebarReply<AidCheckView> {
  return sidebarCall(() => fromActionResult(checkAidAction(services), aidCheckView));
}
