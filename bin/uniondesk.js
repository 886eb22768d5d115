#!/usr/bin/env node
'use strict';
const path = require('node:path');
const fs = require('node:fs');
const cli = path.join(__dirname, '..', 'build', 'cli.js');
if (!fs.existsSync(cli)) {
  console.error('UnionDesk 尚未构建：请先运行 npm install（或 npm run build）。');
  process.exit(2);
}
require(cli)
  .main(process.argv.slice(2))
  .then((code) => process.exit(code), (err) => {
    console.error(`出错了：${err && err.message ? err.message : err}`);
    process.exit(1);
  });
