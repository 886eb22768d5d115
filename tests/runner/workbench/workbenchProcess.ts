// `npx uniondesk open` as the clerk runs it: the built CLI in its own process (bin/uniondesk.js),
// its address read from what it prints, stopped with the signal Ctrl-C sends.
import { type ChildProcess, spawn } from 'node:child_process';
import { join } from 'node:path';

const BIN = join(__dirname, '..', '..', '..', 'bin', 'uniondesk.js');

export interface RunningWorkbench {
  readonly url: string;
  readonly origin: string;
  readonly port: number;
  readonly token: string;
  readonly child: ChildProcess;
  /** Everything it printed so far. */
  output(): string;
  /** Ctrl-C; resolves with the exit code once it has stopped. */
  stop(): Promise<number | null>;
}

export function startWorkbenchProcess(args: readonly string[], env: Record<string, string> = {}): Promise<RunningWorkbench> {
  const child = spawn(process.execPath, [BIN, 'open', ...args, '--no-browser'], { env: { ...process.env, ...env }, stdio: ['ignore', 'pipe', 'pipe'] });
  let out = '';
  const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
  return new Promise((resolve, reject) => {
    const onData = (chunk: Buffer) => {
      out += chunk.toString('utf8');
      const m = /(http:\/\/127\.0\.0\.1:(\d+))\/\?token=([\w-]+)/.exec(out);
      if (!m) return;
      child.stdout?.off('data', onData);
      child.stdout?.on('data', (c: Buffer) => (out += c.toString('utf8')));
      resolve({
        url: m[0],
        origin: m[1],
        port: Number(m[2]),
        token: m[3],
        child,
        output: () => out,
        stop: async () => {
          if (child.exitCode === null) child.kill('SIGINT');
          return exited;
        },
      });
    };
    child.stdout?.on('data', onData);
    child.stderr?.on('data', (c: Buffer) => (out += c.toString('utf8')));
    void exited.then((code) => reject(new Error(`uniondesk open exited (${code}) before printing its address:\n${out}`)));
  });
}
