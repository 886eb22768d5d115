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

// runner/xlsxStore.ts
var xlsxStore_exports = {};
__export(xlsxStore_exports, {
  loadXlsx: () => loadXlsx,
  newWorkbook: () => newWorkbook,
  saveXlsx: () => saveXlsx
});
module.exports = __toCommonJS(xlsxStore_exports);
var fs3 = __toESM(require("node:fs"));
var import_exceljs = __toESM(require("exceljs"));

// runner/grid.ts
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

// runner/timeZone.ts
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

// runner/workbook.ts
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

// runner/cellInput.ts
var DATE_FORMAT = "yyyy-mm-dd";
var DATETIME_FORMAT = "yyyy-mm-dd hh:mm:ss";
function isDate(v) {
  return Object.prototype.toString.call(v) === "[object Date]";
}

// runner/numberFormat.ts
function isDateFormat(format) {
  const bare = format.replace(/"[^"]*"|\\.|\[[^\]]*\]/g, "");
  return /[yd]|h|s|m(?![^;]*[#0])/i.test(bare) && !/^[#0.,%]*$/.test(bare) && !/General/i.test(bare);
}

// runner/atomicWrite.ts
var fs = __toESM(require("node:fs"));
var path = __toESM(require("node:path"));
var BUSY = /* @__PURE__ */ new Set(["EBUSY", "EPERM", "EACCES"]);
function writeFileAtomic(target, data) {
  const dir = path.dirname(path.resolve(target));
  const tmp = path.join(dir, `.${path.basename(target)}.${process.pid}.${Date.now()}.tmp`);
  const fd = fs.openSync(tmp, "w");
  try {
    fs.writeSync(fd, typeof data === "string" ? Buffer.from(data, "utf8") : data);
    fs.fsyncSync(fd);
  } finally {
    fs.closeSync(fd);
  }
  try {
    fs.renameSync(tmp, target);
  } catch (e) {
    try {
      fs.unlinkSync(tmp);
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
    fd = fs.openSync(dir, "r");
    fs.fsyncSync(fd);
  } catch {
  } finally {
    if (fd !== void 0) fs.closeSync(fd);
  }
}

// runner/zipEntries.ts
var fs2 = __toESM(require("node:fs"));
function zipEntryNames(file) {
  const buf = fs2.readFileSync(file);
  const min = Math.max(0, buf.length - 65557);
  let eocd = -1;
  for (let i = buf.length - 22; i >= min; i--) {
    if (buf.readUInt32LE(i) === 101010256) {
      eocd = i;
      break;
    }
  }
  if (eocd < 0) return [];
  const count = buf.readUInt16LE(eocd + 10);
  let p = buf.readUInt32LE(eocd + 16);
  const names = [];
  for (let n = 0; n < count && p + 46 <= buf.length; n++) {
    if (buf.readUInt32LE(p) !== 33639248) break;
    const nameLen = buf.readUInt16LE(p + 28);
    const extraLen = buf.readUInt16LE(p + 30);
    const commentLen = buf.readUInt16LE(p + 32);
    names.push(buf.toString("utf8", p + 46, p + 46 + nameLen));
    p += 46 + nameLen + extraLen + commentLen;
  }
  return names;
}

// runner/xlsxStore.ts
var LOSSY_PARTS = [
  [/^xl\/charts\//, "\u56FE\u8868"],
  [/^xl\/pivotTables\//, "\u6570\u636E\u900F\u89C6\u8868"],
  [/^xl\/pivotCache\//, "\u6570\u636E\u900F\u89C6\u8868"],
  [/^xl\/media\//, "\u56FE\u7247"],
  [/^xl\/drawings\//, "\u7ED8\u56FE\u5BF9\u8C61"]
];
var ERRORS = /* @__PURE__ */ new Set(["#N/A", "#REF!", "#VALUE!", "#DIV/0!", "#NAME?", "#NUM!", "#NULL!", "#ERROR!"]);
var pxToExcel = (px) => Math.max(0, (px - 5) / 7);
var excelToPx = (w) => Math.round(w * 7 + 5);
function newWorkbook(opts = {}) {
  const wb = new MemoryWorkbook();
  if (opts.timeZone) wb.timeZone = opts.timeZone;
  if (opts.name) wb.name = opts.name;
  wb.addSheet("\u5DE5\u4F5C\u88681");
  return wb;
}
function fromExcelDate(d, tz) {
  return wallToInstant({ y: d.getUTCFullYear(), mo: d.getUTCMonth() + 1, d: d.getUTCDate(), h: d.getUTCHours(), mi: d.getUTCMinutes(), s: d.getUTCSeconds(), ms: d.getUTCMilliseconds() }, tz);
}
function toExcelDate(d, tz) {
  const w = instantToWall(d, tz);
  const out = new Date(Date.UTC(2e3, w.mo - 1, w.d, w.h, w.mi, w.s, w.ms));
  out.setUTCFullYear(w.y, w.mo - 1, w.d);
  return out;
}
function plainText(v) {
  if (v === null || v === void 0) return "";
  if (typeof v === "object" && "richText" in v) return (v.richText ?? []).map((r) => r.text).join("");
  return String(v);
}
function stripApostrophe(s) {
  return s.startsWith("'") ? s.slice(1) : s;
}
function cellContent(cell, tz) {
  const v = cell.value;
  switch (cell.type) {
    case import_exceljs.default.ValueType.Null:
    case import_exceljs.default.ValueType.Merge:
      return {};
    case import_exceljs.default.ValueType.Number:
      return { value: v };
    case import_exceljs.default.ValueType.Boolean:
      return { value: v };
    case import_exceljs.default.ValueType.Date:
      return { value: fromExcelDate(v, tz) };
    case import_exceljs.default.ValueType.String:
    case import_exceljs.default.ValueType.SharedString: {
      const s = stripApostrophe(String(v));
      return s === "" ? {} : { value: s };
    }
    case import_exceljs.default.ValueType.RichText: {
      const s = stripApostrophe(plainText(v));
      return s === "" ? {} : { value: s };
    }
    case import_exceljs.default.ValueType.Hyperlink: {
      const s = plainText(v.text);
      return s === "" ? {} : { value: s };
    }
    case import_exceljs.default.ValueType.Error:
      return { value: String(v.error) };
    case import_exceljs.default.ValueType.Formula: {
      const formula = "=" + cell.formula;
      const r = cell.result;
      if (r === void 0 || r === null || r === "") return { formula };
      if (isDate(r)) return { formula, value: fromExcelDate(r, tz) };
      if (typeof r === "object" && "error" in r) return { formula, value: String(r.error) };
      if (typeof r === "number" || typeof r === "boolean") return { formula, value: r };
      return { formula, value: String(r) };
    }
    default:
      return { value: plainText(v) };
  }
}
function argbToCss(argb) {
  if (!argb || !/^[0-9a-f]{8}$/i.test(argb)) return void 0;
  const css = "#" + argb.slice(2).toLowerCase();
  return css === "#ffffff" ? void 0 : css;
}
function ruleFromExcel(dv) {
  const allowInvalid = dv.showErrorMessage === false || dv.errorStyle === "warning" || dv.errorStyle === "information";
  const helpText = dv.prompt ?? "";
  const f = dv.formulae ?? [];
  switch (dv.type) {
    case "list": {
      const src = String(f[0] ?? "");
      if (!src.startsWith('"')) return null;
      return { type: "VALUE_IN_LIST", values: src.slice(1, -1).split(","), showDropdown: true, allowInvalid, helpText };
    }
    case "date":
      return { type: "DATE_IS_VALID_DATE", values: [], showDropdown: false, allowInvalid, helpText };
    case "decimal":
    case "whole":
      if (dv.operator === "greaterThanOrEqual") return { type: "NUMBER_GREATER_THAN_OR_EQUAL_TO", values: [Number(f[0])], showDropdown: false, allowInvalid, helpText };
      if (dv.operator === "between" || dv.operator === void 0) return { type: "NUMBER_BETWEEN", values: [Number(f[0]), Number(f[1])], showDropdown: false, allowInvalid, helpText };
      return null;
    default:
      return null;
  }
}
function ruleToExcel(rule) {
  const base = {
    allowBlank: true,
    showErrorMessage: true,
    errorStyle: rule.allowInvalid ? "warning" : "stop",
    ...rule.helpText ? { showInputMessage: true, prompt: rule.helpText } : {}
  };
  switch (rule.type) {
    case "VALUE_IN_LIST":
      return { ...base, type: "list", formulae: [`"${rule.values.map(String).join(",")}"`] };
    case "CHECKBOX":
      return { ...base, type: "list", formulae: ['"TRUE,FALSE"'] };
    case "DATE_IS_VALID_DATE":
      return { ...base, type: "date", operator: "greaterThan", formulae: [new Date(Date.UTC(1900, 0, 1))] };
    case "NUMBER_BETWEEN":
      return { ...base, type: "decimal", operator: "between", formulae: [rule.values[0], rule.values[1]] };
    case "NUMBER_GREATER_THAN_OR_EQUAL_TO":
      return { ...base, type: "decimal", operator: "greaterThanOrEqual", formulae: [rule.values[0]] };
    default:
      return null;
  }
}
function decodeAddress(a) {
  const m = /^\$?([A-Z]+)\$?(\d+)$/.exec(a);
  if (!m) return null;
  let col = 0;
  for (const ch of m[1]) col = col * 26 + ch.charCodeAt(0) - 64;
  return { row: Number(m[2]), col };
}
function loadSheet(ws, wb, warnings) {
  const tz = wb.timeZone;
  const sheet = wb.addSheet(ws.name);
  sheet.maxRows = Math.max(1e3, ws.rowCount);
  sheet.maxColumns = Math.max(26, ws.columnCount);
  const columnFmt = /* @__PURE__ */ new Map();
  for (let c = 1; c <= ws.columnCount; c++) {
    const col = ws.getColumn(c);
    const fmt = col.numFmt;
    if (fmt && fmt !== "General") {
      columnFmt.set(c, fmt);
      sheet.columnFormats.set(c, fmt);
    }
    if (col.width !== void 0 && col.width !== null) sheet.columnWidths.set(c, excelToPx(col.width));
  }
  ws.eachRow({ includeEmpty: false }, (row, r) => {
    row.eachCell({ includeEmpty: true }, (cell, c) => {
      const content = cellContent(cell, tz);
      if (content.value !== void 0) sheet.values.set(r, c, content.value);
      if (content.formula !== void 0) sheet.formulas.set(r, c, content.formula);
      const fmt = cell.numFmt;
      if (fmt && fmt !== (columnFmt.get(c) ?? "General")) {
        sheet.formats.set(r, c, fmt === "mm-dd-yy" ? DATE_FORMAT : fmt);
      }
      if (cell.font?.bold) sheet.bold.set(r, c, true);
      const fill = cell.fill;
      if (fill && fill.type === "pattern" && fill.pattern === "solid") {
        const bg = argbToCss(fill.fgColor?.argb);
        if (bg) sheet.backgrounds.set(r, c, bg);
      }
      const note = cell.note;
      if (note) {
        const text = typeof note === "string" ? note : (note.texts ?? []).map((t) => typeof t === "string" ? t : t.text).join("");
        if (text) sheet.notes.set(r, c, text);
      }
    });
  });
  const dvModel = ws.dataValidations.model;
  const rules = /* @__PURE__ */ new Map();
  let dropped = 0;
  for (const [address, dv] of Object.entries(dvModel)) {
    if (!dv) continue;
    const at = decodeAddress(address);
    if (!at || at.row > sheet.maxRows || at.col > sheet.maxColumns) continue;
    let rule = rules.get(dv);
    if (rule === void 0) {
      rule = ruleFromExcel(dv);
      rules.set(dv, rule);
      if (!rule) dropped++;
    }
    if (rule) sheet.validations.set(at.row, at.col, rule);
  }
  if (dropped > 0) warnings.push(`\u5DE5\u4F5C\u8868\u201C${ws.name}\u201D\u6709 ${dropped} \u6761\u6570\u636E\u9A8C\u8BC1\u89C4\u5219\uFF08\u5F15\u7528\u533A\u57DF\u6216\u516C\u5F0F\uFF09\u79BB\u7EBF\u8FD0\u884C\u5668\u65E0\u6CD5\u4FDD\u7559`);
  const view = ws.views?.[0];
  if (view?.state === "frozen") {
    sheet.frozenRows = view.ySplit ?? 0;
    sheet.frozenColumns = view.xSplit ?? 0;
  }
  const tab = ws.properties?.tabColor;
  if (tab?.argb) sheet.tabColor = "#" + tab.argb.slice(2).toLowerCase();
}
async function loadXlsx(path2, opts = {}) {
  const warnings = [];
  const lost = /* @__PURE__ */ new Set();
  for (const name of zipEntryNames(path2)) for (const [re, what] of LOSSY_PARTS) if (re.test(name)) lost.add(what);
  if (lost.size > 0) {
    warnings.push(`\u5DE5\u4F5C\u7C3F\u542B\u6709${[...lost].join("\u3001")}\uFF0C\u79BB\u7EBF\u8FD0\u884C\u5668\uFF08ExcelJS\uFF09\u65E0\u6CD5\u4FDD\u7559\uFF1B\u4FDD\u5B58\u540E\u8FD9\u4E9B\u5185\u5BB9\u4F1A\u4E22\u5931\uFF08\u539F\u6587\u4EF6\u5DF2\u5907\u4EFD\u4E3A .bak\uFF09`);
  }
  const xl = new import_exceljs.default.Workbook();
  try {
    await xl.xlsx.readFile(path2);
  } catch (e) {
    throw new Error(`\u65E0\u6CD5\u8BFB\u53D6\u5DE5\u4F5C\u7C3F ${path2}\uFF1A${e.message}`);
  }
  const wb = new MemoryWorkbook();
  if (opts.timeZone) wb.timeZone = opts.timeZone;
  wb.name = path2.replace(/^.*[\\/]/, "").replace(/\.xlsx$/i, "");
  for (const ws of xl.worksheets) loadSheet(ws, wb, warnings);
  if (wb.sheets.length === 0) wb.addSheet("\u5DE5\u4F5C\u88681");
  const active = xl.views?.[0]?.activeTab;
  if (active !== void 0 && active < wb.sheets.length) wb.activeSheet = active;
  return { workbook: wb, warnings };
}
function saveSheet(sheet, xl, tz) {
  const ws = xl.addWorksheet(sheet.name, {
    views: sheet.frozenRows || sheet.frozenColumns ? [{ state: "frozen", ySplit: sheet.frozenRows, xSplit: sheet.frozenColumns }] : [],
    properties: sheet.tabColor ? { tabColor: { argb: "FF" + sheet.tabColor.replace("#", "").toUpperCase() } } : {}
  });
  const cols = /* @__PURE__ */ new Set([...sheet.columnWidths.keys(), ...sheet.columnFormats.keys()]);
  for (const c of [...cols].sort((a, b) => a - b)) {
    const col = ws.getColumn(c);
    const px = sheet.columnWidths.get(c);
    if (px !== void 0) col.width = pxToExcel(px);
    const fmt = sheet.columnFormats.get(c);
    if (fmt !== void 0) col.numFmt = fmt;
  }
  for (const [r, c, v] of sheet.values.entries()) {
    const cell = ws.getCell(r, c);
    const formula = sheet.formulas.get(r, c);
    const value = isDate(v) ? toExcelDate(v, tz) : typeof v === "string" && ERRORS.has(v) ? { error: v } : v;
    if (formula !== void 0) cell.value = { formula: formula.slice(1), result: value };
    else cell.value = value;
    if (isDate(v) && sheet.formats.get(r, c) === void 0 && !isDateFormat(sheet.columnFormats.get(c) ?? "General")) {
      const w = instantToWall(v, tz);
      cell.numFmt = w.h || w.mi || w.s ? DATETIME_FORMAT : DATE_FORMAT;
    }
  }
  for (const [r, c, f] of sheet.formulas.entries()) {
    if (sheet.values.get(r, c) === void 0) ws.getCell(r, c).value = { formula: f.slice(1) };
  }
  for (const [r, c, f] of sheet.formats.entries()) ws.getCell(r, c).numFmt = f;
  for (const [r, c] of sheet.bold.entries()) ws.getCell(r, c).font = { bold: true };
  for (const [r, c, bg] of sheet.backgrounds.entries()) {
    if (!/^#[0-9a-f]{6}$/i.test(bg)) continue;
    ws.getCell(r, c).fill = { type: "pattern", pattern: "solid", fgColor: { argb: "FF" + bg.slice(1).toUpperCase() } };
  }
  for (const [r, c, note] of sheet.notes.entries()) ws.getCell(r, c).note = note;
  const converted = /* @__PURE__ */ new Map();
  for (const [r, c, rule] of sheet.validations.entries()) {
    let dv = converted.get(rule);
    if (dv === void 0) {
      dv = ruleToExcel(rule);
      converted.set(rule, dv);
    }
    if (dv) ws.getCell(r, c).dataValidation = dv;
  }
}
var backedUp = /* @__PURE__ */ new Set();
async function saveXlsx(workbook, path2) {
  const xl = new import_exceljs.default.Workbook();
  xl.creator = "UnionDesk \u5DE5\u4F1A\u52A9\u624B";
  for (const sheet of workbook.sheets) saveSheet(sheet, xl, workbook.timeZone);
  xl.views = [{ x: 0, y: 0, width: 2e4, height: 12e3, firstSheet: 0, activeTab: workbook.activeSheet, visibility: "visible" }];
  const data = Buffer.from(await xl.xlsx.writeBuffer());
  const key = fs3.existsSync(path2) ? fs3.realpathSync(path2) : path2;
  if (!backedUp.has(key) && fs3.existsSync(path2)) {
    writeFileAtomic(`${path2}.bak`, fs3.readFileSync(path2));
  }
  backedUp.add(key);
  writeFileAtomic(path2, data);
  workbook.dirty = false;
}
// Annotate the CommonJS export names for ESM import in node:
0 && (module.exports = {
  loadXlsx,
  newWorkbook,
  saveXlsx
});
