// The offline workbook is saved when a command ends, but a run may die before that (kill -9,
// a power cut, Ctrl-C twice). What must never be lost then is what the tool itself wrote to make
// "never the same notice twice" hold: the send journal in document properties (发送中 before each
// mail, 已发送/失败 after) and the 发送记录 rows it flushed to the sheet. When the bundle calls
// SpreadsheetApp.flush() the rows appended to 发送记录 in this run are written durably beside the
// workbook; the next run appends those rows and the journal's to 发送记录 of the workbook *as it
// is now* — each row once, keyed by 时间 + 活动ID + 工号 + 状态 + 类型 — and touches nothing else,
// so the clerk's edits made after the crash survive.
import * as fs from 'node:fs';
import { writeFileAtomic } from './atomicWrite';
import { Refusal } from './refusal';
import { isDate } from './cellInput';
import { decodeJournal, JOURNAL_PROPERTY } from '../src/kernel/journal/sendJournal';
import { SHEET } from '../src/kernel/sheets/schema';
import type { StateStore } from './stateFile';
import type { CellValue, MemorySheet, MemoryWorkbook } from './workbook';

type Encoded = string | number | boolean | { $date: number };
type Row = Map<string, CellValue>;

interface UnsavedFile {
  version: 2;
  /** 发送记录 rows this run appended, by header name. */
  header: string[];
  rows: Encoded[][];
}

/** Earlier runners kept every sheet; only its 发送记录 is replayed (rows already there are skipped). */
interface Version1File {
  sheets?: { name: string; values: [number, number, Encoded][] }[];
}

function fromVersion1(old: Version1File): UnsavedFile {
  const log = old.sheets?.find((s) => s.name === SHEET.sendLog);
  const grid = new Map<number, Map<number, Encoded>>();
  for (const [r, c, v] of log?.values ?? []) (grid.get(r) ?? grid.set(r, new Map()).get(r)!).set(c, v);
  const width = Math.max(0, ...[...grid.values()].flatMap((row) => [...row.keys()]));
  const cells = (r: number) => Array.from({ length: width }, (_, i) => grid.get(r)?.get(i + 1) ?? '');
  const rows = [...grid.keys()].filter((r) => r > 1).sort((a, b) => a - b).map(cells);
  return { version: 2, header: cells(1).map((h) => String(h).trim()), rows };
}

/** Columns a journal record fills (the 发送记录 contract, as the bundle writes it). */
const RECORD_COLUMNS = ['时间', '活动ID', '工号', '姓名', '邮箱', '状态', '说明', '操作人', '类型'];
const KEY = ['时间', '活动ID', '工号', '状态', '类型'];

export function unsavedPath(workbookPath: string): string {
  return `${workbookPath}.unsaved.json`;
}

/** What a recovery put into 发送记录. */
export interface Replayed {
  readonly lines: string[];
}

const encode = (v: CellValue | undefined): Encoded => (v === undefined ? '' : isDate(v) ? { $date: v.getTime() } : v);
const decode = (v: Encoded): CellValue => (typeof v === 'object' ? new Date(v.$date) : v);
const keyPart = (v: CellValue | undefined): string => (v === undefined ? '' : isDate(v) ? `@${v.getTime()}` : String(v).trim());

function headerOf(sheet: MemorySheet): string[] {
  return Array.from({ length: sheet.lastColumn() }, (_, i) => String(sheet.values.get(1, i + 1) ?? '').trim());
}

function rowAt(sheet: MemorySheet, header: readonly string[], r: number): Row {
  const row: Row = new Map();
  header.forEach((h, i) => h && row.set(h, sheet.values.get(r, i + 1) as CellValue));
  return row;
}

const rowKey = (row: Row): string => JSON.stringify(KEY.map((k) => keyPart(row.get(k))));

/** The send-record side of one run: what to replay at its start, what to keep at each flush. */
export class SendLogRecovery {
  /** 发送记录 rows up to here were in the file when the run started. */
  private readonly baseRow: number;
  private replayedJournal: string | null = null;

  constructor(private readonly workbook: MemoryWorkbook, private readonly workbookPath: string, private readonly store: StateStore) {
    this.baseRow = workbook.sheet(SHEET.sendLog)?.lastRow() ?? 0;
  }

  /** Appends what a killed run left (recovery file, then journal) to 发送记录; null when nothing was missing. */
  replay(): Replayed | null {
    const rows = [...this.fileRows(), ...this.journalRows()];
    if (!rows.length) return null;
    const sheet = this.workbook.sheet(SHEET.sendLog) ?? this.workbook.addSheet(SHEET.sendLog);
    const header = headerOf(sheet);
    const present = new Set<string>();
    for (let r = 2; r <= sheet.lastRow(); r++) present.add(rowKey(rowAt(sheet, header, r)));
    const lines: string[] = [];
    for (const row of rows) {
      const key = rowKey(row);
      if (present.has(key)) continue;
      present.add(key);
      const at = Math.max(sheet.lastRow(), 1) + 1;
      for (const [name, value] of row) {
        if (value === undefined || value === '') continue;
        let col = header.indexOf(name) + 1;
        if (col === 0) {
          header.push(name);
          col = header.length;
          sheet.values.set(1, col, name);
        }
        sheet.values.set(at, col, value);
      }
      sheet.maxRows = Math.max(sheet.maxRows, at);
      sheet.maxColumns = Math.max(sheet.maxColumns, header.length);
      lines.push(['活动ID', '工号', '姓名', '状态', '说明'].map((k) => keyPart(row.get(k))).filter(Boolean).join(' '));
    }
    if (!lines.length) return null;
    this.workbook.dirty = true;
    // The bundle will treat these rows as flushed and may start a journal of its own: keep them in
    // the recovery file now, or a kill before this run's first flush would lose them for good.
    this.flushed();
    return { lines };
  }

  /** 发送记录 rows this run added (flushed by the bundle or replayed), not yet saved. */
  addedRows(): number {
    return Math.max(0, (this.workbook.sheet(SHEET.sendLog)?.lastRow() ?? 0) - this.baseRow);
  }

  /** SpreadsheetApp.flush(): the 发送记录 rows this run appended, durably beside the workbook. */
  flushed(): void {
    const sheet = this.workbook.sheet(SHEET.sendLog);
    if (!sheet) return;
    const header = headerOf(sheet);
    const rows: Encoded[][] = [];
    for (let r = this.baseRow + 1; r <= sheet.lastRow(); r++) rows.push(header.map((_, i) => encode(sheet.values.get(r, i + 1) as CellValue | undefined)));
    const file: UnsavedFile = { version: 2, header, rows };
    writeFileAtomic(unsavedPath(this.workbookPath), JSON.stringify(file));
  }

  /** After the workbook is saved: the recovery file, and a journal this run only replayed, are done with. */
  saved(): void {
    fs.rmSync(unsavedPath(this.workbookPath), { force: true });
    const props = this.store.state.documentProperties;
    if (this.replayedJournal !== null && props[JOURNAL_PROPERTY] === this.replayedJournal) {
      delete props[JOURNAL_PROPERTY];
      this.store.save();
    }
    this.replayedJournal = null;
  }

  private fileRows(): Row[] {
    const path = unsavedPath(this.workbookPath);
    if (!fs.existsSync(path)) return [];
    let file: UnsavedFile;
    try {
      file = JSON.parse(fs.readFileSync(path, 'utf8')) as UnsavedFile;
    } catch {
      throw new Refusal(`恢复文件 ${path} 已损坏，无法确认上次中断前的发送记录。请检查“发送记录”后删除该文件再运行。`);
    }
    if (file.version !== 2) file = fromVersion1(file as unknown as Version1File);
    return file.rows.map((cells) => new Map(file.header.map((h, i): [string, CellValue] => [h, decode(cells[i] ?? '')]).filter(([h]) => h)));
  }

  private journalRows(): Row[] {
    const text = this.store.state.documentProperties[JOURNAL_PROPERTY];
    const journal = decodeJournal(text);
    // An unreadable journal is the bundle's to report (it refuses to send); nothing to replay here.
    if (!journal.ok || !journal.records.length) return [];
    this.replayedJournal = text;
    return journal.records.map((r) => {
      const values = [this.workbook.date(r.time.slice(0, 10), r.time.slice(11, 19) || '00:00:00'), r.campaignId, r.memberId, r.name, r.email, r.state, r.note, r.operator, r.kind === '催领' ? r.kind : ''];
      return new Map(RECORD_COLUMNS.map((c, i): [string, CellValue] => [c, values[i]]));
    });
  }
}
