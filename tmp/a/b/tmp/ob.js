"use strict";
var __create = Object.create;
var __defProp = Object.defineProperty;
var __getOwnPropDesc = Object.getOwnPropertyDescriptor;
var __getOwnPropNames = Object.getOwnPropertyNames;
var __getProtoOf = Object.getPrototypeOf;
var __hasOwnProp = Object.prototype.hasOwnProperty;
var __export = (target, all) => {
  for (var name in all)
    __defProp(target, name, { get: all[name], enumerable: true });
};
var __copyProps = (to, from, except, desc) => {
  if (from && typeof from === "object" || typeof from === "function") {
    for (let key of __getOwnPropNames(from))
      if (!__hasOwnProp.call(to, key) && key !== except)
        __defProp(to, key, { get: () => from[key], enumerable: !(desc = __getOwnPropDesc(from, key)) || desc.enumerable });
  }
  return to;
};
var __toESM = (mod, isNodeMode, target) => (target = mod != null ? __create(__getProtoOf(mod)) : {}, __copyProps(
  // If the importer is in node compatibility mode or this is not an ESM
  // file that has been converted to a CommonJS file using a Babel-
  // compatible transform (i.e. "__esModule" has not been set), then set
  // "default" to the CommonJS "module.exports" for node compatibility.
  isNodeMode || !mod || !mod.__esModule ? __defProp(target, "default", { value: mod, enumerable: true }) : target,
  mod
));
var __toCommonJS = (mod) => __copyProps(__defProp({}, "__esModule", { value: true }), mod);

// ../../../tests/support/offlineBundle.ts
var offlineBundle_exports = {};
__export(offlineBundle_exports, {
  CODE_JS: () => CODE_JS,
  answering: () => answering,
  runBundle: () => runBundle,
  sampleWorkbook: () => sampleWorkbook
});
module.exports = __toCommonJS(offlineBundle_exports);
var import_node_fs = require("node:fs");
var import_node_path = require("node:path");

// ../../../runner/loadBundle.ts
var fs = __toESM(require("node:fs"));
var vm = __toESM(require("node:vm"));
var scripts = /* @__PURE__ */ new Map();
function compiled(codePath) {
  const st = fs.statSync(codePath);
  const hit = scripts.get(codePath);
  if (hit && hit.mtimeMs === st.mtimeMs && hit.size === st.size) return hit.script;
  const script = new vm.Script(fs.readFileSync(codePath, "utf8"), { filename: codePath });
  scripts.set(codePath, { mtimeMs: st.mtimeMs, size: st.size, script });
  return script;
}
function hostError(e) {
  if (e instanceof Error) return e;
  if (e !== null && typeof e === "object" && "message" in e) {
    const src = e;
    const err = new Error(String(src.message));
    if (typeof src.name === "string") err.name = src.name;
    if (typeof src.stack === "string") err.stack = src.stack;
    return err;
  }
  return new Error(String(e));
}
function loadBundle(codePath, globals) {
  const script = compiled(codePath);
  const context = vm.createContext({ ...globals, Date, console });
  const t0 = performance.now();
  try {
    script.runInContext(context);
  } catch (e) {
    throw hostError(e);
  }
  const loadMs = performance.now() - t0;
  return {
    context,
    loadMs,
    call(fn, ...args) {
      const f = context[fn];
      if (typeof f !== "function") throw new Error(`${codePath} \u4E2D\u6CA1\u6709\u9876\u5C42\u51FD\u6570 ${fn}`);
      try {
        return f(...args);
      } catch (e) {
        throw hostError(e);
      }
    }
  };
}

// ../../../runner/services/callLog.ts
var CallLog = class {
  constructor() {
    this.counts = /* @__PURE__ */ new Map();
    this.groups = /* @__PURE__ */ new Map();
    this.total = 0;
    /** When the running total of calls reaches failAt, that call throws instead of happening. */
    this.failAt = null;
  }
  record(group, name) {
    const n = this.total + 1;
    if (this.failAt !== null && n >= this.failAt || this.failWhen && this.failWhen(group, name, n)) {
      throw new Error(`\u6CE8\u5165\u6545\u969C\uFF1A\u7B2C ${n} \u6B21\u670D\u52A1\u8C03\u7528 ${name}`);
    }
    this.total = n;
    this.counts.set(name, (this.counts.get(name) ?? 0) + 1);
    this.groups.set(name, group);
  }
  /** Calls so far, optionally only of one group and/or one name. */
  count(group, name) {
    if (group === void 0 && name === void 0) return this.total;
    let sum = 0;
    for (const [n, c] of this.counts) {
      if (name !== void 0 && n !== name) continue;
      if (group !== void 0 && this.groups.get(n) !== group) continue;
      sum += c;
    }
    return sum;
  }
  /** Calls per name, e.g. { 'Range.getValues': 3 }; optionally only one group. */
  snapshot(group) {
    const out = {};
    for (const [n, c] of [...this.counts].sort(([a], [b]) => a < b ? -1 : a > b ? 1 : 0)) {
      if (group === void 0 || this.groups.get(n) === group) out[n] = c;
    }
    return out;
  }
  reset() {
    this.counts.clear();
    this.groups.clear();
    this.total = 0;
  }
};

// ../../../runner/services/enums.ts
function makeEnum(typeName, names) {
  const out = {};
  names.forEach((n, i) => {
    const v = Object.freeze({
      name: () => n,
      ordinal: () => i,
      toString: () => n,
      toJSON: () => n,
      [Symbol.toStringTag]: `${typeName}.${n}`
    });
    out[n] = v;
  });
  return Object.freeze(out);
}
function enumName(v) {
  return v === null || v === void 0 ? "" : String(v);
}

// ../../../runner/services/offline.ts
var PROBES = /* @__PURE__ */ new Set(["then", "toJSON", "asymmetricMatch", "nodeType", "$$typeof", "constructor", "inspect"]);
var UNWRAP = /* @__PURE__ */ Symbol("offline.unwrap");
function offline(impl, group, typeName, log) {
  const proxy = new Proxy(impl, {
    get(target, prop, receiver) {
      if (prop === UNWRAP) return target;
      if (typeof prop === "symbol") return Reflect.get(target, prop, receiver);
      const value = Reflect.get(target, prop, target);
      if (value === void 0 && !(prop in target)) {
        if (PROBES.has(prop)) return void 0;
        return () => {
          throw new Error(`${typeName}.${prop} \u79BB\u7EBF\u8FD0\u884C\u5668\u4E0D\u652F\u6301 (not supported offline)`);
        };
      }
      if (typeof value !== "function" || prop === "toString" || prop === "valueOf") return value;
      return function(...args) {
        log.record(group, `${typeName}.${prop}`);
        const result = value.apply(target, args);
        return result === target ? proxy : result;
      };
    }
  });
  return proxy;
}
function unwrap(obj) {
  if (obj === null || typeof obj !== "object" && typeof obj !== "function") return void 0;
  return obj[UNWRAP] ?? obj;
}

// ../../../runner/services/ui.ts
var G = "ui";
var Button = makeEnum("Button", ["CLOSE", "OK", "CANCEL", "YES", "NO"]);
var ButtonSet = makeEnum("ButtonSet", ["OK", "OK_CANCEL", "YES_NO", "YES_NO_CANCEL"]);
var defaultResponder = (req) => {
  if (req.kind === "prompt") return { button: req.buttons.includes("CANCEL") ? "CANCEL" : "CLOSE", text: "" };
  return { button: req.buttons.startsWith("YES") ? "YES" : "OK" };
};
var SET_BUTTONS = {
  OK: ["OK", "CLOSE"],
  OK_CANCEL: ["OK", "CANCEL", "CLOSE"],
  YES_NO: ["YES", "NO", "CLOSE"],
  YES_NO_CANCEL: ["YES", "NO", "CANCEL", "CLOSE"]
};
var MenuImpl = class _MenuImpl {
  constructor(model, ui) {
    this.model = model;
    this.ui = ui;
  }
  addItem(caption, functionName) {
    this.model.entries.push({ kind: "item", caption: String(caption), functionName: String(functionName) });
    return this;
  }
  addSeparator() {
    this.model.entries.push({ kind: "separator" });
    return this;
  }
  addSubMenu(menu) {
    const sub = unwrap(menu);
    if (!sub || !(sub instanceof _MenuImpl)) throw new Error("Menu.addSubMenu: \u53C2\u6570\u4E0D\u662F\u83DC\u5355");
    this.model.entries.push({ kind: "submenu", menu: sub.model });
    return this;
  }
  addToUi() {
    const i = this.ui.menus.findIndex((m) => m.title === this.model.title);
    if (i >= 0) this.ui.menus[i] = this.model;
    else this.ui.menus.push(this.model);
  }
};
var PromptResponseImpl = class {
  constructor(button, text) {
    this.button = button;
    this.text = text;
  }
  getResponseText() {
    return this.text;
  }
  getSelectedButton() {
    return this.button;
  }
};
var OfflineUi = class {
  constructor(responder = defaultResponder, log) {
    this.responder = responder;
    this.log = log;
    this.Button = Button;
    this.ButtonSet = ButtonSet;
    this.menus = [];
    this.shown = [];
  }
  /** Bound to a log by the service set (the Ui object itself is created before the log). */
  attach(log) {
    this.log = log;
    return offline(this, G, "Ui", log);
  }
  show(m) {
    this.shown.push(m);
    this.onMessage?.(m);
  }
  createMenu(caption) {
    const impl = new MenuImpl({ title: String(caption), entries: [] }, this);
    return this.log ? offline(impl, G, "Menu", this.log) : impl;
  }
  alert(a, b, c) {
    const [title, message, buttons] = c !== void 0 ? [String(a), String(b), c] : b !== void 0 ? ["", String(a), b] : ["", String(a), ButtonSet.OK];
    const set = enumName(buttons) || "OK";
    const answer = this.ask({ kind: "alert", title, message, buttons: set });
    return Button[answer.button];
  }
  prompt(a, b, c) {
    const [title, message, buttons] = c !== void 0 ? [String(a), String(b), c] : b !== void 0 ? ["", String(a), b] : ["", String(a), ButtonSet.OK];
    const set = enumName(buttons) || "OK";
    const answer = this.ask({ kind: "prompt", title, message, buttons: set });
    const impl = new PromptResponseImpl(Button[answer.button], answer.text ?? "");
    return this.log ? offline(impl, G, "PromptResponse", this.log) : impl;
  }
  ask(req) {
    const allowed = SET_BUTTONS[req.buttons];
    if (!allowed) throw new Error(`Ui.${req.kind}: \u672A\u77E5\u7684\u6309\u94AE\u7EC4 ${req.buttons}`);
    const answer = this.responder(req);
    if (!allowed.includes(answer.button)) {
      throw new Error(`\u6D4B\u8BD5\u5E94\u7B54\u5668\u4E3A\u201C${req.message.slice(0, 40)}\u201D\u9009\u62E9\u4E86 ${answer.button}\uFF0C\u4F46\u5BF9\u8BDD\u6846\u53EA\u6709 ${allowed.join("/")}`);
    }
    this.show({ kind: req.kind, title: req.title, message: req.message, answer });
    return answer;
  }
  showSidebar(output) {
    this.showHtml("sidebar", output);
  }
  showModalDialog(output, title) {
    this.showHtml("modal", output, title);
  }
  showModelessDialog(output, title) {
    this.showHtml("modeless", output, title);
  }
  /** Used by Spreadsheet.toast. */
  toast(message, title) {
    this.show({ kind: "toast", title, message });
  }
  showHtml(kind, output, title) {
    const impl = unwrap(output);
    if (!impl || typeof impl.getContent !== "function") throw new Error(`Ui.show\u2026: \u53C2\u6570\u4E0D\u662F HtmlOutput`);
    this.show({ kind, title: title !== void 0 ? String(title) : impl.getTitle?.() ?? "", message: impl.getContent() });
  }
  /** The last message of a kind (tests). */
  last(kind) {
    for (let i = this.shown.length - 1; i >= 0; i--) if (!kind || this.shown[i].kind === kind) return this.shown[i];
    return void 0;
  }
};

// ../../../runner/a1.ts
function columnToLetters(column) {
  let s = "";
  for (let n = column; n > 0; n = Math.floor((n - 1) / 26)) s = String.fromCharCode(65 + (n - 1) % 26) + s;
  return s;
}
function lettersToColumn(letters) {
  let n = 0;
  for (const ch of letters.toUpperCase()) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n;
}
function toA1(a) {
  const start = `${columnToLetters(a.column)}${a.row}`;
  if (a.numRows === 1 && a.numColumns === 1) return start;
  return `${start}:${columnToLetters(a.column + a.numColumns - 1)}${a.row + a.numRows - 1}`;
}
var REF = /^\$?([A-Za-z]*)\$?(\d*)$/;
function parseA1(a1, maxRows, maxColumns) {
  const parts = a1.trim().split(":");
  if (parts.length > 2) return null;
  const refs = parts.map((p) => REF.exec(p.trim()));
  if (refs.some((m) => !m || m[1] === "" && m[2] === "")) return null;
  const [a, b] = [refs[0], refs[refs.length - 1]];
  if (parts.length === 1 && (a[1] === "" || a[2] === "")) return null;
  const c1 = a[1] ? lettersToColumn(a[1]) : 1;
  const c2 = b[1] ? lettersToColumn(b[1]) : maxColumns;
  const r1 = a[2] ? Number(a[2]) : 1;
  const r2 = b[2] ? Number(b[2]) : maxRows;
  const row = Math.min(r1, r2);
  const column = Math.min(c1, c2);
  return { row, column, numRows: Math.abs(r2 - r1) + 1, numColumns: Math.abs(c2 - c1) + 1 };
}
function splitSheetName(a1) {
  const i = a1.lastIndexOf("!");
  if (i < 0) return { sheet: null, ref: a1 };
  let sheet = a1.slice(0, i);
  if (sheet.startsWith("'") && sheet.endsWith("'")) sheet = sheet.slice(1, -1).replace(/''/g, "'");
  return { sheet, ref: a1.slice(i + 1) };
}

// ../../../runner/timeZone.ts
var formatters = /* @__PURE__ */ new Map();
function formatter(tz) {
  let f = formatters.get(tz);
  if (!f) {
    f = new Intl.DateTimeFormat("en-US", {
      timeZone: tz,
      hourCycle: "h23",
      era: "short",
      year: "numeric",
      month: "numeric",
      day: "numeric",
      hour: "numeric",
      minute: "numeric",
      second: "numeric"
    });
    formatters.set(tz, f);
  }
  return f;
}
function checkTimeZone(tz) {
  formatter(tz);
}
function instantToWall(date, tz) {
  const t = date.getTime();
  if (!Number.isFinite(t)) throw new RangeError("Invalid Date");
  const out = {};
  let bc = false;
  for (const p of formatter(tz).formatToParts(new Date(Math.floor(t / 1e3) * 1e3))) {
    if (p.type === "era") bc = p.value === "BC" || p.value === "B";
    else if (p.type !== "literal") out[p.type] = Number(p.value);
  }
  const y = bc ? 1 - out.year : out.year;
  return { y, mo: out.month, d: out.day, h: out.hour, mi: out.minute, s: out.second, ms: (t % 1e3 + 1e3) % 1e3 };
}
function wallAsUtc(p) {
  const d = new Date(Date.UTC(2e3, p.mo - 1, p.d, p.h, p.mi, p.s, p.ms));
  d.setUTCFullYear(p.y, p.mo - 1, p.d);
  return d.getTime();
}
function offsetAt(t, tz) {
  const ms = (t % 1e3 + 1e3) % 1e3;
  return wallAsUtc({ ...instantToWall(new Date(t), tz), ms }) - t;
}
function wallToInstant(parts, tz) {
  const p = { h: 0, mi: 0, s: 0, ms: 0, ...parts };
  const local = wallAsUtc(p);
  const before = offsetAt(local - 864e5, tz);
  const after = offsetAt(local + 864e5, tz);
  const candidates = [.../* @__PURE__ */ new Set([before, after])].map((o) => local - o).sort((a, b) => a - b);
  for (const t of candidates) {
    if (wallAsUtc({ ...instantToWall(new Date(t), tz), ms: p.ms }) === local) return new Date(t);
  }
  return new Date(local - before);
}

// ../../../runner/cellInput.ts
var DATE_FORMAT = "yyyy-mm-dd";
var DATETIME_FORMAT = "yyyy-mm-dd hh:mm:ss";
var TIME_FORMAT = "hh:mm:ss";
function isDate(v) {
  return Object.prototype.toString.call(v) === "[object Date]";
}
var NUMBER = /^[+-]?(?:\d+(?:\.\d*)?|\.\d+)(?:[eE][+-]?\d+)?$/;
var GROUPED = /^[+-]?\d{1,3}(?:,\d{3})+(?:\.\d*)?$/;
var DATE = /^(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})(?:[ T](\d{1,2}):(\d{2})(?::(\d{2}))?)?$/;
var CN_DATE = /^(\d{4})年(\d{1,2})月(\d{1,2})日$/;
var TIME = /^(\d{1,2}):(\d{2})(?::(\d{2}))?$/;
function interpretInput(input, format, tz) {
  if (input === null || input === void 0 || input === "") return {};
  if (isDate(input)) {
    if (Number.isNaN(input.getTime())) return { value: String(input) };
    return { value: new Date(input.getTime()) };
  }
  if (typeof input === "number") return Number.isFinite(input) ? { value: input } : { value: "#NUM!" };
  if (typeof input === "boolean") return { value: input };
  const s = String(input);
  if (s.startsWith("'")) return s.length > 1 ? { value: s.slice(1) } : {};
  if (format === "@") return { value: s };
  if (s.startsWith("=") && s.length > 1) return { formula: s };
  const t = s.trim();
  const n = parseNumber(t);
  if (n !== null) return n;
  if (/^(true|false)$/i.test(t)) return { value: t.toUpperCase() === "TRUE" };
  const d = parseDate(t, tz);
  if (d) return d;
  if (/^[+-]./.test(t)) return { formula: `=${t}`, value: "#ERROR!" };
  return { value: s };
}
function parseNumber(t) {
  let s = t;
  let autoFormat;
  const currency = /^([+-]?)[$¥￥](.+)$/.exec(s);
  if (currency) {
    s = currency[1] + currency[2];
    autoFormat = '"\xA5"#,##0.00';
  }
  let percent = false;
  if (s.endsWith("%")) {
    percent = true;
    s = s.slice(0, -1);
    autoFormat = "0.00%";
  }
  if (GROUPED.test(s)) {
    s = s.replace(/,/g, "");
    autoFormat ??= "#,##0.00";
  }
  if (!NUMBER.test(s)) return null;
  const n = Number(s) / (percent ? 100 : 1);
  return autoFormat ? { value: n, autoFormat } : { value: n };
}
function parseDate(t, tz) {
  const m = DATE.exec(t) ?? CN_DATE.exec(t);
  if (m) {
    const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
    const probe = new Date(Date.UTC(2e3, mo - 1, d));
    if (mo < 1 || mo > 12 || d < 1 || probe.getUTCMonth() !== mo - 1) return null;
    if (mo === 2 && d === 29 && !(y % 4 === 0 && (y % 100 !== 0 || y % 400 === 0))) return null;
    const h = m[4] !== void 0 ? Number(m[4]) : 0;
    const mi = m[5] !== void 0 ? Number(m[5]) : 0;
    const s = m[6] !== void 0 ? Number(m[6]) : 0;
    if (h > 23 || mi > 59 || s > 59) return null;
    return { value: wallToInstant({ y, mo, d, h, mi, s }, tz), autoFormat: m[4] !== void 0 ? DATETIME_FORMAT : DATE_FORMAT };
  }
  const tm = TIME.exec(t);
  if (tm) {
    const [h, mi, s] = [Number(tm[1]), Number(tm[2]), Number(tm[3] ?? 0)];
    if (h > 23 || mi > 59 || s > 59) return null;
    return { value: wallToInstant({ y: 1899, mo: 12, d: 30, h, mi, s }, tz), autoFormat: TIME_FORMAT };
  }
  return null;
}

// ../../../runner/numberFormat.ts
function isDateFormat(format) {
  const bare = format.replace(/"[^"]*"|\\.|\[[^\]]*\]/g, "");
  return /[yd]|h|s|m(?![^;]*[#0])/i.test(bare) && !/^[#0.,%]*$/.test(bare) && !/General/i.test(bare);
}
function displayValue(value, format, tz) {
  if (value === void 0 || value === "") return "";
  if (typeof value === "boolean") return value ? "TRUE" : "FALSE";
  if (typeof value === "string") return value;
  if (isDate(value)) {
    const wall = instantToWall(value, tz);
    if (isDateFormat(format)) return formatWall(wall, format);
    const midnight = wall.h === 0 && wall.mi === 0 && wall.s === 0;
    return formatWall(wall, midnight ? "yyyy-mm-dd" : "yyyy-mm-dd hh:mm:ss");
  }
  if (format === "@" || format === "General" || format === "") return generalNumber(value);
  if (isDateFormat(format)) {
    const t = Date.UTC(1899, 11, 30) + Math.round(value * 864e5);
    const d = new Date(t);
    return formatWall({ y: d.getUTCFullYear(), mo: d.getUTCMonth() + 1, d: d.getUTCDate(), h: d.getUTCHours(), mi: d.getUTCMinutes(), s: d.getUTCSeconds(), ms: d.getUTCMilliseconds() }, format);
  }
  return formatNumber(value, format);
}
function generalNumber(n) {
  if (Number.isInteger(n) && Math.abs(n) < 1e15) return String(n);
  if (Math.abs(n) >= 1e15 || n !== 0 && Math.abs(n) < 1e-9) {
    return n.toExponential(5).replace(/\.?0+e/, "E").replace("E+", "E+").replace(/e/, "E");
  }
  return String(+n.toPrecision(10));
}
function formatNumber(n, format) {
  const section = format.split(";")[n < 0 && format.includes(";") ? 1 : 0] ?? format;
  let core = "";
  let started = false;
  let suffix = "";
  let prefix = "";
  for (const tok of section.match(/"[^"]*"|\\.|\[[^\]]*\]|[#0?,.%]|./g) ?? []) {
    const lit = tok.startsWith('"') ? tok.slice(1, -1) : tok.startsWith("\\") ? tok.slice(1) : tok.startsWith("[") ? "" : null;
    if (lit === null && /[#0?,.%]/.test(tok)) {
      core += tok;
      started = true;
    } else {
      const text2 = lit ?? tok;
      if (started) suffix += text2;
      else prefix += text2;
    }
  }
  const percent = core.includes("%");
  const v = Math.abs(percent ? n * 100 : n);
  const dot = core.indexOf(".");
  const decimals = dot < 0 ? 0 : (core.slice(dot + 1).match(/[0#?]/g) ?? []).length;
  const minDecimals = dot < 0 ? 0 : (core.slice(dot + 1).match(/0/g) ?? []).length;
  let text = v.toFixed(decimals);
  if (decimals > minDecimals) text = text.replace(new RegExp(`0{1,${decimals - minDecimals}}$`), "").replace(/\.$/, "");
  const [int, frac] = text.split(".");
  const grouped = core.includes(",") ? int.replace(/\B(?=(\d{3})+(?!\d))/g, ",") : int;
  const sign = n < 0 && !format.includes(";") ? "-" : "";
  return `${sign}${prefix}${grouped}${frac !== void 0 ? "." + frac : ""}${percent ? "%" : ""}${suffix}`;
}
var WEEKDAYS = ["Sunday", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday"];
var MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"];
function formatWall(w, format) {
  const tokens = format.match(/"[^"]*"|\\.|\[[^\]]*\]|yyyy|yy|mmmm|mmm|mm|m|dddd|ddd|dd|d|hh|h|ss|s|am\/pm|a\/p|\.0+|./gi) ?? [];
  const kinds = tokens.map((t) => t.toLowerCase());
  const twelve = kinds.some((k) => k === "am/pm" || k === "a/p");
  const isMinute = (i) => {
    for (let j = i - 1; j >= 0; j--) {
      if (/^(hh?|ss?|yyyy|yy|dd?d?d?|mm?m?m?)$/.test(kinds[j])) return /^hh?$/.test(kinds[j]);
    }
    for (let j = i + 1; j < kinds.length; j++) {
      if (/^(hh?|ss?|yyyy|yy|dd?d?d?|mm?m?m?)$/.test(kinds[j])) return /^ss?$/.test(kinds[j]);
    }
    return false;
  };
  const pad = (n, l = 2) => String(n).padStart(l, "0");
  const hour = twelve ? (w.h + 11) % 12 + 1 : w.h;
  const weekday = new Date(Date.UTC(2e3, w.mo - 1, w.d)).getUTCDay();
  return tokens.map((tok, i) => {
    const k = kinds[i];
    if (tok.startsWith('"')) return tok.slice(1, -1);
    if (tok.startsWith("\\")) return tok.slice(1);
    if (tok.startsWith("[")) return "";
    switch (k) {
      case "yyyy":
        return pad(w.y, 4);
      case "yy":
        return pad(w.y % 100);
      case "mmmm":
        return MONTHS[w.mo - 1];
      case "mmm":
        return MONTHS[w.mo - 1].slice(0, 3);
      case "mm":
        return isMinute(i) ? pad(w.mi) : pad(w.mo);
      case "m":
        return isMinute(i) ? String(w.mi) : String(w.mo);
      case "dddd":
        return WEEKDAYS[(weekday + 7) % 7];
      case "ddd":
        return WEEKDAYS[(weekday + 7) % 7].slice(0, 3);
      case "dd":
        return pad(w.d);
      case "d":
        return String(w.d);
      case "hh":
        return pad(hour);
      case "h":
        return String(hour);
      case "ss":
        return pad(w.s);
      case "s":
        return String(w.s);
      case "am/pm":
        return w.h < 12 ? "AM" : "PM";
      case "a/p":
        return w.h < 12 ? "A" : "P";
      default:
        if (/^\.0+$/.test(k)) return "." + pad(w.ms, 3).slice(0, k.length - 1);
        return tok;
    }
  }).join("");
}

// ../../../runner/services/spreadsheet.ts
var G2 = "spreadsheet";
var ProtectionType = makeEnum("ProtectionType", ["RANGE", "SHEET"]);
var DataValidationCriteria = makeEnum("DataValidationCriteria", [
  "DATE_AFTER",
  "DATE_BEFORE",
  "DATE_BETWEEN",
  "DATE_EQUAL_TO",
  "DATE_IS_VALID_DATE",
  "DATE_NOT_BETWEEN",
  "DATE_ON_OR_AFTER",
  "DATE_ON_OR_BEFORE",
  "NUMBER_BETWEEN",
  "NUMBER_EQUAL_TO",
  "NUMBER_GREATER_THAN",
  "NUMBER_GREATER_THAN_OR_EQUAL_TO",
  "NUMBER_LESS_THAN",
  "NUMBER_LESS_THAN_OR_EQUAL_TO",
  "NUMBER_NOT_BETWEEN",
  "NUMBER_NOT_EQUAL_TO",
  "TEXT_CONTAINS",
  "TEXT_DOES_NOT_CONTAIN",
  "TEXT_EQUAL_TO",
  "TEXT_IS_VALID_EMAIL",
  "TEXT_IS_VALID_URL",
  "VALUE_IN_LIST",
  "VALUE_IN_RANGE",
  "CUSTOM_FORMULA",
  "CHECKBOX"
]);
var Dimension = makeEnum("Dimension", ["COLUMNS", "ROWS"]);
var WrapStrategy = makeEnum("WrapStrategy", ["WRAP", "OVERFLOW", "CLIP"]);
var DEFAULT_COLUMN_WIDTH = 100;
var AUTOMATIC_FORMAT = "0.###############";
function signatureError(method, args) {
  const types = args.map((a) => a === null || a === void 0 ? "null" : Array.isArray(a) ? "Object[]" : isDate(a) ? "Date" : typeof a === "object" ? "Object" : typeof a);
  return new Error(`The parameters (${types.join(",")}) don't match the method signature for ${method}.`);
}
function isInt(v) {
  return typeof v === "number" && Number.isFinite(v);
}
var DataValidationImpl = class {
  constructor(rule, ctx) {
    this.rule = rule;
    this.ctx = ctx;
  }
  getCriteriaType() {
    return DataValidationCriteria[this.rule.type === "CUSTOM" ? "CUSTOM_FORMULA" : this.rule.type];
  }
  getCriteriaValues() {
    return this.rule.type === "VALUE_IN_LIST" ? [[...this.rule.values], this.rule.showDropdown] : [...this.rule.values];
  }
  getAllowInvalid() {
    return this.rule.allowInvalid;
  }
  getHelpText() {
    return this.rule.helpText || null;
  }
  copy() {
    return validationBuilder(this.ctx, { ...this.rule });
  }
};
var DataValidationBuilderImpl = class {
  constructor(rule, ctx) {
    this.rule = rule;
    this.ctx = ctx;
  }
  set(patch) {
    this.rule = { type: "CUSTOM", values: [], showDropdown: false, allowInvalid: true, helpText: "", ...this.rule, ...patch };
    return this;
  }
  requireValueInList(values, showDropdown) {
    if (!Array.isArray(values)) throw signatureError("DataValidationBuilder.requireValueInList", [values]);
    if (values.length > 500) throw new Error("The data validation rule has more than 500 items.");
    return this.set({ type: "VALUE_IN_LIST", values: values.map(String), showDropdown: showDropdown ?? true });
  }
  requireDate() {
    return this.set({ type: "DATE_IS_VALID_DATE", values: [] });
  }
  requireNumberBetween(start, end) {
    return this.set({ type: "NUMBER_BETWEEN", values: [start, end] });
  }
  requireNumberGreaterThanOrEqualTo(n) {
    return this.set({ type: "NUMBER_GREATER_THAN_OR_EQUAL_TO", values: [n] });
  }
  requireCheckbox() {
    return this.set({ type: "CHECKBOX", values: [] });
  }
  setAllowInvalid(allow) {
    return this.set({ allowInvalid: Boolean(allow) });
  }
  setHelpText(text) {
    return this.set({ helpText: String(text) });
  }
  getAllowInvalid() {
    return this.rule?.allowInvalid ?? true;
  }
  getHelpText() {
    return this.rule?.helpText || null;
  }
  build() {
    if (!this.rule || this.rule.type === "CUSTOM") throw new Error("You must specify a criteria type for the data validation rule.");
    return offline(new DataValidationImpl({ ...this.rule }, this.ctx), G2, "DataValidation", this.ctx.log);
  }
};
function validationBuilder(ctx, rule) {
  return offline(new DataValidationBuilderImpl(rule, ctx), G2, "DataValidationBuilder", ctx.log);
}
function validationOf(ctx, rule) {
  return rule ? offline(new DataValidationImpl(rule, ctx), G2, "DataValidation", ctx.log) : null;
}
function ruleOf(v) {
  if (v === null || v === void 0) return void 0;
  const impl = unwrap(v);
  if (!(impl instanceof DataValidationImpl)) throw signatureError("SpreadsheetApp.Range.setDataValidation", [v]);
  return impl.rule;
}
function satisfies(rule, v) {
  switch (rule.type) {
    case "VALUE_IN_LIST":
      return rule.values.some((x) => String(x) === (isDate(v) ? "" : String(v)));
    case "DATE_IS_VALID_DATE":
      return isDate(v);
    case "NUMBER_BETWEEN":
      return typeof v === "number" && v >= Number(rule.values[0]) && v <= Number(rule.values[1]);
    case "NUMBER_GREATER_THAN_OR_EQUAL_TO":
      return typeof v === "number" && v >= Number(rule.values[0]);
    case "CHECKBOX":
      return typeof v === "boolean";
    default:
      return true;
  }
}
var UserImpl = class {
  constructor(email) {
    this.email = email;
  }
  getEmail() {
    return this.email;
  }
  getUserLoginId() {
    return this.email;
  }
  toString() {
    return this.email;
  }
};
function offlineUser(email, log, group = G2) {
  return offline(new UserImpl(email), group, "User", log);
}
function emailOf(v) {
  if (typeof v === "string") return v.trim();
  const impl = unwrap(v);
  if (impl instanceof UserImpl) return impl.getEmail();
  throw signatureError("SpreadsheetApp.Protection.addEditor", [v]);
}
var ProtectionImpl = class {
  constructor(model, sheet, ctx) {
    this.model = model;
    this.sheet = sheet;
    this.ctx = ctx;
  }
  removed() {
    return !this.sheet.protections.includes(this.model);
  }
  getProtectionType() {
    return ProtectionType[this.model.type];
  }
  getDescription() {
    return this.model.description;
  }
  setDescription(d) {
    this.model.description = String(d);
    this.ctx.wb.dirty = true;
    return this;
  }
  addEditor(user) {
    return this.addEditors([user]);
  }
  addEditors(users) {
    for (const u of users) {
      const e = emailOf(u);
      if (e && !this.model.editors.includes(e)) this.model.editors.push(e);
    }
    return this;
  }
  removeEditor(user) {
    return this.removeEditors([user]);
  }
  removeEditors(users) {
    const drop = new Set(users.map(emailOf).filter((e) => e !== this.ctx.user));
    this.model.editors = this.model.editors.filter((e) => !drop.has(e));
    return this;
  }
  getEditors() {
    return this.model.editors.map((e) => offlineUser(e, this.ctx.log));
  }
  setWarningOnly(w) {
    this.model.warningOnly = Boolean(w);
    return this;
  }
  isWarningOnly() {
    return this.model.warningOnly;
  }
  setDomainEdit(d) {
    this.model.domainEdit = Boolean(d);
    return this;
  }
  canDomainEdit() {
    return this.model.domainEdit;
  }
  // The offline user owns the workbook, and owners can always edit.
  canEdit() {
    return !this.removed();
  }
  remove() {
    const i = this.sheet.protections.indexOf(this.model);
    if (i >= 0) this.sheet.protections.splice(i, 1);
  }
  getRange() {
    const r = this.model.range ?? { row: 1, column: 1, numRows: this.sheet.maxRows, numColumns: this.sheet.maxColumns };
    return rangeOf(this.ctx, this.sheet, r);
  }
};
function protectionOf(ctx, sheet, model) {
  return offline(new ProtectionImpl(model, sheet, ctx), G2, "Protection", ctx.log);
}
function rangeOf(ctx, sheet, area) {
  return offline(new RangeImpl(ctx, sheet, area), G2, "Range", ctx.log);
}
function checkArea(sheet, row, col, numRows, numCols, method) {
  if (!isInt(row) || !isInt(col) || !isInt(numRows) || !isInt(numCols)) throw signatureError(method, [row, col, numRows, numCols]);
  const a = { row: Math.trunc(row), column: Math.trunc(col), numRows: Math.trunc(numRows), numColumns: Math.trunc(numCols) };
  if (a.row < 1) throw new Error("The starting row of the range is too small.");
  if (a.column < 1) throw new Error("The starting column of the range is too small.");
  if (a.numRows < 1) throw new Error("The number of rows in the range must be at least 1.");
  if (a.numColumns < 1) throw new Error("The number of columns in the range must be at least 1.");
  if (a.row + a.numRows - 1 > sheet.maxRows || a.column + a.numColumns - 1 > sheet.maxColumns) {
    throw new Error("The coordinates of the range are outside the dimensions of the sheet.");
  }
  return a;
}
function areaFromA1(sheet, a1) {
  const a = parseA1(a1, sheet.maxRows, sheet.maxColumns);
  if (!a) throw new Error(`Range not found`);
  return checkArea(sheet, a.row, a.column, a.numRows, a.numColumns, "SpreadsheetApp.Sheet.getRange");
}
var RangeImpl = class {
  constructor(ctx, sheet, area) {
    this.ctx = ctx;
    this.sheet = sheet;
    this.area = area;
  }
  cells(fn) {
    const { row, column, numRows, numColumns } = this.area;
    const out = new Array(numRows);
    for (let i = 0; i < numRows; i++) {
      const line = new Array(numColumns);
      for (let j = 0; j < numColumns; j++) line[j] = fn(row + i, column + j);
      out[i] = line;
    }
    return out;
  }
  forEach(fn) {
    const { row, column, numRows, numColumns } = this.area;
    for (let i = 0; i < numRows; i++) for (let j = 0; j < numColumns; j++) fn(row + i, column + j, i, j);
  }
  /** Checks a 2-D argument's shape against the range, with Apps Script's messages. */
  checkGrid(data, method) {
    if (!Array.isArray(data) || !data.every((r) => Array.isArray(r))) throw signatureError(`SpreadsheetApp.Range.${method}`, [data]);
    const rows = data;
    if (rows.length !== this.area.numRows) {
      throw new Error(`The number of rows in the data does not match the number of rows in the range. The data has ${rows.length} but the range has ${this.area.numRows}.`);
    }
    for (const r of rows) {
      if (r.length !== this.area.numColumns) {
        throw new Error(`The number of columns in the data does not match the number of columns in the range. The data has ${r.length} but the range has ${this.area.numColumns}.`);
      }
    }
    return rows;
  }
  write(r, c, input) {
    const s = this.sheet;
    const stored = interpretInput(input, s.formatAt(r, c), this.ctx.wb.timeZone);
    const rule = s.validations.get(r, c);
    if (rule && !rule.allowInvalid && stored.value !== void 0 && stored.formula === void 0 && !satisfies(rule, stored.value)) {
      throw new Error(`The data you entered in cell ${toA1({ row: r, column: c, numRows: 1, numColumns: 1 })} violates the data validation rules set on this cell.`);
    }
    s.values.set(r, c, stored.value);
    s.formulas.set(r, c, stored.formula);
    if (stored.autoFormat && s.formatAt(r, c) === "General") s.formats.set(r, c, stored.autoFormat);
    this.ctx.wb.dirty = true;
  }
  touched() {
    this.ctx.wb.dirty = true;
    return this;
  }
  // Values ------------------------------------------------------------------------------------
  getValues() {
    const v = this.sheet.values;
    return this.cells((r, c) => {
      const x = v.get(r, c);
      return x === void 0 ? "" : isDate(x) ? new Date(x.getTime()) : x;
    });
  }
  getValue() {
    const x = this.sheet.values.get(this.area.row, this.area.column);
    return x === void 0 ? "" : isDate(x) ? new Date(x.getTime()) : x;
  }
  setValues(values) {
    const rows = this.checkGrid(values, "setValues");
    this.forEach((r, c, i, j) => this.write(r, c, rows[i][j]));
    return this;
  }
  setValue(value) {
    if (Array.isArray(value)) throw signatureError("SpreadsheetApp.Range.setValue", [value]);
    this.forEach((r, c) => this.write(r, c, value));
    return this;
  }
  getDisplayValues() {
    const tz = this.ctx.wb.timeZone;
    return this.cells((r, c) => displayValue(this.sheet.values.get(r, c), this.sheet.formatAt(r, c), tz));
  }
  getDisplayValue() {
    const { row, column } = this.area;
    return displayValue(this.sheet.values.get(row, column), this.sheet.formatAt(row, column), this.ctx.wb.timeZone);
  }
  getFormulas() {
    return this.cells((r, c) => this.sheet.formulas.get(r, c) ?? "");
  }
  getFormula() {
    return this.sheet.formulas.get(this.area.row, this.area.column) ?? "";
  }
  setFormula(formula) {
    this.forEach((r, c) => this.write(r, c, String(formula).startsWith("=") ? formula : `=${formula}`));
    return this;
  }
  setFormulas(formulas) {
    const rows = this.checkGrid(formulas, "setFormulas");
    this.forEach((r, c, i, j) => this.write(r, c, rows[i][j]));
    return this;
  }
  isBlank() {
    let blank = true;
    this.forEach((r, c) => {
      const v = this.sheet.values.get(r, c);
      if (v !== void 0 && v !== "" || this.sheet.formulas.get(r, c) !== void 0) blank = false;
    });
    return blank;
  }
  clearContent() {
    this.forEach((r, c) => {
      this.sheet.values.set(r, c, void 0);
      this.sheet.formulas.set(r, c, void 0);
    });
    return this.touched();
  }
  clearFormat() {
    this.forEach((r, c) => {
      this.sheet.formats.set(r, c, void 0);
      this.sheet.backgrounds.set(r, c, void 0);
      this.sheet.bold.set(r, c, void 0);
    });
    return this.touched();
  }
  clearDataValidations() {
    this.forEach((r, c) => this.sheet.validations.set(r, c, void 0));
    return this.touched();
  }
  clearNote() {
    this.forEach((r, c) => this.sheet.notes.set(r, c, void 0));
    return this.touched();
  }
  clear(options) {
    const all = !options || !options.contentsOnly && !options.formatOnly && !options.validationsOnly && !options.commentsOnly;
    if (all || options?.contentsOnly) this.clearContent();
    if (all || options?.formatOnly) this.clearFormat();
    if (all || options?.validationsOnly) this.clearDataValidations();
    if (all || options?.commentsOnly) this.clearNote();
    return this;
  }
  // Formats -----------------------------------------------------------------------------------
  setNumberFormat(format) {
    const f = String(format);
    this.forEach((r, c) => this.sheet.formats.set(r, c, f === "General" ? void 0 : f));
    return this.touched();
  }
  setNumberFormats(formats) {
    const rows = this.checkGrid(formats, "setNumberFormats");
    this.forEach((r, c, i, j) => this.sheet.formats.set(r, c, String(rows[i][j])));
    return this.touched();
  }
  getNumberFormat() {
    const f = this.sheet.formatAt(this.area.row, this.area.column);
    return f === "General" ? AUTOMATIC_FORMAT : f;
  }
  getNumberFormats() {
    return this.cells((r, c) => {
      const f = this.sheet.formatAt(r, c);
      return f === "General" ? AUTOMATIC_FORMAT : f;
    });
  }
  setFontWeight(weight) {
    const bold = weight === "bold" ? true : void 0;
    this.forEach((r, c) => this.sheet.bold.set(r, c, bold));
    return this.touched();
  }
  setFontWeights(weights) {
    const rows = this.checkGrid(weights, "setFontWeights");
    this.forEach((r, c, i, j) => this.sheet.bold.set(r, c, rows[i][j] === "bold" ? true : void 0));
    return this.touched();
  }
  getFontWeight() {
    return this.sheet.bold.get(this.area.row, this.area.column) ? "bold" : "normal";
  }
  getFontWeights() {
    return this.cells((r, c) => this.sheet.bold.get(r, c) ? "bold" : "normal");
  }
  setBackground(color) {
    const bg = color === null || color === "" || color.toLowerCase() === "#ffffff" || color === "white" ? void 0 : color;
    this.forEach((r, c) => this.sheet.backgrounds.set(r, c, bg));
    return this.touched();
  }
  setBackgrounds(colors) {
    const rows = this.checkGrid(colors, "setBackgrounds");
    this.forEach((r, c, i, j) => {
      const v = rows[i][j];
      this.sheet.backgrounds.set(r, c, v === null || v === "" || v.toLowerCase() === "#ffffff" ? void 0 : v);
    });
    return this.touched();
  }
  getBackground() {
    return this.sheet.backgrounds.get(this.area.row, this.area.column) ?? "#ffffff";
  }
  getBackgrounds() {
    return this.cells((r, c) => this.sheet.backgrounds.get(r, c) ?? "#ffffff");
  }
  setNote(note) {
    const n = note === null || note === "" ? void 0 : String(note);
    this.forEach((r, c) => this.sheet.notes.set(r, c, n));
    return this.touched();
  }
  setNotes(notes) {
    const rows = this.checkGrid(notes, "setNotes");
    this.forEach((r, c, i, j) => {
      const v = rows[i][j];
      this.sheet.notes.set(r, c, v === null || v === "" ? void 0 : String(v));
    });
    return this.touched();
  }
  getNote() {
    return this.sheet.notes.get(this.area.row, this.area.column) ?? "";
  }
  getNotes() {
    return this.cells((r, c) => this.sheet.notes.get(r, c) ?? "");
  }
  setDataValidation(rule) {
    const model = ruleOf(rule);
    this.forEach((r, c) => this.sheet.validations.set(r, c, model));
    return this.touched();
  }
  setDataValidations(rules) {
    const rows = this.checkGrid(rules, "setDataValidations");
    this.forEach((r, c, i, j) => this.sheet.validations.set(r, c, ruleOf(rows[i][j])));
    return this.touched();
  }
  getDataValidation() {
    return validationOf(this.ctx, this.sheet.validations.get(this.area.row, this.area.column));
  }
  getDataValidations() {
    return this.cells((r, c) => validationOf(this.ctx, this.sheet.validations.get(r, c)));
  }
  // Cosmetic settings the offline workbook does not keep; accepted so layout code runs.
  setHorizontalAlignment(_a) {
    return this;
  }
  setVerticalAlignment(_a) {
    return this;
  }
  setWrap(_w) {
    return this;
  }
  setWrapStrategy(_w) {
    return this;
  }
  setFontColor(_c) {
    return this;
  }
  setFontSize(_s) {
    return this;
  }
  // Geometry ----------------------------------------------------------------------------------
  getRow() {
    return this.area.row;
  }
  getColumn() {
    return this.area.column;
  }
  getNumRows() {
    return this.area.numRows;
  }
  getNumColumns() {
    return this.area.numColumns;
  }
  getHeight() {
    return this.area.numRows;
  }
  getWidth() {
    return this.area.numColumns;
  }
  getLastRow() {
    return this.area.row + this.area.numRows - 1;
  }
  getLastColumn() {
    return this.area.column + this.area.numColumns - 1;
  }
  getA1Notation() {
    return toA1(this.area);
  }
  getSheet() {
    return sheetOf(this.ctx, this.sheet);
  }
  getCell(row, column) {
    if (row < 1 || column < 1 || row > this.area.numRows || column > this.area.numColumns) {
      throw new Error("The coordinates of the range are outside the dimensions of the sheet.");
    }
    return rangeOf(this.ctx, this.sheet, { row: this.area.row + row - 1, column: this.area.column + column - 1, numRows: 1, numColumns: 1 });
  }
  offset(rowOffset, columnOffset, numRows, numColumns) {
    const a = checkArea(this.sheet, this.area.row + rowOffset, this.area.column + columnOffset, numRows ?? this.area.numRows, numColumns ?? this.area.numColumns, "SpreadsheetApp.Range.offset");
    return rangeOf(this.ctx, this.sheet, a);
  }
  activate() {
    this.ctx.wb.activeSheet = this.ctx.wb.sheets.indexOf(this.sheet);
    this.ctx.wb.selection = { sheet: this.sheet.name, a1: toA1(this.area) };
    return this;
  }
  protect() {
    const model = { type: "RANGE", description: "", editors: this.ctx.user ? [this.ctx.user] : [], warningOnly: false, domainEdit: true, range: { ...this.area } };
    this.sheet.protections.push(model);
    this.ctx.wb.dirty = true;
    return protectionOf(this.ctx, this.sheet, model);
  }
};
function sheetOf(ctx, sheet) {
  return offline(new SheetImpl(ctx, sheet), G2, "Sheet", ctx.log);
}
var SheetImpl = class {
  constructor(ctx, sheet) {
    this.ctx = ctx;
    this.sheet = sheet;
  }
  alive() {
    if (!this.ctx.wb.sheets.includes(this.sheet)) throw new Error(`The sheet ${this.sheet.name} has been deleted.`);
    return this.sheet;
  }
  getName() {
    return this.sheet.name;
  }
  setName(name) {
    const n = String(name);
    if (this.ctx.wb.sheets.some((s) => s !== this.sheet && s.name === n)) {
      throw new Error(`A sheet with the name "${n}" already exists. Please enter another name.`);
    }
    this.alive().name = n;
    this.ctx.wb.dirty = true;
    return this;
  }
  getSheetId() {
    return this.sheet.sheetId;
  }
  getIndex() {
    return this.ctx.wb.sheets.indexOf(this.sheet) + 1;
  }
  getParent() {
    return spreadsheetOf(this.ctx);
  }
  getRange(a, b, c, d) {
    const s = this.alive();
    if (typeof a === "string" && b === void 0) {
      const { sheet, ref } = splitSheetName(a);
      if (sheet !== null && sheet !== s.name) throw new Error("Range not found");
      return rangeOf(this.ctx, s, areaFromA1(s, ref));
    }
    const area = checkArea(s, a, b, c ?? 1, d ?? 1, "SpreadsheetApp.Sheet.getRange");
    return rangeOf(this.ctx, s, area);
  }
  getDataRange() {
    const s = this.alive();
    return rangeOf(this.ctx, s, { row: 1, column: 1, numRows: Math.max(s.lastRow(), 1), numColumns: Math.max(s.lastColumn(), 1) });
  }
  getLastRow() {
    return this.alive().lastRow();
  }
  getLastColumn() {
    return this.alive().lastColumn();
  }
  getMaxRows() {
    return this.alive().maxRows;
  }
  getMaxColumns() {
    return this.alive().maxColumns;
  }
  insertRowsAfter(afterPosition, howMany) {
    const s = this.alive();
    if (!isInt(afterPosition) || !isInt(howMany) || howMany < 1) throw signatureError("SpreadsheetApp.Sheet.insertRowsAfter", [afterPosition, howMany]);
    if (afterPosition < 1 || afterPosition > s.maxRows) throw new Error("Those rows are out of bounds.");
    for (const g of s.grids()) g.insertRows(afterPosition + 1, howMany);
    for (let i = 1; i <= howMany; i++) {
      for (const g of [s.formats, s.backgrounds, s.bold, s.validations]) g.copyRow(afterPosition, afterPosition + i);
    }
    s.maxRows += howMany;
    this.ctx.wb.dirty = true;
    return this;
  }
  insertRowAfter(afterPosition) {
    return this.insertRowsAfter(afterPosition, 1);
  }
  insertRowsBefore(beforePosition, howMany) {
    const s = this.alive();
    if (beforePosition < 1 || beforePosition > s.maxRows) throw new Error("Those rows are out of bounds.");
    for (const g of s.grids()) g.insertRows(beforePosition, howMany);
    for (let i = 0; i < howMany; i++) {
      for (const g of [s.formats, s.backgrounds, s.bold, s.validations]) g.copyRow(beforePosition + howMany, beforePosition + i);
    }
    s.maxRows += howMany;
    this.ctx.wb.dirty = true;
    return this;
  }
  insertRowBefore(beforePosition) {
    return this.insertRowsBefore(beforePosition, 1);
  }
  insertColumnsAfter(afterPosition, howMany) {
    const s = this.alive();
    if (afterPosition < 1 || afterPosition > s.maxColumns) throw new Error("Those columns are out of bounds.");
    for (const g of s.grids()) g.insertColumns(afterPosition + 1, howMany);
    const shifted = /* @__PURE__ */ new Map();
    for (const [c, f] of s.columnFormats) shifted.set(c > afterPosition ? c + howMany : c, f);
    const inherited = s.columnFormats.get(afterPosition);
    if (inherited !== void 0) for (let i = 1; i <= howMany; i++) shifted.set(afterPosition + i, inherited);
    s.columnFormats.clear();
    for (const [c, f] of shifted) s.columnFormats.set(c, f);
    for (let r = 1; r <= s.maxRows; r++) {
      const f = s.formats.get(r, afterPosition);
      if (f !== void 0) for (let i = 1; i <= howMany; i++) s.formats.set(r, afterPosition + i, f);
    }
    s.maxColumns += howMany;
    this.ctx.wb.dirty = true;
    return this;
  }
  insertColumnAfter(afterPosition) {
    return this.insertColumnsAfter(afterPosition, 1);
  }
  deleteRows(rowPosition, howMany) {
    const s = this.alive();
    if (rowPosition < 1 || howMany < 1 || rowPosition + howMany - 1 > s.maxRows) throw new Error("Those rows are out of bounds.");
    if (howMany >= s.maxRows) throw new Error("You can't delete all the rows on the sheet.");
    for (const g of s.grids()) g.deleteRows(rowPosition, howMany);
    s.maxRows -= howMany;
    this.ctx.wb.dirty = true;
  }
  deleteRow(rowPosition) {
    this.deleteRows(rowPosition, 1);
    return this;
  }
  appendRow(rowContents) {
    const s = this.alive();
    if (!Array.isArray(rowContents)) throw signatureError("SpreadsheetApp.Sheet.appendRow", [rowContents]);
    const row = s.lastRow() + 1;
    if (row > s.maxRows) s.maxRows = row;
    if (rowContents.length > s.maxColumns) s.maxColumns = rowContents.length;
    if (rowContents.length === 0) return this;
    const range = new RangeImpl(this.ctx, s, { row, column: 1, numRows: 1, numColumns: rowContents.length });
    range.setValues([rowContents]);
    return this;
  }
  setFrozenRows(rows) {
    const s = this.alive();
    if (rows < 0 || rows > s.maxRows) throw new Error("Those rows are out of bounds.");
    s.frozenRows = rows;
    this.ctx.wb.dirty = true;
  }
  getFrozenRows() {
    return this.sheet.frozenRows;
  }
  setFrozenColumns(columns) {
    this.alive().frozenColumns = columns;
    this.ctx.wb.dirty = true;
  }
  getFrozenColumns() {
    return this.sheet.frozenColumns;
  }
  setColumnWidth(column, width) {
    this.alive().columnWidths.set(column, width);
    this.ctx.wb.dirty = true;
    return this;
  }
  setColumnWidths(startColumn, numColumns, width) {
    for (let c = startColumn; c < startColumn + numColumns; c++) this.alive().columnWidths.set(c, width);
    this.ctx.wb.dirty = true;
    return this;
  }
  getColumnWidth(column) {
    return this.sheet.columnWidths.get(column) ?? DEFAULT_COLUMN_WIDTH;
  }
  autoResizeColumn(_column) {
    return this;
  }
  autoResizeColumns(_start, _n) {
    return this;
  }
  setTabColor(color) {
    this.alive().tabColor = color;
    this.ctx.wb.dirty = true;
    return this;
  }
  getTabColor() {
    return this.sheet.tabColor;
  }
  activate() {
    this.ctx.wb.activeSheet = this.ctx.wb.sheets.indexOf(this.alive());
    this.ctx.wb.selection = { sheet: this.sheet.name, a1: "A1" };
    return sheetOf(this.ctx, this.sheet);
  }
  clear() {
    const s = this.alive();
    new RangeImpl(this.ctx, s, { row: 1, column: 1, numRows: s.maxRows, numColumns: s.maxColumns }).clear();
    return this;
  }
  clearContents() {
    const s = this.alive();
    new RangeImpl(this.ctx, s, { row: 1, column: 1, numRows: s.maxRows, numColumns: s.maxColumns }).clearContent();
    return this;
  }
  protect() {
    const s = this.alive();
    let model = s.protections.find((p) => p.type === "SHEET");
    if (!model) {
      model = { type: "SHEET", description: "", editors: this.ctx.user ? [this.ctx.user] : [], warningOnly: false, domainEdit: true };
      s.protections.push(model);
      this.ctx.wb.dirty = true;
    }
    return protectionOf(this.ctx, s, model);
  }
  getProtections(type) {
    const t = enumName(type);
    if (t !== "SHEET" && t !== "RANGE") throw signatureError("SpreadsheetApp.Sheet.getProtections", [type]);
    return this.alive().protections.filter((p) => p.type === t).map((p) => protectionOf(this.ctx, this.sheet, p));
  }
};
function spreadsheetOf(ctx) {
  return offline(new SpreadsheetImpl(ctx), G2, "Spreadsheet", ctx.log);
}
function sheetImplOf(v) {
  const impl = unwrap(v);
  if (!(impl instanceof SheetImpl)) throw signatureError("SpreadsheetApp.Spreadsheet.deleteSheet", [v]);
  return impl;
}
var SpreadsheetImpl = class {
  constructor(ctx) {
    this.ctx = ctx;
  }
  get wb() {
    return this.ctx.wb;
  }
  getId() {
    return this.wb.id;
  }
  getName() {
    return this.wb.name;
  }
  rename(name) {
    this.wb.name = String(name);
  }
  getUrl() {
    return `https://docs.google.com/spreadsheets/d/${this.wb.id}/edit`;
  }
  getSpreadsheetTimeZone() {
    return this.wb.timeZone;
  }
  setSpreadsheetTimeZone(tz) {
    checkTimeZone(tz);
    this.wb.timeZone = tz;
    this.wb.dirty = true;
  }
  getSpreadsheetLocale() {
    return this.wb.locale;
  }
  getSheetByName(name) {
    const s = this.wb.sheet(String(name));
    return s ? sheetOf(this.ctx, s) : null;
  }
  getSheetById(id) {
    const s = this.wb.sheets.find((x) => x.sheetId === id);
    return s ? sheetOf(this.ctx, s) : null;
  }
  getSheets() {
    return this.wb.sheets.map((s) => sheetOf(this.ctx, s));
  }
  getNumSheets() {
    return this.wb.sheets.length;
  }
  insertSheet(a, b) {
    let name;
    let index;
    if (typeof a === "string") {
      name = a;
      if (typeof b === "number") index = b;
    } else if (typeof a === "number") index = a;
    else if (a !== void 0) throw signatureError("SpreadsheetApp.Spreadsheet.insertSheet", [a, b]);
    if (name === void 0) {
      let n = this.wb.sheets.length + 1;
      while (this.wb.sheet(`Sheet${n}`)) n++;
      name = `Sheet${n}`;
    }
    if (this.wb.sheet(name)) throw new Error(`A sheet with the name "${name}" already exists. Please enter another name.`);
    const sheet = this.wb.addSheet(name, index);
    this.wb.activeSheet = this.wb.sheets.indexOf(sheet);
    this.wb.dirty = true;
    return sheetOf(this.ctx, sheet);
  }
  deleteSheet(sheet) {
    const impl = sheetImplOf(sheet);
    const i = this.wb.sheets.indexOf(impl.sheet);
    if (i < 0) throw new Error(`The sheet ${impl.sheet.name} has been deleted.`);
    if (this.wb.sheets.length === 1) throw new Error("You can't remove all the sheets in a document.");
    this.wb.sheets.splice(i, 1);
    if (this.wb.activeSheet >= this.wb.sheets.length) this.wb.activeSheet = 0;
    this.wb.dirty = true;
  }
  getActiveSheet() {
    return sheetOf(this.ctx, activeSheet(this.wb));
  }
  setActiveSheet(sheet) {
    const impl = sheetImplOf(sheet);
    this.wb.activeSheet = this.wb.sheets.indexOf(impl.sheet);
    this.wb.selection = { sheet: impl.sheet.name, a1: "A1" };
    return sheetOf(this.ctx, impl.sheet);
  }
  getActiveRange() {
    return activeRange(this.ctx);
  }
  getActiveCell() {
    const r = activeRange(this.ctx);
    const sheet = activeSheet(this.wb);
    const a = unwrap(r).area;
    return rangeOf(this.ctx, sheet, { row: a.row, column: a.column, numRows: 1, numColumns: 1 });
  }
  setActiveRange(range) {
    const impl = unwrap(range);
    if (!(impl instanceof RangeImpl)) throw signatureError("SpreadsheetApp.Spreadsheet.setActiveRange", [range]);
    impl.activate();
    return rangeOf(this.ctx, impl.sheet, impl.area);
  }
  getRange(a1) {
    const { sheet, ref } = splitSheetName(String(a1));
    const s = sheet === null ? activeSheet(this.wb) : this.wb.sheet(sheet);
    if (!s) throw new Error("Range not found");
    return rangeOf(this.ctx, s, areaFromA1(s, ref));
  }
  getRangeByName(_name) {
    return null;
  }
  toast(msg, title, _timeoutSeconds) {
    this.ctx.ui.toast(String(msg), title === void 0 ? "" : String(title));
  }
  getProtections(type) {
    const t = enumName(type);
    return this.wb.sheets.flatMap((s) => s.protections.filter((p) => p.type === t).map((p) => protectionOf(this.ctx, s, p)));
  }
};
function activeSheet(wb) {
  const s = wb.sheets[wb.activeSheet] ?? wb.sheets[0];
  if (!s) throw new Error("\u5DE5\u4F5C\u7C3F\u4E2D\u6CA1\u6709\u5DE5\u4F5C\u8868");
  return s;
}
function activeRange(ctx) {
  const sel = ctx.wb.selection;
  const sheet = activeSheet(ctx.wb);
  if (!sel || sel.sheet !== sheet.name) return rangeOf(ctx, sheet, { row: 1, column: 1, numRows: 1, numColumns: 1 });
  return rangeOf(ctx, sheet, areaFromA1(sheet, sel.a1));
}
var SpreadsheetAppImpl = class {
  constructor(ctx, ui) {
    this.ctx = ctx;
    this.ui = ui;
    this.ProtectionType = ProtectionType;
    this.DataValidationCriteria = DataValidationCriteria;
    this.Dimension = Dimension;
    this.WrapStrategy = WrapStrategy;
  }
  getActiveSpreadsheet() {
    return spreadsheetOf(this.ctx);
  }
  getActive() {
    return spreadsheetOf(this.ctx);
  }
  getActiveSheet() {
    return sheetOf(this.ctx, activeSheet(this.ctx.wb));
  }
  getActiveRange() {
    return activeRange(this.ctx);
  }
  setActiveSheet(sheet) {
    return new SpreadsheetImpl(this.ctx).setActiveSheet(sheet);
  }
  getUi() {
    return this.ui;
  }
  flush() {
  }
  newDataValidation() {
    return validationBuilder(this.ctx, null);
  }
};
function createSpreadsheetApp(wb, log, ui, user = "") {
  const ctx = { wb, log, ui, user };
  return offline(new SpreadsheetAppImpl(ctx, ui.attach(log)), G2, "SpreadsheetApp", log);
}

// ../../../runner/services/properties.ts
var G3 = "properties";
var MAX_VALUE_BYTES = 9 * 1024;
var MAX_STORE_BYTES = 500 * 1024;
function bytes(s) {
  return Buffer.byteLength(s, "utf8");
}
var PropertiesImpl = class {
  constructor(data, store) {
    this.data = data;
    this.store = store;
  }
  commit(next) {
    let total = 0;
    for (const [k, v] of Object.entries(next)) total += bytes(k) + bytes(v);
    if (total > MAX_STORE_BYTES) throw new Error("You have exceeded the property storage quota. Please remove some properties and try again.");
    const d = this.data();
    for (const k of Object.keys(d)) delete d[k];
    Object.assign(d, next);
    this.store.save();
  }
  getProperty(key) {
    const d = this.data();
    return Object.prototype.hasOwnProperty.call(d, String(key)) ? d[String(key)] : null;
  }
  getProperties() {
    return { ...this.data() };
  }
  getKeys() {
    return Object.keys(this.data());
  }
  setProperty(key, value) {
    const v = String(value);
    if (bytes(v) > MAX_VALUE_BYTES) throw new Error("Argument too large: value");
    this.commit({ ...this.data(), [String(key)]: v });
    return this;
  }
  setProperties(properties, deleteAllOthers) {
    const next = deleteAllOthers ? {} : { ...this.data() };
    for (const [k, value] of Object.entries(properties)) {
      const v = String(value);
      if (bytes(v) > MAX_VALUE_BYTES) throw new Error("Argument too large: value");
      next[k] = v;
    }
    this.commit(next);
    return this;
  }
  deleteProperty(key) {
    const next = { ...this.data() };
    delete next[String(key)];
    this.commit(next);
    return this;
  }
  deleteAllProperties() {
    this.commit({});
    return this;
  }
};
var PropertiesServiceImpl = class {
  constructor(store, user, log) {
    this.store = store;
    this.user = user;
    this.log = log;
  }
  getDocumentProperties() {
    return offline(new PropertiesImpl(() => this.store.state.documentProperties, this.store), G3, "Properties", this.log);
  }
  getScriptProperties() {
    return offline(new PropertiesImpl(() => this.store.state.scriptProperties, this.store), G3, "Properties", this.log);
  }
  getUserProperties() {
    const s = this.store.state.userProperties;
    return offline(new PropertiesImpl(() => s[this.user] ??= {}, this.store), G3, "Properties", this.log);
  }
};
function createPropertiesService(store, user, log) {
  return offline(new PropertiesServiceImpl(store, user, log), G3, "PropertiesService", log);
}

// ../../../runner/services/lock.ts
var fs2 = __toESM(require("node:fs"));
var os = __toESM(require("node:os"));
var import_node_crypto = require("node:crypto");
var G4 = "lock";
var TIMEOUT_MESSAGE = "Lock timeout: another process was holding the lock for too long.";
var SharedMemoryLock = class {
  constructor() {
    this.holders = /* @__PURE__ */ new Map();
  }
  isHeld(key = "document") {
    return this.holders.has(key);
  }
};
var MemoryBackend = class {
  constructor(shared) {
    this.shared = shared;
    this.canWait = false;
  }
  tryAcquire(key, execution) {
    const h = this.shared.holders.get(key);
    if (h !== void 0 && h !== execution) return false;
    this.shared.holders.set(key, execution);
    return true;
  }
  release(key, execution) {
    if (this.shared.holders.get(key) === execution) this.shared.holders.delete(key);
  }
};
var heldFiles = /* @__PURE__ */ new Map();
var exitHookInstalled = false;
function installExitHook() {
  if (exitHookInstalled) return;
  exitHookInstalled = true;
  process.on("exit", () => {
    for (const [file, execution] of heldFiles) {
      try {
        if (readHolder(file)?.execution === execution) fs2.unlinkSync(file);
      } catch {
      }
    }
  });
}
function readHolder(file) {
  try {
    return JSON.parse(fs2.readFileSync(file, "utf8"));
  } catch {
    return null;
  }
}
function alive(pid) {
  try {
    process.kill(pid, 0);
    return true;
  } catch (e) {
    return e.code === "EPERM";
  }
}
var FileBackend = class {
  constructor(documentLockPath) {
    this.documentLockPath = documentLockPath;
    this.canWait = true;
  }
  fileFor(key) {
    if (key === "document") return this.documentLockPath;
    const base = this.documentLockPath.replace(/\.lock$/, "");
    return `${base}.${key.replace(/[^\w.@-]/g, "_")}.lock`;
  }
  tryAcquire(key, execution) {
    const file = this.fileFor(key);
    const me = { pid: process.pid, host: os.hostname(), execution, time: (/* @__PURE__ */ new Date()).toISOString() };
    for (let attempt = 0; attempt < 2; attempt++) {
      try {
        fs2.writeFileSync(file, JSON.stringify(me) + "\n", { flag: "wx" });
        heldFiles.set(file, execution);
        installExitHook();
        return true;
      } catch (e) {
        if (e.code !== "EEXIST") throw e;
      }
      const holder = readHolder(file);
      if (holder?.execution === execution) return true;
      const stale = holder ? holder.host === os.hostname() && !alive(holder.pid) : Date.now() - safeMtime(file) > 1e4;
      if (!stale) return false;
      try {
        fs2.unlinkSync(file);
      } catch {
      }
    }
    return false;
  }
  release(key, execution) {
    const file = this.fileFor(key);
    if (readHolder(file)?.execution !== execution) return;
    try {
      fs2.unlinkSync(file);
    } catch {
    }
    heldFiles.delete(file);
  }
};
function safeMtime(file) {
  try {
    return fs2.statSync(file).mtimeMs;
  } catch {
    return Date.now();
  }
}
function sleep(ms) {
  Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, ms);
}
var LockImpl = class {
  constructor(key, svc) {
    this.key = key;
    this.svc = svc;
    this.held = false;
  }
  acquire(timeoutInMillis) {
    if (typeof timeoutInMillis !== "number" || !Number.isFinite(timeoutInMillis) || timeoutInMillis < 0) {
      throw new Error(`The parameters (${typeof timeoutInMillis}) don't match the method signature for LockService.Lock.tryLock.`);
    }
    const deadline = Date.now() + timeoutInMillis;
    for (; ; ) {
      if (this.svc.backend.tryAcquire(this.key, this.svc.execution)) {
        this.held = true;
        this.svc.holding.add(this.key);
        return true;
      }
      if (!this.svc.backend.canWait || Date.now() >= deadline) return false;
      sleep(Math.min(100, Math.max(1, deadline - Date.now())));
    }
  }
  tryLock(timeoutInMillis) {
    return this.acquire(timeoutInMillis);
  }
  waitLock(timeoutInMillis) {
    if (!this.acquire(timeoutInMillis)) throw new Error(TIMEOUT_MESSAGE);
  }
  hasLock() {
    return this.held && this.svc.holding.has(this.key);
  }
  releaseLock() {
    if (!this.held) return;
    this.held = false;
    this.svc.release(this.key);
  }
};
var LockServiceImpl = class {
  constructor(backend, user, log) {
    this.backend = backend;
    this.user = user;
    this.log = log;
    /** One id per run of the bundle: a run re-acquiring its own lock succeeds. */
    this.execution = (0, import_node_crypto.randomUUID)();
    this.holding = /* @__PURE__ */ new Set();
  }
  lock(scope) {
    const key = scope === "user" ? `user-${this.user || "anonymous"}` : scope;
    return offline(new LockImpl(key, this), G4, "Lock", this.log);
  }
  getDocumentLock() {
    return this.lock("document");
  }
  getScriptLock() {
    return this.lock("script");
  }
  getUserLock() {
    return this.lock("user");
  }
  release(key) {
    this.holding.delete(key);
    this.backend.release(key, this.execution);
  }
  /** Apps Script releases every lock when an execution ends, even one that crashed. */
  releaseAll() {
    for (const key of [...this.holding]) this.release(key);
  }
};
function createLockService(opts) {
  const backend = opts.lockPath ? new FileBackend(opts.lockPath) : new MemoryBackend(opts.memoryLock ?? new SharedMemoryLock());
  const impl = new LockServiceImpl(backend, opts.user, opts.log);
  return { service: offline(impl, G4, "LockService", opts.log), impl };
}

// ../../../runner/services/utilities.ts
var import_node_crypto2 = require("node:crypto");
var G5 = "utilities";
var DigestAlgorithm = makeEnum("DigestAlgorithm", ["MD2", "MD5", "SHA_1", "SHA_256", "SHA_384", "SHA_512"]);
var MacAlgorithm = makeEnum("MacAlgorithm", ["HMAC_MD5", "HMAC_SHA_1", "HMAC_SHA_256", "HMAC_SHA_384", "HMAC_SHA_512"]);
var Charset = makeEnum("Charset", ["US_ASCII", "UTF_8"]);
var NODE_DIGEST = { MD5: "md5", SHA_1: "sha1", SHA_256: "sha256", SHA_384: "sha384", SHA_512: "sha512" };
function signedBytes(buf) {
  return Array.from(buf, (b) => b > 127 ? b - 256 : b);
}
function toBuffer(value, charset) {
  if (Array.isArray(value)) return Buffer.from(value.map((b) => Number(b) & 255));
  if (value instanceof Uint8Array) return Buffer.from(value);
  const s = String(value);
  return enumName(charset) === "US_ASCII" ? Buffer.from(s.replace(/[^\x00-\x7f]/g, "?"), "latin1") : Buffer.from(s, "utf8");
}
var WEEKDAYS2 = ["Sunday", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday"];
var MONTHS2 = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"];
function formatDate(date, timeZone, pattern) {
  let tz = timeZone;
  try {
    checkTimeZone(tz);
  } catch {
    tz = "UTC";
  }
  const w = instantToWall(date, tz);
  const offsetMin = Math.round((Date.UTC(w.y, w.mo - 1, w.d, w.h, w.mi, w.s, w.ms) - date.getTime()) / 6e4);
  const pad = (n, l) => String(Math.abs(n)).padStart(l, "0");
  const weekday = new Date(Date.UTC(w.y, w.mo - 1, w.d)).getUTCDay();
  const sign = offsetMin < 0 ? "-" : "+";
  const oh = pad(Math.floor(Math.abs(offsetMin) / 60), 2);
  const om = pad(Math.abs(offsetMin) % 60, 2);
  let out = "";
  for (let i = 0; i < pattern.length; ) {
    const ch = pattern[i];
    if (ch === "'") {
      const end = pattern.indexOf("'", i + 1);
      if (end === i + 1) {
        out += "'";
        i += 2;
        continue;
      }
      if (end < 0) throw new Error(`Unterminated quote in date pattern: ${pattern}`);
      out += pattern.slice(i + 1, end).replace(/''/g, "'");
      i = end + 1;
      continue;
    }
    if (!/[A-Za-z]/.test(ch)) {
      out += ch;
      i++;
      continue;
    }
    let n = 1;
    while (pattern[i + n] === ch) n++;
    i += n;
    switch (ch) {
      case "G":
        out += w.y > 0 ? "AD" : "BC";
        break;
      case "y":
      case "Y":
        out += n === 2 ? pad(w.y % 100, 2) : pad(w.y, n);
        break;
      case "M":
      case "L":
        out += n >= 4 ? MONTHS2[w.mo - 1] : n === 3 ? MONTHS2[w.mo - 1].slice(0, 3) : pad(w.mo, n);
        break;
      case "d":
        out += pad(w.d, n);
        break;
      case "D":
        out += pad(Math.round((Date.UTC(w.y, w.mo - 1, w.d) - Date.UTC(w.y, 0, 1)) / 864e5) + 1, n);
        break;
      case "E":
        out += n >= 4 ? WEEKDAYS2[weekday] : WEEKDAYS2[weekday].slice(0, 3);
        break;
      case "u":
        out += pad(weekday === 0 ? 7 : weekday, n);
        break;
      case "a":
        out += w.h < 12 ? "AM" : "PM";
        break;
      case "H":
        out += pad(w.h, n);
        break;
      case "k":
        out += pad(w.h === 0 ? 24 : w.h, n);
        break;
      case "K":
        out += pad(w.h % 12, n);
        break;
      case "h":
        out += pad(w.h % 12 === 0 ? 12 : w.h % 12, n);
        break;
      case "m":
        out += pad(w.mi, n);
        break;
      case "s":
        out += pad(w.s, n);
        break;
      case "S":
        out += pad(w.ms, n);
        break;
      case "Z":
        out += `${sign}${oh}${om}`;
        break;
      case "X":
        out += offsetMin === 0 ? "Z" : n === 1 ? `${sign}${oh}` : n === 2 ? `${sign}${oh}${om}` : `${sign}${oh}:${om}`;
        break;
      case "z":
        out += offsetMin === 0 ? "GMT" : `GMT${sign}${oh}:${om}`;
        break;
      default:
        throw new Error(`Illegal pattern character '${ch}'`);
    }
  }
  return out;
}
function formatString(template, args) {
  let k = 0;
  return String(template).replace(/%([-0]?)(\d*)(?:\.(\d+))?([sdfx%])/g, (_m, flag, width, prec, conv) => {
    if (conv === "%") return "%";
    const a = args[k++];
    let s;
    if (conv === "d") s = String(Math.trunc(Number(a)));
    else if (conv === "f") s = Number(a).toFixed(prec === void 0 ? 6 : Number(prec));
    else if (conv === "x") s = Math.trunc(Number(a)).toString(16);
    else s = String(a);
    const wdt = Number(width || 0);
    if (s.length < wdt) s = flag === "-" ? s.padEnd(wdt) : flag === "0" ? s.padStart(wdt, "0") : s.padStart(wdt);
    return s;
  });
}
var BlobImpl = class {
  constructor(data, contentType, name) {
    this.data = data;
    this.contentType = contentType;
    this.name = name;
  }
  getBytes() {
    return signedBytes(this.data);
  }
  setBytes(bytes2) {
    this.data = toBuffer(bytes2);
    return this;
  }
  getDataAsString(charset) {
    return this.data.toString(/^us-ascii$/i.test(charset ?? "") ? "latin1" : "utf8");
  }
  setDataFromString(s) {
    this.data = Buffer.from(String(s), "utf8");
    return this;
  }
  getContentType() {
    return this.contentType;
  }
  setContentType(t) {
    this.contentType = t;
    return this;
  }
  getName() {
    return this.name;
  }
  setName(n) {
    this.name = n;
    return this;
  }
  isGoogleType() {
    return false;
  }
  /** Raw bytes for the runner's own services (mail attachments). */
  buffer() {
    return this.data;
  }
};
function makeBlob(log, data, contentType, name) {
  const impl = new BlobImpl(data, contentType, name);
  const proxy = offline(impl, G5, "Blob", log);
  impl.copyBlob = () => makeBlob(log, Buffer.from(impl.buffer()), impl.getContentType(), impl.getName());
  return proxy;
}
var UtilitiesImpl = class {
  constructor(log) {
    this.log = log;
    this.DigestAlgorithm = DigestAlgorithm;
    this.MacAlgorithm = MacAlgorithm;
    this.Charset = Charset;
  }
  formatDate(date, timeZone, format) {
    if (!isDate(date) || typeof timeZone !== "string" || typeof format !== "string") {
      throw new Error(`The parameters (${[date, timeZone, format].map((a) => isDate(a) ? "Date" : a === null ? "null" : typeof a).join(",")}) don't match the method signature for Utilities.formatDate.`);
    }
    return formatDate(date, timeZone, format);
  }
  formatString(template, ...args) {
    return formatString(template, args);
  }
  sleep(milliseconds) {
    if (milliseconds > 3e5) throw new Error("Sleep time must be less than 300000 milliseconds.");
    Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, Math.max(0, milliseconds));
  }
  computeDigest(algorithm, value, charset) {
    const alg = enumName(algorithm);
    const node = NODE_DIGEST[alg];
    if (!node) throw new Error(`Utilities.computeDigest\uFF1A\u79BB\u7EBF\u8FD0\u884C\u5668\u4E0D\u652F\u6301\u7B97\u6CD5 ${alg}`);
    return signedBytes((0, import_node_crypto2.createHash)(node).update(toBuffer(value, charset)).digest());
  }
  computeHmacSha256Signature(value, key, charset) {
    return signedBytes((0, import_node_crypto2.createHmac)("sha256", toBuffer(key, charset)).update(toBuffer(value, charset)).digest());
  }
  computeHmacSignature(algorithm, value, key, charset) {
    const alg = enumName(algorithm).replace(/^HMAC_/, "");
    const node = NODE_DIGEST[alg];
    if (!node) throw new Error(`Utilities.computeHmacSignature\uFF1A\u79BB\u7EBF\u8FD0\u884C\u5668\u4E0D\u652F\u6301\u7B97\u6CD5 ${alg}`);
    return signedBytes((0, import_node_crypto2.createHmac)(node, toBuffer(key, charset)).update(toBuffer(value, charset)).digest());
  }
  base64Encode(data, charset) {
    return toBuffer(data, charset).toString("base64");
  }
  base64EncodeWebSafe(data, charset) {
    return toBuffer(data, charset).toString("base64").replace(/\+/g, "-").replace(/\//g, "_");
  }
  base64Decode(encoded, _charset) {
    return signedBytes(Buffer.from(String(encoded), "base64"));
  }
  base64DecodeWebSafe(encoded, _charset) {
    return signedBytes(Buffer.from(String(encoded).replace(/-/g, "+").replace(/_/g, "/"), "base64"));
  }
  getUuid() {
    return (0, import_node_crypto2.randomUUID)();
  }
  newBlob(data, contentType, name) {
    return makeBlob(this.log, toBuffer(data ?? ""), contentType ?? null, name ?? null);
  }
};
function createUtilities(log) {
  return offline(new UtilitiesImpl(log), G5, "Utilities", log);
}

// ../../../runner/services/session.ts
var import_node_crypto3 = require("node:crypto");
var G6 = "session";
var SessionImpl = class {
  constructor(user, timeZone, log) {
    this.user = user;
    this.timeZone = timeZone;
    this.log = log;
  }
  /** '' when unknown: on Google a consumer account often cannot see another user's address. */
  getActiveUser() {
    return offlineUser(this.user, this.log, G6);
  }
  getEffectiveUser() {
    return offlineUser(this.user, this.log, G6);
  }
  getScriptTimeZone() {
    return this.timeZone;
  }
  getActiveUserLocale() {
    return "zh_CN";
  }
  getTemporaryActiveUserKey() {
    return (0, import_node_crypto3.createHash)("sha256").update(`uniondesk-offline:${this.user}`).digest("base64").slice(0, 43);
  }
};
function createSession(user, timeZone, log) {
  return offline(new SessionImpl(user, timeZone, log), G6, "Session", log);
}

// ../../../runner/services/scriptApp.ts
var import_node_crypto4 = require("node:crypto");
var G7 = "script";
var AuthMode = makeEnum("AuthMode", ["NONE", "CUSTOM_FUNCTION", "LIMITED", "FULL"]);
var EventType = makeEnum("EventType", ["CLOCK", "ON_OPEN", "ON_EDIT", "ON_FORM_SUBMIT", "ON_CHANGE", "ON_EVENT_UPDATED"]);
var TriggerSource = makeEnum("TriggerSource", ["SPREADSHEETS", "CLOCK", "FORMS", "DOCUMENTS", "CALENDAR"]);
var MAX_TRIGGERS = 20;
var TOO_MANY = "This script has too many triggers. Triggers must be deleted from the script before more can be added.";
var HOUR = 36e5;
var TriggerImpl = class {
  constructor(record) {
    this.record = record;
  }
  getHandlerFunction() {
    return this.record.handler;
  }
  getUniqueId() {
    return this.record.id;
  }
  getEventType() {
    return EventType.CLOCK;
  }
  getTriggerSource() {
    return TriggerSource.CLOCK;
  }
  getTriggerSourceId() {
    return null;
  }
};
var ClockTriggerBuilderImpl = class {
  constructor(handler, ctx) {
    this.handler = handler;
    this.ctx = ctx;
    this.spec = null;
  }
  after(durationMilliseconds) {
    if (!(durationMilliseconds >= 0)) throw new Error("Invalid argument: durationMilliseconds");
    this.spec = { kind: "once", at: this.ctx.now() + durationMilliseconds };
    return this;
  }
  at(date) {
    if (!isDate(date)) throw new Error("The parameters (" + typeof date + ") don't match the method signature for ScriptApp.ClockTriggerBuilder.at.");
    this.spec = { kind: "once", at: date.getTime() };
    return this;
  }
  everyMinutes(n) {
    if (![1, 5, 10, 15, 30].includes(n)) throw new Error("The value you passed to everyMinutes must be 1, 5, 10, 15 or 30.");
    this.spec = { kind: "every", at: this.ctx.now() + n * 6e4, intervalMs: n * 6e4 };
    return this;
  }
  everyHours(n) {
    if (![1, 2, 4, 6, 8, 12].includes(n)) throw new Error("The value you passed to everyHours must be 1, 2, 4, 6, 8 or 12.");
    this.spec = { kind: "every", at: this.ctx.now() + n * HOUR, intervalMs: n * HOUR };
    return this;
  }
  everyDays(n) {
    this.spec = { kind: "every", at: this.ctx.now() + n * 24 * HOUR, intervalMs: n * 24 * HOUR };
    return this;
  }
  atHour(_h) {
    return this;
  }
  nearMinute(_m) {
    return this;
  }
  inTimezone(_tz) {
    return this;
  }
  create() {
    if (!this.spec) throw new Error("The trigger has no schedule: call after(), at(), everyMinutes() or everyHours() before create().");
    const mine = this.ctx.store.state.triggers.filter((t) => t.createdBy === this.ctx.user);
    if (mine.length >= MAX_TRIGGERS) throw new Error(TOO_MANY);
    const record = { id: (0, import_node_crypto4.randomUUID)().replace(/-/g, "").slice(0, 19), handler: this.handler, ...this.spec, createdBy: this.ctx.user };
    this.ctx.store.state.triggers.push(record);
    this.ctx.store.save();
    return offline(new TriggerImpl(record), G7, "Trigger", this.ctx.log);
  }
};
var TriggerBuilderImpl = class {
  constructor(handler, ctx) {
    this.handler = handler;
    this.ctx = ctx;
  }
  timeBased() {
    return offline(new ClockTriggerBuilderImpl(this.handler, this.ctx), G7, "ClockTriggerBuilder", this.ctx.log);
  }
};
var ScriptAppImpl = class {
  constructor(ctx, scriptId) {
    this.ctx = ctx;
    this.scriptId = scriptId;
    this.AuthMode = AuthMode;
    this.EventType = EventType;
    this.TriggerSource = TriggerSource;
  }
  newTrigger(functionName) {
    if (typeof functionName !== "string" || functionName === "") throw new Error("Invalid argument: functionName");
    return offline(new TriggerBuilderImpl(functionName, this.ctx), G7, "TriggerBuilder", this.ctx.log);
  }
  getProjectTriggers() {
    return this.ctx.store.state.triggers.filter((t) => t.createdBy === this.ctx.user).map((t) => offline(new TriggerImpl(t), G7, "Trigger", this.ctx.log));
  }
  deleteTrigger(trigger) {
    const impl = unwrap(trigger);
    if (!(impl instanceof TriggerImpl)) throw new Error("The parameters (Object) don't match the method signature for ScriptApp.deleteTrigger.");
    const list = this.ctx.store.state.triggers;
    const i = list.findIndex((t) => t.id === impl.record.id);
    if (i >= 0) {
      list.splice(i, 1);
      this.ctx.store.save();
    }
  }
  getScriptId() {
    return this.scriptId;
  }
};
function createScriptApp(opts) {
  const ctx = { store: opts.store, user: opts.user, log: opts.log, now: opts.now ?? Date.now };
  return offline(new ScriptAppImpl(ctx, opts.scriptId ?? "offline-script"), G7, "ScriptApp", opts.log);
}

// ../../../runner/services/html.ts
var G8 = "html";
var SandboxMode = makeEnum("SandboxMode", ["EMULATED", "IFRAME", "NATIVE"]);
var XFrameOptionsMode = makeEnum("XFrameOptionsMode", ["ALLOWALL", "DEFAULT"]);
var HtmlOutputImpl = class {
  constructor(content, log) {
    this.content = content;
    this.log = log;
    this.title = "";
    this.width = 0;
    this.height = 0;
  }
  getContent() {
    return this.content;
  }
  setContent(content) {
    this.content = String(content);
    return this;
  }
  append(html) {
    this.content += String(html);
    return this;
  }
  appendUntrusted(text) {
    this.content += String(text).replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;").replace(/'/g, "&#39;");
    return this;
  }
  clear() {
    this.content = "";
    return this;
  }
  setTitle(title) {
    this.title = String(title);
    return this;
  }
  getTitle() {
    return this.title;
  }
  setWidth(w) {
    this.width = w;
    return this;
  }
  getWidth() {
    return this.width;
  }
  setHeight(h) {
    this.height = h;
    return this;
  }
  getHeight() {
    return this.height;
  }
  setSandboxMode(_mode) {
    return this;
  }
  setXFrameOptionsMode(_mode) {
    return this;
  }
  setFaviconUrl(_url) {
    return this;
  }
  addMetaTag(_name, _content) {
    return this;
  }
  asTemplate() {
    return htmlTemplate(this.content, this.log);
  }
};
var HtmlTemplateImpl = class {
  constructor(source, log) {
    this.source = source;
    this.log = log;
  }
  getCode() {
    const parts = ['var __out = "";'];
    const re = /<\?(!?=)?([\s\S]*?)\?>/g;
    let last = 0;
    for (let m = re.exec(this.source); m; m = re.exec(this.source)) {
      parts.push(`__out += ${JSON.stringify(this.source.slice(last, m.index))};`);
      if (m[1] === "=") parts.push(`__out += __esc(${m[2]});`);
      else if (m[1] === "!=") parts.push(`__out += String(${m[2]});`);
      else parts.push(m[2]);
      last = re.lastIndex;
    }
    parts.push(`__out += ${JSON.stringify(this.source.slice(last))}; return __out;`);
    return parts.join("\n");
  }
  evaluate() {
    const data = {};
    for (const k of Object.keys(this)) if (k !== "source" && k !== "log") data[k] = this[k];
    const esc = (v) => String(v).replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;").replace(/'/g, "&#39;");
    const fn = new Function("__esc", "with (this) {\n" + this.getCode() + "\n}");
    return htmlOutput(fn.call(data, esc), this.log);
  }
};
function htmlOutput(content, log) {
  return offline(new HtmlOutputImpl(content, log), G8, "HtmlOutput", log);
}
function htmlTemplate(source, log) {
  return offline(new HtmlTemplateImpl(source, log), G8, "HtmlTemplate", log);
}
var HtmlServiceImpl = class {
  constructor(log) {
    this.log = log;
    this.SandboxMode = SandboxMode;
    this.XFrameOptionsMode = XFrameOptionsMode;
  }
  createHtmlOutput(html) {
    return htmlOutput(html === void 0 ? "" : String(html), this.log);
  }
  createTemplate(html) {
    return htmlTemplate(String(html), this.log);
  }
};
function createHtmlService(log) {
  return offline(new HtmlServiceImpl(log), G8, "HtmlService", log);
}

// ../../../runner/services/logger.ts
var LoggerImpl = class {
  constructor(echo) {
    this.echo = echo;
    this.lines = [];
  }
  log(data, ...values) {
    const line = values.length > 0 ? formatString(String(data), values) : typeof data === "object" && data !== null ? JSON.stringify(data) : String(data);
    this.lines.push(line);
    this.echo?.(line);
    return this;
  }
  getLog() {
    return this.lines.map((l) => l + "\n").join("");
  }
  clear() {
    this.lines.length = 0;
    return this;
  }
};
function createLogger(log, echo) {
  const impl = new LoggerImpl(echo);
  return { service: offline(impl, "logger", "Logger", log), lines: impl.lines };
}

// ../../../runner/stateFile.ts
var fs4 = __toESM(require("node:fs"));

// ../../../runner/atomicWrite.ts
var fs3 = __toESM(require("node:fs"));
var path = __toESM(require("node:path"));
var BUSY = /* @__PURE__ */ new Set(["EBUSY", "EPERM", "EACCES"]);
function writeFileAtomic(target, data) {
  const dir = path.dirname(path.resolve(target));
  const tmp = path.join(dir, `.${path.basename(target)}.${process.pid}.${Date.now()}.tmp`);
  const fd = fs3.openSync(tmp, "w");
  try {
    fs3.writeSync(fd, typeof data === "string" ? Buffer.from(data, "utf8") : data);
    fs3.fsyncSync(fd);
  } finally {
    fs3.closeSync(fd);
  }
  try {
    fs3.renameSync(tmp, target);
  } catch (e) {
    try {
      fs3.unlinkSync(tmp);
    } catch {
    }
    const code = e.code;
    if (code && BUSY.has(code)) {
      throw new Error(`\u65E0\u6CD5\u5199\u5165 ${target}\uFF1A\u6587\u4EF6\u6B63\u88AB\u5176\u4ED6\u7A0B\u5E8F\u5360\u7528\uFF08${code}\uFF09\u3002\u8BF7\u5148\u5728 Excel/WPS \u4E2D\u5173\u95ED\u8BE5\u6587\u4EF6\u540E\u91CD\u8BD5\u3002`);
    }
    throw e;
  }
  fsyncDir(dir);
}
function fsyncDir(dir) {
  if (process.platform === "win32") return;
  let fd;
  try {
    fd = fs3.openSync(dir, "r");
    fs3.fsyncSync(fd);
  } catch {
  } finally {
    if (fd !== void 0) fs3.closeSync(fd);
  }
}

// ../../../runner/stateFile.ts
function emptyState() {
  return { version: 1, documentProperties: {}, scriptProperties: {}, userProperties: {}, triggers: [] };
}
function readState(path2) {
  let text;
  try {
    text = fs4.readFileSync(path2, "utf8");
  } catch (e) {
    if (e.code === "ENOENT") return emptyState();
    throw e;
  }
  try {
    const parsed = JSON.parse(text);
    return { ...emptyState(), ...parsed, version: 1 };
  } catch {
    throw new Error(`\u72B6\u6001\u6587\u4EF6 ${path2} \u5DF2\u635F\u574F\uFF08\u4E0D\u662F\u6709\u6548\u7684 JSON\uFF09\uFF0C\u8BF7\u68C0\u67E5\u6216\u5220\u9664\u540E\u91CD\u8BD5`);
  }
}
var StateStore = class {
  constructor(path2, initial) {
    this.path = path2;
    this.writes = 0;
    this.state = initial ?? (path2 ? readState(path2) : emptyState());
  }
  save() {
    this.writes++;
    if (this.path) writeFileAtomic(this.path, JSON.stringify(this.state, null, 1) + "\n");
  }
};

// ../../../runner/services/index.ts
var SERVICES = {
  SpreadsheetApp: (ctx) => createSpreadsheetApp(ctx.workbook, ctx.log, ctx.ui, ctx.user),
  PropertiesService: (ctx) => createPropertiesService(ctx.store, ctx.user, ctx.log),
  Utilities: (ctx) => createUtilities(ctx.log),
  Session: (ctx) => createSession(ctx.user, ctx.scriptTimeZone, ctx.log),
  ScriptApp: (ctx) => createScriptApp({ store: ctx.store, user: ctx.user, log: ctx.log, now: ctx.now }),
  HtmlService: (ctx) => createHtmlService(ctx.log)
};
function createOfflineServices(opts) {
  const log = opts.log ?? new CallLog();
  const user = opts.user ?? "";
  const ui = new OfflineUi(opts.responder);
  const store = opts.store ?? new StateStore(opts.statePath ?? null);
  const lock = createLockService({ lockPath: opts.lockPath, memoryLock: opts.memoryLock, user, log });
  const logger = createLogger(log, opts.echoLog);
  const ctx = {
    workbook: opts.workbook,
    user,
    log,
    ui,
    store,
    locks: lock.impl,
    logLines: logger.lines,
    scriptTimeZone: opts.scriptTimeZone ?? "Asia/Shanghai",
    now: opts.now ?? Date.now
  };
  const globals = { LockService: lock.service, Logger: logger.service };
  for (const [name, make] of Object.entries(SERVICES)) globals[name] = make(ctx);
  return { ...ctx, globals, state: store, end: () => lock.impl.releaseAll() };
}

// ../../../runner/grid.ts
var Grid = class {
  constructor() {
    this.rows = [];
  }
  get(row, col) {
    const r = this.rows[row - 1];
    return r === void 0 ? void 0 : r[col - 1];
  }
  set(row, col, value) {
    let r = this.rows[row - 1];
    if (r === void 0) {
      if (value === void 0) return;
      r = this.rows[row - 1] = [];
    }
    r[col - 1] = value;
  }
  /** A whole row (1-based), sparse; do not mutate. */
  row(row) {
    return this.rows[row - 1];
  }
  insertRows(beforeRow, count) {
    if (beforeRow - 1 >= this.rows.length) return;
    this.rows = this.rows.slice(0, beforeRow - 1).concat(new Array(count), this.rows.slice(beforeRow - 1));
  }
  deleteRows(row, count) {
    this.rows.splice(row - 1, count);
  }
  insertColumns(beforeCol, count) {
    for (const r of this.rows) if (r && beforeCol - 1 < r.length) r.splice(beforeCol - 1, 0, ...new Array(count));
  }
  deleteColumns(col, count) {
    for (const r of this.rows) if (r) r.splice(col - 1, count);
  }
  /** Copies row `from` into row `to` (both 1-based). */
  copyRow(from, to) {
    const src = this.rows[from - 1];
    this.rows[to - 1] = src ? src.slice() : void 0;
  }
  /** Last row holding a value accepted by `has` (0 when none). */
  lastRow(has = () => true) {
    for (let i = this.rows.length - 1; i >= 0; i--) {
      const r = this.rows[i];
      if (r && r.some((v) => v !== void 0 && has(v))) return i + 1;
    }
    return 0;
  }
  /** Last column holding a value accepted by `has` (0 when none). */
  lastColumn(has = () => true) {
    let last = 0;
    for (const r of this.rows) {
      if (!r) continue;
      for (let c = r.length - 1; c >= last; c--) {
        const v = r[c];
        if (v !== void 0 && has(v)) {
          last = c + 1;
          break;
        }
      }
    }
    return last;
  }
  /** Every stored (row, col, value), row-major. */
  *entries() {
    for (let i = 0; i < this.rows.length; i++) {
      const r = this.rows[i];
      if (!r) continue;
      for (let c = 0; c < r.length; c++) {
        const v = r[c];
        if (v !== void 0) yield [i + 1, c + 1, v];
      }
    }
  }
  /** Drops everything beyond the given size (used when a sheet shrinks). */
  truncate(maxRows, maxCols) {
    this.rows.length = Math.min(this.rows.length, maxRows);
    for (const r of this.rows) if (r && r.length > maxCols) r.length = maxCols;
  }
};

// ../../../runner/workbook.ts
var nextSheetId = 1;
var MemorySheet = class {
  constructor(name, sheetId) {
    this.name = name;
    this.maxRows = 1e3;
    this.maxColumns = 26;
    /** Blank cells are undefined (getValues turns them into ''). */
    this.values = new Grid();
    /** Formulas as written ('=SUM(A1:A3)'); their cached result, if known, is in values. */
    this.formulas = new Grid();
    /** Per-cell number formats; a cell without one uses its column's, then 'General'. */
    this.formats = new Grid();
    /** Whole-column number formats (e.g. '@' for 工号), kept once instead of per cell. */
    this.columnFormats = /* @__PURE__ */ new Map();
    this.backgrounds = new Grid();
    this.bold = new Grid();
    this.notes = new Grid();
    this.validations = new Grid();
    this.columnWidths = /* @__PURE__ */ new Map();
    this.protections = [];
    this.frozenRows = 0;
    this.frozenColumns = 0;
    this.tabColor = null;
    this.sheetId = sheetId ?? nextSheetId++;
  }
  /** Effective number format of a cell. */
  formatAt(row, col) {
    return this.formats.get(row, col) ?? this.columnFormats.get(col) ?? "General";
  }
  /** Last row with a value or formula (0 when the sheet is empty), as Sheet.getLastRow(). */
  lastRow() {
    return Math.max(this.values.lastRow(notBlank), this.formulas.lastRow());
  }
  lastColumn() {
    return Math.max(this.values.lastColumn(notBlank), this.formulas.lastColumn());
  }
  /** Values as getValues() of the data range would give them (tests). */
  dump() {
    const rows = Math.max(this.lastRow(), 0);
    const cols = this.lastColumn();
    const out = [];
    for (let r = 1; r <= rows; r++) {
      const row = [];
      for (let c = 1; c <= cols; c++) row.push(this.values.get(r, c) ?? "");
      out.push(row);
    }
    return out;
  }
  /** Every per-cell grid, for row/column structure changes. */
  grids() {
    return [this.values, this.formulas, this.formats, this.backgrounds, this.bold, this.notes, this.validations];
  }
};
function notBlank(v) {
  return v !== "";
}
var MemoryWorkbook = class _MemoryWorkbook {
  constructor() {
    this.id = "offline-" + Math.random().toString(36).slice(2, 10);
    this.name = "UnionDesk";
    this.timeZone = "Asia/Shanghai";
    this.locale = "zh_CN";
    this.sheets = [];
    this.activeSheet = 0;
    /** The clerk's selection (A1 notation on a sheet), what getActiveRange() returns. */
    this.selection = null;
    /** Set by any write through the services, so the CLI knows whether to save. */
    this.dirty = false;
  }
  /**
   * A workbook for tests: values as getValues() would return them; an ISO date string
   * 'YYYY-MM-DD' stays a string — pass Date objects (or use `date()`) for date cells.
   */
  static create(sheets = {}, opts = {}) {
    const wb = new _MemoryWorkbook();
    if (opts.timeZone) wb.timeZone = opts.timeZone;
    for (const [name, rows] of Object.entries(sheets)) {
      const sheet = wb.addSheet(name);
      rows.forEach(
        (row, r) => row.forEach((v, c) => {
          if (v === "" || v === null || v === void 0) return;
          if (typeof v === "string" && v.startsWith("=")) sheet.formulas.set(r + 1, c + 1, v);
          else sheet.values.set(r + 1, c + 1, v);
        })
      );
      sheet.maxRows = Math.max(sheet.maxRows, rows.length);
      sheet.maxColumns = Math.max(sheet.maxColumns, ...rows.map((r) => r.length));
    }
    return wb;
  }
  /** A date cell's value: midnight of the calendar date in this workbook's zone. */
  date(iso, time = "00:00:00") {
    const [h, mi, s] = time.split(":").map(Number);
    return wallToInstant({ y: +iso.slice(0, 4), mo: +iso.slice(5, 7), d: +iso.slice(8, 10), h, mi, s: s || 0 }, this.timeZone);
  }
  sheet(name) {
    return this.sheets.find((s) => s.name === name);
  }
  addSheet(name, index) {
    const sheet = new MemorySheet(name);
    if (index === void 0 || index >= this.sheets.length) this.sheets.push(sheet);
    else this.sheets.splice(Math.max(0, index), 0, sheet);
    return sheet;
  }
  setSelection(sheetName, a1) {
    const i = this.sheets.findIndex((s) => s.name === sheetName);
    if (i < 0) throw new Error(`no sheet ${sheetName}`);
    this.activeSheet = i;
    this.selection = { sheet: sheetName, a1 };
  }
};

// ../../../tests/support/offlineBundle.ts
var CODE_JS = (0, import_node_path.join)(__dirname, "..", "..", "dist", "Code.js");
function runBundle(options = {}) {
  if (!(0, import_node_fs.existsSync)(CODE_JS)) throw new Error("dist/Code.js is missing: run `npm run build` first");
  const workbook = options.workbook ?? MemoryWorkbook.create();
  const services = createOfflineServices({
    workbook,
    user: options.user ?? "clerk@example.edu.cn",
    statePath: null,
    lockPath: null,
    responder: options.responder,
    ...options.services ?? {}
  });
  const bundle = loadBundle(CODE_JS, services.globals);
  return {
    workbook,
    services,
    call: (fn, ...args) => bundle.call(fn, ...args),
    exports: () => Object.keys(bundle.context).filter((k) => typeof bundle.context[k] === "function")
  };
}
function sampleWorkbook() {
  const run = runBundle();
  run.call("apiInitWorkbook", { sample: true });
  return run.workbook;
}
function answering(button) {
  return (req) => req.kind === "alert" && req.buttons === "OK" ? { button: "OK" } : { button };
}
// Annotate the CommonJS export names for ESM import in node:
0 && (module.exports = {
  CODE_JS,
  answering,
  runBundle,
  sampleWorkbook
});
