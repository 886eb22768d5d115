import type { CallLog } from './callLog';
import { offline } from './offline';
import { formatString } from './utilities';

class LoggerImpl {
  readonly lines: string[] = [];
  constructor(private readonly echo?: (line: string) => void) {}
  log(data: unknown, ...values: unknown[]): this {
    const line = values.length > 0 ? formatString(String(data), values) : typeof data === 'object' && data !== null ? JSON.stringify(data) : String(data);
    this.lines.push(line);
    this.echo?.(line);
    return this;
  }
  getLog(): string { return this.lines.map((l) => l + '\n').join(''); }
  clear(): this { this.lines.length = 0; return this; }
}
interface LoggerImpl extends GoogleAppsScript.Base.Logger {}

export interface CreatedLogger {
  service: GoogleAppsScript.Base.Logger;
  lines: string[];
}

/** Logger.log lines are collected (and echoed when asked, e.g. by the CLI's --verbose). */
export function createLogger(log: CallLog, echo?: (line: string) => void): CreatedLogger {
  const impl = new LoggerImpl(echo);
  return { service: offline(impl, 'logger', 'Logger', log), lines: impl.lines };
}
