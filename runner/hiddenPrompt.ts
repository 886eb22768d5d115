// A line typed at the terminal without echo (a password). Under bin/uniondesk.js the command runs
// in a worker thread, whose process.stdin is not the terminal: the main thread, which owns the
// terminal, asks and passes the answer back over a message port.
import { MessageChannel, isMainThread, parentPort, workerData } from 'node:worker_threads';

/** The typed line; null when the clerk cancels (Ctrl-C, or Ctrl-D on an empty line). */
export function readHiddenLine(question: string): Promise<string | null> {
  if (!isMainThread && parentPort && (workerData as { hiddenPrompts?: boolean } | undefined)?.hiddenPrompts) {
    const { port1, port2 } = new MessageChannel();
    parentPort.postMessage({ hiddenPrompt: question, port: port2 }, [port2]);
    return new Promise((resolve) => port1.once('message', (answer: string | null) => {
      port1.close();
      resolve(answer);
    }));
  }
  return askHere(question);
}

function askHere(question: string): Promise<string | null> {
  const input = process.stdin;
  return new Promise((resolve) => {
    let value = '';
    const wasRaw = input.isRaw ?? false;
    // Raw mode: the terminal neither echoes nor turns Ctrl-C into a signal; both are handled here.
    // Set before the question is shown, so that nothing typed in answer is ever echoed.
    input.setRawMode?.(true);
    input.setEncoding('utf8');
    process.stderr.write(question);
    const finish = (result: string | null) => {
      input.removeListener('data', onData);
      input.setRawMode?.(wasRaw);
      input.pause();
      process.stderr.write('\n');
      resolve(result);
    };
    const onData = (chunk: string) => {
      for (const ch of chunk) {
        if (ch === '\r' || ch === '\n') return finish(value);
        if (ch === '\u0003' || (ch === '\u0004' && !value)) return finish(null);
        if (ch === '\u007f' || ch === '\b') value = Array.from(value).slice(0, -1).join('');
        else if (ch >= ' ') value += ch;
      }
    };
    input.on('data', onData);
    input.resume();
  });
}
