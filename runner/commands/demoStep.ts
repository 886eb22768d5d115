import type { OfflineSession } from '../offlineSession';
import type { ActionResult } from '../../src/kernel/contracts/actionResult';
import type { CommandContext } from './command';

/** One demo step: runs an action on the sample workbook and prints what it did. */
export interface DemoStep {
  readonly title: string;
  run(session: OfflineSession, dir: string, ctx: CommandContext): ActionResult | Promise<ActionResult>;
}
