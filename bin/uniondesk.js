#!/usr/bin/env node
'use strict';
// The command runs in a worker thread; this main thread only waits for it and receives signals.
// The bundle a command runs is synchronous, so a signal handler on its thread would run only
// after the whole send. Here Ctrl-C (SIGINT) or SIGTERM sets a shared flag instead, which the
// offline services read before every call (runner/interrupt.ts): the mail in flight is finished
// and recorded, the run stops, saves its send records and says what happened. A second Ctrl-C
// stops at once (what was journalled is replayed by the next run).
const path = require('node:path');
const fs = require('node:fs');
const { Worker, isMainThread, workerData, parentPort } = require('node:worker_threads');

const cli = path.join(__dirname, '..', 'build', 'cli.js');

if (!isMainThread) {
  require(cli)
    .main(workerData.argv)
    .then((code) => parentPort.postMessage({ code }), (err) => parentPort.postMessage({ error: err && err.message ? err.message : String(err) }));
} else {
  if (!fs.existsSync(cli)) {
    console.error('UnionDesk 尚未构建：请先运行 npm install（或 npm run build）。');
    process.exit(2);
  }
  const interrupt = new SharedArrayBuffer(4);
  const flag = new Int32Array(interrupt);
  const worker = new Worker(__filename, { workerData: { argv: process.argv.slice(2), interrupt, hiddenPrompts: true } });
  let outcome = null;
  worker.on('message', (m) => {
    // The worker's stdin is not the terminal: a password prompt is asked here (runner/hiddenPrompt.ts).
    if (m && m.hiddenPrompt !== undefined) {
      void require(cli).readHiddenLine(m.hiddenPrompt).then((answer) => m.port.postMessage(answer));
      return;
    }
    outcome = m;
  });
  worker.on('error', (err) => (outcome = { error: err && err.message ? err.message : String(err) }));
  worker.on('exit', () => {
    if (outcome && outcome.error !== undefined) {
      console.error(`出错了：${outcome.error}`);
      process.exitCode = 1;
    } else process.exitCode = outcome ? outcome.code : process.exitCode || 1;
  });
  const SIGNALS = ['SIGINT', 'SIGTERM'];
  for (const signal of SIGNALS) {
    process.on(signal, () => {
      if (Atomics.load(flag, 0) === 0) {
        Atomics.store(flag, 0, SIGNALS.indexOf(signal) + 1);
        console.error('正在停止：等正在发送的邮件发完并记录后保存……（再按一次 Ctrl-C 立即退出）');
        return;
      }
      console.error('已立即停止。已记录的发送情况会在下次运行时补写进“发送记录”。');
      void worker.terminate().then(() => process.exit(signal === 'SIGINT' ? 130 : 143));
    });
  }
}
