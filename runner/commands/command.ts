import type { ParsedArgs } from '../args';

export interface CommandContext {
  readonly args: ParsedArgs;
  /** --as EMAIL or UNIONDESK_USER */
  readonly user: string | undefined;
  readonly print: (line: string) => void;
}

export interface Command {
  readonly usage: string;
  readonly summary: string;
  /** Flags that take no value. */
  readonly switches?: readonly string[];
  /** Exit status: 0 done, 1 data problems / mismatches / lock held, 2 usage error. */
  run(ctx: CommandContext): Promise<number>;
}
