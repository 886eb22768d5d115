// The workbench's own script in the page, run before the sidebar's: google.script.run over HTTP
// (POST /run/<function>, JSON array of arguments in, the function's JSON reply out), the header
// line, and the box that shows the row a problem is about. The sidebar's code is not touched:
// it calls google.script.run as it does on Google. Plain ES2019 in a string: it is served as is
// (no bundler at run time), and the browser tests exercise every line of it.

export interface PageScriptOptions {
  /** The functions google.script.run offers: the sidebar contract's list. */
  readonly functions: readonly string[];
  /** 帮扶台账's 核对结果 column: where a checked row's verdict is, for rows of the aid summary. */
  readonly aidResultColumn: string;
}

export function pageScript(options: PageScriptOptions): string {
  return `(function () {
'use strict';
var FUNCTIONS = ${JSON.stringify(options.functions)};
var AID_RESULT_COLUMN = ${JSON.stringify(options.aidResultColumn)};
var token = new URLSearchParams(location.search).get('token') || '';

function post(path, body) {
  return fetch(path, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', 'X-UnionDesk-Token': token },
    body: JSON.stringify(body),
    cache: 'no-store',
    credentials: 'omit'
  }).then(function (r) {
    return r.json().catch(function () { return {}; }).then(function (json) {
      if (!r.ok) throw new Error(json && json.message ? json.message : '工作台拒绝了请求（HTTP ' + r.status + '）');
      return json;
    });
  }, function () {
    throw new Error('连接不到工作台：它可能已经关闭（命令行窗口被关掉或按了 Ctrl-C）。请重新运行 npx uniondesk open。');
  });
}

// The row the clerk clicked: the sidebar hands only sheet and row to sidebarSelectRow; the
// problem's text also names the column ("工作计划!21 开始日期: …").
var lastRowLink = null;
document.addEventListener('click', function (e) {
  var target = e.target instanceof Element ? e.target.closest('button.row-link') : null;
  if (target) lastRowLink = { sheet: target.getAttribute('data-sheet'), row: Number(target.getAttribute('data-row')), text: target.textContent || '', aid: target.closest('#aid-body') !== null };
}, true);

function columnOf(sheet, row) {
  if (!lastRowLink || lastRowLink.sheet !== sheet || lastRowLink.row !== row) return '';
  var prefix = sheet + '!' + row + ' ';
  var text = lastRowLink.text;
  // A row of the aid summary is about its verdict, which the check wrote in 核对结果.
  if (text.indexOf(prefix) !== 0) return lastRowLink.aid ? AID_RESULT_COLUMN : '';
  var rest = text.slice(prefix.length);
  var end = rest.indexOf(': ');
  return end > 0 ? rest.slice(0, end) : '';
}

function columnLetter(n) {
  var s = '';
  for (; n > 0; n = Math.floor((n - 1) / 26)) s = String.fromCharCode(65 + ((n - 1) % 26)) + s;
  return s;
}

function el(tag, className, text) {
  var e = document.createElement(tag);
  if (className) e.className = className;
  if (text !== undefined) e.textContent = text;
  return e;
}

function showLocated(data) {
  var box = document.getElementById('located');
  if (!box) return;
  var column = columnOf(data.sheet, data.row);
  var headers = data.headers || [];
  var cells = data.cells || [];
  var at = column ? headers.indexOf(column) : -1;
  box.textContent = '';
  var where = '已定位：工作表“' + data.sheet + '” 第 ' + data.row + ' 行' + (column ? '，“' + column + '”列' + (at >= 0 ? '（' + columnLetter(at + 1) + ' 列）' : '') : '');
  box.appendChild(el('p', 'located-where', where));
  var scroll = el('div', 'located-scroll');
  var table = el('table', 'located-row');
  var head = el('tr');
  var body = el('tr');
  head.appendChild(el('th', 'row-number', ''));
  body.appendChild(el('th', 'row-number', String(data.row)));
  for (var i = 0; i < headers.length; i++) {
    var th = el('th', i === at ? 'hit' : '', headers[i]);
    var td = el('td', i === at ? 'hit' : '', cells[i] || '');
    head.appendChild(th);
    body.appendChild(td);
  }
  table.appendChild(head);
  table.appendChild(body);
  scroll.appendChild(table);
  box.appendChild(scroll);
  var cell = (at >= 0 ? columnLetter(at + 1) : 'A') + data.row;
  box.appendChild(el('p', 'gray', '在 Excel 或 WPS 中：打开“' + data.sheet + '”工作表，按 Ctrl+G 输入 ' + cell + ' 即可跳到这里。'));
  box.hidden = false;
  var hit = table.querySelector('td.hit');
  if (hit && hit.scrollIntoView) hit.scrollIntoView({ block: 'nearest', inline: 'center' });
}

function makeRunner(onSuccess, onFailure) {
  var runner = {
    withSuccessHandler: function (h) { return makeRunner(h, onFailure); },
    withFailureHandler: function (h) { return makeRunner(onSuccess, h); }
  };
  FUNCTIONS.forEach(function (fn) {
    runner[fn] = function () {
      var args = Array.prototype.slice.call(arguments);
      post('/run/' + fn, args).then(function (reply) {
        if (fn === 'sidebarSelectRow' && reply && reply.ok && reply.data) showLocated(reply.data);
        if (onSuccess) onSuccess(reply);
      }, function (error) {
        if (onFailure) onFailure(error);
      });
    };
  });
  return runner;
}

window.google = { script: { run: makeRunner(null, null) } };

function showHeader() {
  post('/api/header', []).then(function (reply) {
    if (reply && reply.ok) {
      document.getElementById('wb-name').textContent = reply.data.workbook;
      document.getElementById('wb-unit').textContent = reply.data.unitName || '（设置表未填写单位名称）';
      document.getElementById('wb-year').textContent = String(reply.data.planYear);
      document.title = reply.data.workbook + ' - 工会助手工作台';
    } else {
      document.getElementById('wb-name').textContent = reply && reply.error ? reply.error.message : '读不出工作簿';
    }
  }, function (error) {
    document.getElementById('wb-name').textContent = error.message;
  });
}

document.addEventListener('DOMContentLoaded', function () {
  showHeader();
  document.getElementById('wb-reload').addEventListener('click', function () { location.reload(); });
});
})();`;
}
